import WorkshopModel

/// What an event's pages render from: the frame, the event (filtered for the
/// audience) and its aggregates.
struct EventScope {
    var frame: PageFrame
    var event: Event
    var aggregates: Aggregates
}

/// What the site-wide pages render from.
struct SiteScope {
    var frame: PageFrame
    /// Every event's aggregates, by slug.
    var aggregates: [String: Aggregates]
    /// The series report's rows (along the catalogue mappings) and each event's summary, by slug.
    var series: SeriesIndex
    var summaries: [String: SeriesSummary]
    /// The knowledge base, gathered once from the aggregates.
    var knowledge: KnowledgeBase
    var findings: [Finding]
    var leftOut: [String]
}

/// One kind of an event's pages, declared once: which of them the event has,
/// where each is written, what it shows (for rebuilds) and how it renders.
struct EventPageDeclaration: Sendable {
    var shows: PageInput
    /// The ids of the pages of this kind the event has (see `SitePage.id`), without repeats.
    var ids: @Sendable (EventScope) -> [String]
    /// Where the page with an id is written, relative to the output root.
    var path: @Sendable (_ event: String, _ id: String) -> String
    /// The page with an id (at `path`), or nil when the event has no such page.
    var render: @Sendable (_ id: String, EventScope) throws(BuildError) -> RenderedFile?
}

/// One kind of site-wide page, declared once (as `EventPageDeclaration`).
struct SitePageDeclaration: Sendable {
    var shows: PageInput
    var ids: @Sendable (SiteScope) -> [String]
    var path: @Sendable (_ id: String) -> String
    var render: @Sendable (_ id: String, SiteScope) throws(BuildError) -> RenderedFile?
}

/// How a kind of file comes to be.
enum PageDeclaration: Sendable {
    /// Pages every event has its own of.
    case perEvent(EventPageDeclaration)
    /// Pages the site has once (or once per catalogue, per asset).
    case sitewide(SitePageDeclaration)
    /// Not rendered from content as a page: the sitemap (made from every
    /// other page's path), PDFs (`workshop pdf`), anything the layout does not name.
    case madeElsewhere
}

extension Array where Element: Hashable {
    /// The elements without repeats, in first-seen order.
    var withoutRepeats: [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
