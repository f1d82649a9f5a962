import WorkshopModel

/// The search page (`search/`): Pagefind's own interface over the index that
/// `workshop build` writes into `pagefind/` (docs/search.md). The page's script
/// (`assets/search.js`) loads the interface only over HTTP; from `file://` it
/// says search needs the site served, and without JavaScript a `<noscript>`
/// note says so. When the build has no index (`--no-search`, Pagefind not
/// installed, `workshop serve`) the page says why instead.
struct SearchPage {
    var frame: PageFrame

    func render() throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.search)
        return try frame.render(path: page.path, kind: "search", title: frame.t("searchTitle"), template: "search", values: context([
            "searchIndexed": frame.options.search,
            "bundleHref": page.link(SitePaths.searchBundle),
            "siteRootHref": page.root.isEmpty ? "./" : page.root,
        ]), breadcrumbs: [(frame.t("navHome"), SitePaths.home), (frame.t("searchTitle"), nil)],
            scripts: frame.options.search ? ["assets/search.js"] : [])
    }
}

/// What a page tells Pagefind (docs/search.md): whether it is indexed at all,
/// its title, and its filters — the event, the kind of page in the site's
/// words, the control numbers it is about. Worked out from the `kind` string
/// each page type hands `PageFrame.render`.
enum SearchMarkers {
    /// The strings key naming a page kind in the kind filter, or nil for
    /// pages that are not indexed (lists, forms, projection and print copies
    /// of a page that is indexed, the problems, 404 and search pages).
    static func kindKey(for kind: String) -> String? {
        switch kind {
        case "event": "searchKindEvent"
        case "seminar": "searchKindSeminar"
        case "report": "searchKindReport"
        case "knowledge": "searchKindKnowledge"
        case "group": "searchKindGroup"
        case "worksheet": "searchKindWorksheet"
        case "aggregates": "searchKindAggregates"
        case "catalog-threats", "catalog-controls": "searchKindCatalogue"
        case "series": "searchKindSeries"
        default: nil
        }
    }

    /// The values `base.mustache` prints for Pagefind: `searchBody` (the page's
    /// `<main>` is indexed), `searchTitle`, `searchFilters` (name, value).
    static func values(kind: String, title: String, event: Event?, controls: [Int], frame: PageFrame) -> PageContext {
        guard frame.options.search, let key = kindKey(for: kind) else { return context(["searchBody": false]) }
        var filters: [PageContext] = []
        if let event { filters.append(context(["name": frame.t("searchFilterEvent"), "value": event.title])) }
        filters.append(context(["name": frame.t("searchFilterKind"), "value": frame.t(key)]))
        for number in Set(controls).sorted() {
            filters.append(context(["name": frame.t("searchFilterControl"), "value": String(number)]))
        }
        // The page's title and its event's, unless the title already names the event (event page, report).
        let fullTitle = event.map { $0.title.isEmpty || title.contains($0.title) ? title : "\(title) — \($0.title)" } ?? title
        return context(["searchBody": true, "searchTitle": fullTitle.isEmpty ? frame.content.site.title : fullTitle, "searchFilters": filters])
    }
}
