import WorkshopLoad
import WorkshopModel
import WorkshopPhotos
import WorkshopRender

/// The photo step of a build (and of `serve`'s full rebuilds): processes
/// the photos the audience may see (the public build: published and
/// reviewed only), through the cache beside the content root.
public struct PhotoPass: Sendable {
    public var options: BuildOptions
    /// The content root the originals are read from.
    public var files: ContentFileSystem

    public init(options: BuildOptions, files: ContentFileSystem? = nil) {
        self.options = options
        self.files = files ?? .disk(root: options.root)
    }

    public func album(for content: Content) -> PhotoAlbum {
        guard content.events.contains(where: { !$0.photos.isEmpty }) else { return PhotoAlbum() }
        let audience = options.audience
        let processor = PhotoProcessor(cache: PhotoCache.beside(contentRoot: options.root))
        return processor.album(for: content, fileSystem: files) { photo in
            audience.isFacilitator || photo.isPublic
        }
    }
}
