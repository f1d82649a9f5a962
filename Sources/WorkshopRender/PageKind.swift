/// What a file of the built site is, worked out from its path the way
/// `SitePaths` lays the site out. The dev server decides who may see a file
/// from its kind (docs/serve.md, "Who sees what").
public enum PageKind: String, Sendable, Hashable, CaseIterable {
    case home
    case notFound
    case problems
    case sitemap
    case catalogue
    /// The series report (`series/`): every event's counts over the sessions and years.
    case series
    /// A theme asset (`assets/…`): styles, scripts, fonts, images.
    case asset
    case event
    case seminar
    case worksheets
    case worksheet
    case group
    case groupPresent
    case groupPrint
    case groupsPrint
    case report
    case aggregates
    case eventJSON
    case proceduresCSV
    case fill
    /// A group's form (`events/<slug>/groups/<id>/fill/`): the group sheet, prefilled from the members' worksheets.
    case groupFill
    /// A processed photo of the event (`events/<slug>/photos/<name>.jpg`: resized, blurred where marked, no metadata).
    case photo
    /// The facilitator's photo review page (`events/<slug>/photos/review/`).
    case photoReview
    /// The knowledge base of obstacles and remedies (`knowledge/`, and
    /// `knowledge/<table>/<control>/` per control, `…/<control>/<n>/[<page>/]`
    /// for a procedure with many entries): published work only.
    case knowledge
    /// The search page (`search/`): Pagefind's interface over the index, or a note saying why there is none.
    case search
    /// The search index (`pagefind/…`, written by Pagefind over the built output, `workshop build` only).
    case searchIndex
    /// Printed PDFs (`pdf/…`, written by `workshop pdf`).
    case pdf
    /// Anything the site layout does not name.
    case other

    /// Whether participants with the join code may open pages of this kind
    /// under `serve --collect` (docs/serve.md, "Who sees what"); every other
    /// kind is the facilitator's, except assets and the 404 page, which anyone gets.
    /// The group form (`groupFill`) is a participant's page: the group's
    /// scribe fills it on their own device with the join code, and what it
    /// shows of the members' worksheets is their own group's, which the
    /// group page already shows them (theme ①) in the room. It exists only in
    /// the facilitator's build, which is what `serve` serves.
    /// The search page shows no content of its own (the index it reads is `searchIndex`, the facilitator's).
    public var participantsMayOpen: Bool {
        switch self {
        case .home, .catalogue, .event, .seminar, .group, .groupPresent, .groupPrint, .groupsPrint, .fill, .groupFill, .photo, .search: true
        // The index is the output's words: a facilitator build's holds every worksheet (serve never writes one; docs/search.md).
        case .asset, .notFound, .knowledge, .series, .worksheets, .worksheet, .problems, .photoReview, .report, .aggregates, .eventJSON,
             .proceduresCSV, .sitemap, .pdf, .searchIndex, .other: false
        }
    }

    /// The kind of `path`, relative to the output root (`events/x/groups/A/index.html`,
    /// `events/x/groups/A/`, or `events/x/groups/A`: a folder means its `index.html`).
    /// Percent-decoding and `..` are the caller's business: `path` is split on `/` as it is.
    public static func of(_ path: String) -> PageKind {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init).filter { $0 != "." }
        if parts.last == "index.html" { parts.removeLast() }
        guard let first = parts.first else { return .home }
        switch first {
        case "assets": return .asset
        case "pdf": return .pdf
        case "search": return parts.count == 1 ? .search : .other
        case "pagefind": return .searchIndex
        case "catalogs": return parts.count == 2 ? .catalogue : .other
        case "problems": return parts.count == 1 ? .problems : .other
        case "knowledge": return parts.count == 1 || (3...5).contains(parts.count) ? .knowledge : .other
        case "series": return parts.count == 1 ? .series : .other
        case "404.html": return parts.count == 1 ? .notFound : .other
        case "sitemap.xml": return parts.count == 1 ? .sitemap : .other
        case "events": return eventKind(Array(parts.dropFirst()))
        default: return .other
        }
    }

    /// Under `events/`: the event's slug, then the page.
    private static func eventKind(_ parts: [String]) -> PageKind {
        guard !parts.isEmpty else { return .other }
        let rest = Array(parts.dropFirst())
        guard let section = rest.first else { return .event }
        switch (section, rest.count) {
        case ("event.json", 1): return .eventJSON
        case ("procedures.csv", 1): return .proceduresCSV
        case ("seminar", 1), ("seminar", 2): return .seminar
        case ("worksheets", 1): return .worksheets
        case ("worksheets", 2): return .worksheet
        case ("report", 1): return .report
        case ("aggregates", 1): return .aggregates
        case ("fill", 1): return .fill
        // Any case of "review": a case-insensitive file system (macOS) serves `Review/` from `review/`.
        case ("photos", 2): return rest[1].lowercased() == "review" ? .photoReview : .photo
        case ("groups", 2): return rest[1] == "print" ? .groupsPrint : .group
        case ("groups", 3):
            switch rest[2] {
            case "present": return .groupPresent
            case "print": return .groupPrint
            case "fill": return .groupFill
            default: return .other
            }
        default: return .other
        }
    }
}
