import WorkshopModel
import WorkshopPhotos

/// An event's processed photos as pages show them: `<figure>` values with
/// `srcset`, the report's sections in the seed's order, and the image files.
/// Only photos the album holds appear (the album has only what the audience
/// may see; the originals never do).
struct PhotoFigures {
    var frame: PageFrame
    var event: Event

    /// Where the processed images of an event go.
    static func folder(_ slug: String) -> String { SitePaths.eventFolder(slug) + "photos/" }

    /// The photos of the event the album holds, in photos.yaml order, with their processing.
    var shown: [(Photo, ProcessedPhoto)] {
        event.photos.compactMap { photo in
            guard frame.options.audience.isFacilitator || photo.isPublic,
                  let processed = frame.photos.photo(photo.file, inEvent: event.slug) else { return nil }
            return (photo, processed)
        }
    }

    /// The names of the image files of every processed photo of the event, in photos.yaml order.
    var fileNames: [String] {
        shown.flatMap { _, processed in processed.renditions.map(processed.fileName) }.withoutRepeats
    }

    /// The image file with `name` (in `folder`), or nil when no photo shown has it.
    func file(named name: String) -> RenderedFile? {
        for (_, processed) in shown {
            if let rendition = processed.renditions.first(where: { processed.fileName($0) == name }) {
                return RenderedFile(path: Self.folder(event.slug) + name, contents: rendition.jpeg)
            }
        }
        return nil
    }

    /// One photo's figure values, linked from `page`; `sizes` as the layout shows it.
    func figure(_ photo: Photo, _ processed: ProcessedPhoto, from page: PagePath, sizes: String) -> PageContext {
        let folder = Self.folder(event.slug)
        let screen = processed.renditions.filter { $0.width <= 960 }
        let small = screen.first ?? processed.renditions[0]
        return context([
            "src": page.link(folder + processed.fileName(small)),
            "srcset": processed.renditions.map { page.link(folder + processed.fileName($0)) + " \($0.width)w" }.joined(separator: ", "),
            "sizes": sizes,
            "width": small.width,
            "height": small.height,
            "caption": photo.caption,
            "alt": photo.caption.isEmpty ? frame.t("photoAlt") : photo.caption,
            "hasRegions": !photo.regions.isEmpty,
            "file": photo.file,
            "publish": photo.publish,
            "reviewed": photo.reviewed,
        ])
    }

    /// The report's photo sections: セミナー風景 (seminar), ワークショップ風景
    /// (workshop, then presentation), then each free heading in first-use order.
    func sections(from page: PagePath) -> (seminar: PageContext?, workshop: PageContext?, others: [PageContext]) {
        // The report shows what the public one will, in both audiences (as with group sheets).
        let photos = shown.filter { $0.0.isPublic }
        func section(_ title: String, anchor: String, _ members: [(Photo, ProcessedPhoto)]) -> PageContext? {
            guard !members.isEmpty else { return nil }
            return context([
                "title": title, "anchor": anchor,
                "figures": members.map { figure($0.0, $0.1, from: page, sizes: "(min-width: 48em) 24em, 100vw") },
                "privacyNote": frame.t("photoPrivacyNote"),
            ])
        }
        let seminar = section(frame.t("photosSeminar"), anchor: "photos-seminar", photos.filter { $0.0.section == .seminar })
        let workshop = section(frame.t("photosWorkshop"), anchor: "photos-workshop",
                               photos.filter { $0.0.section == .workshop } + photos.filter { $0.0.section == .presentation })
        var headings: [String] = []
        for (photo, _) in photos {
            if case .heading(let text) = photo.section, !headings.contains(text) { headings.append(text) }
        }
        let others = headings.enumerated().compactMap { index, heading in
            section(heading, anchor: "photos-\(index + 1)", photos.filter { $0.0.section == .heading(heading) })
        }
        return (seminar, workshop, others)
    }

    /// The event page's small gallery: every photo the report shows.
    func gallery(from page: PagePath) -> [PageContext] {
        shown.filter { $0.0.isPublic }.map {
            figure($0.0, $0.1, from: page, sizes: "(min-width: 48em) 12em, 50vw")
        }
    }
}
