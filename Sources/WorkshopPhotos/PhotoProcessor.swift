import Foundation
import WorkshopLoad
import WorkshopModel

/// Processes the photos of the content for a build: reads each original
/// through the content file system, looks its key up in the cache, and
/// develops it only when the cache does not have it. libvips starts only
/// when a photo has to be decoded.
public struct PhotoProcessor: Sendable {
    public var development: PhotoDevelopment
    public var cache: PhotoCache?

    public init(development: PhotoDevelopment = PhotoDevelopment(), cache: PhotoCache?) {
        self.development = development
        self.cache = cache
    }

    /// The processed photos of every event, for the photos `including` accepts
    /// (the public build: only those published and reviewed).
    public func album(for content: Content, fileSystem: ContentFileSystem, including: (Photo) -> Bool) -> PhotoAlbum {
        var album = PhotoAlbum()
        let language = content.site.language
        for event in content.events {
            for photo in event.photos where including(photo) {
                let data: Data
                // A listed file that is not there is the loader's missing-photo already.
                guard let bytes = read(photo, of: event, from: fileSystem) else { continue }
                data = bytes
                let key = development.key(for: data, regions: photo.regions)
                if let cached = cache?.entry(key) {
                    album.photos[event.slug + "/" + photo.file] = cached
                    album.fromCache += 1
                    continue
                }
                switch development.develop(data, regions: photo.regions, key: key) {
                case .failure(let problem):
                    album.findings.append(problem.finding(for: photo, in: language))
                case .success(let processed):
                    cache?.store(processed)
                    album.photos[event.slug + "/" + photo.file] = processed
                    album.developed += 1
                }
            }
        }
        return album
    }

    /// `workshop check`: a finding for every listed photo that cannot be
    /// processed. A photo the cache already holds was processed before and is not decoded again.
    public func findings(for content: Content, fileSystem: ContentFileSystem) -> [Finding] {
        var findings: [Finding] = []
        for event in content.events {
            for photo in event.photos {
                guard let data = read(photo, of: event, from: fileSystem) else { continue }
                if let cache, cache.entry(development.key(for: data, regions: photo.regions)) != nil { continue }
                if let problem = development.verify(data) { findings.append(problem.finding(for: photo, in: content.site.language)) }
            }
        }
        return findings
    }

    private func read(_ photo: Photo, of event: Event, from fileSystem: ContentFileSystem) -> Data? {
        try? fileSystem.read(photo.path(inEvent: event.slug))
    }
}
