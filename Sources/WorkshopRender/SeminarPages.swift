import WorkshopModel

/// The seminar: `seminar.md` at `seminar/`, and each `seminar/*.md` at `seminar/<page>/`.
struct SeminarPages {
    var frame: PageFrame
    var event: Event

    /// The seminar's pages by id: `""` for the index (`seminar.md`, or a list
    /// when there is none), then each other page's slug in the order shown.
    var ids: [String] {
        guard !event.seminarPages.isEmpty else { return [] }
        return [""] + others.map(\.slug)
    }

    /// The pages other than `seminar.md`, in order.
    private var others: [SeminarPage] {
        event.seminarPages.filter { $0.slug != "seminar" }.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }

    static func path(event slug: String, id: String) -> String {
        id.isEmpty ? SitePaths.seminar(slug) : SitePaths.seminarPage(slug, id)
    }

    /// The page with `id` (see `ids`), or nil when the event has none.
    func render(id: String) throws(BuildError) -> RenderedFile? {
        guard !event.seminarPages.isEmpty else { return nil }
        let others = self.others
        if id.isEmpty {
            let main = event.seminarPages.first { $0.slug == "seminar" }
            return try render(main, at: PagePath(SitePaths.seminar(event.slug)), others: others, isIndex: true)
        }
        guard let page = others.first(where: { $0.slug == id }) else { return nil }
        return try render(page, at: PagePath(SitePaths.seminarPage(event.slug, page.slug)), others: others, isIndex: false)
    }

    private func render(_ seminar: SeminarPage?, at page: PagePath, others: [SeminarPage], isIndex: Bool) throws(BuildError) -> RenderedFile {
        let title = seminar?.title ?? frame.t("seminarTitle")
        let list = others.map { other in
            context([
                "title": other.title, "summary": other.summary, "speaker": other.speaker,
                "href": page.link(SitePaths.seminarPage(event.slug, other.slug)),
                "current": page.path == SitePaths.seminarPage(event.slug, other.slug),
            ])
        }
        var crumbs: [(String, String?)] = [(frame.t("navHome"), SitePaths.home), (event.title, SitePaths.event(event.slug))]
        if !isIndex { crumbs.append((frame.t("navSeminar"), SitePaths.seminar(event.slug))) }
        crumbs.append((title, nil))
        return try frame.render(path: page.path, kind: "seminar", title: title, template: "seminar", values: context([
            "event": frame.eventValues(event, from: page),
            "seminar": seminar.map { s in
                let body = Markup.article(s.body, lineOffset: max(0, s.bodyLine - 1))
                let sections = Markup.contents(ofArticle: body)
                return context(["title": s.title, "speaker": s.speaker, "summary": s.summary, "bodyHTML": body,
                                "toc": sections.count >= 3 ? sections.map { context(["id": $0.id, "title": $0.title]) } : []])
            },
            "isIndex": isIndex,
            "pages": list,
            "seminarHref": page.link(SitePaths.seminar(event.slug)),
        ]), breadcrumbs: crumbs, event: event)
    }
}
