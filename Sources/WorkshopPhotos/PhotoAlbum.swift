import WorkshopModel

/// The processed photos of a build, by event and file, with the findings
/// of the photos that could not be processed.
public struct PhotoAlbum: Sendable {
    public var photos: [String: ProcessedPhoto]
    public var findings: [Finding]
    /// How many photos were processed in this build, and how many came from the cache.
    public var developed: Int
    public var fromCache: Int

    public init(photos: [String: ProcessedPhoto] = [:], findings: [Finding] = [], developed: Int = 0, fromCache: Int = 0) {
        self.photos = photos
        self.findings = findings
        self.developed = developed
        self.fromCache = fromCache
    }

    public func photo(_ file: String, inEvent slug: String) -> ProcessedPhoto? {
        photos[slug + "/" + file]
    }
}
