import WorkshopModel

/// The seminar: `seminar.md` at `seminar/`, and each `seminar/*.md` at `seminar/<page>/`.
struct SeminarPages {
    var frame: PageFrame
    var event: Event

    func render() throws(BuildError) -> [RenderedFile] {
        guard !event.seminarPages.isEmpty else { return [] }
        let slug = event.slug
        let pages = event.seminarPages.sorted { ($0.slug == "seminar" ? -1 : $0.order, $0.slug) < ($1.slug == "seminar" ? -1 : $1.order, $1.slug) }
        let main = pages.first { $0.slug == "seminar" }
        let others = pages.filter { $0.slug != "seminar" }
        var files: [RenderedFile] = []
        let indexPath = PagePath(SitePaths.seminar(slug))
        files.append(try render(main, at: indexPath, others: others, isIndex: true))
        for page in others {
            files.append(try render(page, at: PagePath(SitePaths.seminarPage(slug, page.slug)), others: others, isIndex: false))
        }
        return files
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
