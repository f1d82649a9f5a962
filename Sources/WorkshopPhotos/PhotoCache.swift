import Foundation

/// Processed photos on disk, outside the output, by cache key
/// (`<folder>/<key>/<width>x<height>.jpg`): a rebuild with the same photo,
/// regions and settings reads them back instead of decoding again. Entries
/// are written into a temporary folder and renamed into place, so a killed
/// build never leaves half an entry.
public struct PhotoCache: Sendable {
    public var folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// `.workshop/photo-cache` next to the content root (e.g. beside `Content/`).
    public static func beside(contentRoot: String) -> PhotoCache {
        let root = URL(fileURLWithPath: contentRoot).standardizedFileURL
        return PhotoCache(folder: root.deletingLastPathComponent().appendingPathComponent(".workshop/photo-cache").path)
    }

    public func entry(_ key: String) -> ProcessedPhoto? {
        let path = folder + "/" + key
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path), !names.isEmpty else { return nil }
        var renditions: [PhotoRendition] = []
        for name in names where name.hasSuffix(".jpg") {
            let size = name.dropLast(4).split(separator: "x")
            guard size.count == 2, let width = Int(size[0]), let height = Int(size[1]),
                  let data = FileManager.default.contents(atPath: path + "/" + name) else { return nil }
            renditions.append(PhotoRendition(width: width, height: height, jpeg: data))
        }
        return renditions.isEmpty ? nil : ProcessedPhoto(key: key, renditions: renditions)
    }

    /// Stores `photo`; a cache that cannot be written only costs the next build time.
    public func store(_ photo: ProcessedPhoto) {
        let fileManager = FileManager.default
        let target = folder + "/" + photo.key
        let temporary = folder + "/.tmp-" + photo.key + "-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        do {
            try fileManager.createDirectory(atPath: temporary, withIntermediateDirectories: true)
            for rendition in photo.renditions {
                try rendition.jpeg.write(to: URL(fileURLWithPath: temporary + "/\(rendition.width)x\(rendition.height).jpg"))
            }
            if rename(temporary, target) != 0 { try? fileManager.removeItem(atPath: temporary) }
        } catch {
            try? fileManager.removeItem(atPath: temporary)
        }
    }
}
