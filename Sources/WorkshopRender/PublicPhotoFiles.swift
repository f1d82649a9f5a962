import WorkshopModel
import WorkshopPhotos

/// The output paths (`events/<slug>/photos/photo-….jpg`) of the processed
/// photos that are public (`publish: true` and `reviewed: true`): the only
/// photos the dev server gives participants. The facilitator's build also
/// holds the others (for the review page and the facilitator's gallery).
public enum PublicPhotoFiles {
    public static func paths(in content: Content, album: PhotoAlbum) -> Set<String> {
        var paths = Set<String>()
        for event in content.events {
            for photo in event.photos where photo.isPublic {
                guard let processed = album.photo(photo.file, inEvent: event.slug) else { continue }
                for rendition in processed.renditions {
                    paths.insert(PhotoFigures.folder(event.slug) + processed.fileName(rendition))
                }
            }
        }
        return paths
    }
}
