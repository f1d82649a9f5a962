import Foundation

/// One processed image file: re-encoded JPEG, regions hidden, no metadata.
public struct PhotoRendition: Sendable, Hashable {
    public var width: Int
    public var height: Int
    public var jpeg: Data

    public init(width: Int, height: Int, jpeg: Data) {
        self.width = width
        self.height = height
        self.jpeg = jpeg
    }
}

/// A photo ready for the pages: its renditions, smallest first, under a
/// key made from the original bytes, its regions and the settings.
public struct ProcessedPhoto: Sendable, Hashable {
    public var key: String
    public var renditions: [PhotoRendition]

    public init(key: String, renditions: [PhotoRendition]) {
        self.key = key
        self.renditions = renditions.sorted { $0.width < $1.width }
    }

    /// The file name of a rendition in the output: the key, never the original name.
    public func fileName(_ rendition: PhotoRendition) -> String {
        "photo-\(key.prefix(16))-\(rendition.width).jpg"
    }

    /// The widest rendition (the print copy when the picture is wide enough).
    public var largest: PhotoRendition? { renditions.last }
}
