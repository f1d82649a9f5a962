import WorkshopModel
import WorkshopPhotos

/// The facilitator's photo review (`events/<slug>/photos/review/`): every
/// photo of photos.yaml, processed as it would be published, with its
/// regions outlined, its caption, section and whether it is published and
/// reviewed. Under `workshop serve` the page's script lets the facilitator
/// draw, move and delete regions and mark a photo reviewed (saved to
/// photos.yaml). Never rendered for the public audience.
struct PhotoReviewPage {
    var frame: PageFrame
    var event: Event

    static func path(_ slug: String) -> String { SitePaths.eventFolder(slug) + "photos/review/index.html" }

    func render() throws(BuildError) -> RenderedFile? {
        guard frame.options.audience.isFacilitator, !event.photos.isEmpty else { return nil }
        let page = PagePath(Self.path(event.slug))
        let figures = PhotoFigures(frame: frame, event: event)
        let photos = event.photos.map { photo -> PageContext in
            let processed = frame.photos.photo(photo.file, inEvent: event.slug)
            var values = processed.map { figures.figure(photo, $0, from: page, sizes: "(min-width: 60em) 48em, 100vw") }
                ?? context(["file": photo.file, "caption": photo.caption, "publish": photo.publish, "reviewed": photo.reviewed])
            values.set("processed", processed != nil)
            values.set("section", sectionName(photo.section))
            values.set("isPublic", photo.isPublic)
            values.set("regions", photo.regions.enumerated().map { index, region in
                context([
                    "number": index + 1, "style": region.style.rawValue,
                    "x": percent(region.x), "y": percent(region.y), "width": percent(region.width), "height": percent(region.height),
                    "fx": String(region.x), "fy": String(region.y), "fwidth": String(region.width), "fheight": String(region.height),
                ])
            })
            values.set("regionCount", photo.regions.count)
            return values
        }
        let title = frame.t("photoReviewTitle")
        return try frame.render(path: page.path, kind: "photo-review", title: title, template: "photo-review", values: context([
            "event": frame.eventValues(event, from: page),
            "photos": photos,
            "slug": event.slug,
            "publicCount": event.photos.count { $0.isPublic },
            "reportHref": page.link(SitePaths.report(event.slug)),
        ]), breadcrumbs: [(frame.t("navHome"), SitePaths.home), (event.title, SitePaths.event(event.slug)), (title, nil)], event: event,
            scripts: ["assets/photo-review.js"])
    }

    private func sectionName(_ section: PhotoSection) -> String {
        switch section {
        case .seminar: frame.t("photosSeminar")
        case .workshop, .presentation: frame.t("photosWorkshop")
        case .heading(let text): text
        }
    }

    /// A fraction as a CSS percentage with two decimals.
    private func percent(_ value: Double) -> String {
        let hundredths = Int((value * 10_000).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)%"
    }
}
