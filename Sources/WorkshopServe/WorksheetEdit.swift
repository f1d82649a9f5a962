import WorkshopModel
import WorkshopSite

/// One worksheet file as it was before a change and as it is now (nil: the
/// file did not exist, or does not give a worksheet). From the two, the
/// pages the change can affect, and the worksheet page that no longer exists.
struct WorksheetEdit: Sendable {
    var event: String
    var before: Worksheet?
    var after: Worksheet?

    /// Every page that shows something of this worksheet: its own page, the
    /// event's worksheet list, event page (counts), its group's pages (member
    /// impacts), the group print pages, aggregates, exports, the catalogue
    /// pages and the home page (series counts), and the report when the
    /// worksheet is or was published or its group presented a published sheet
    /// (the report shows published groups with their members' impacts).
    func affectedPages(in content: Content) -> [SitePage] {
        guard let event = content.event(self.event) else { return [] }
        let slug = event.slug
        var pages: [SitePage] = []
        if let after { pages.append(.worksheet(event: slug, participant: after.participant)) }
        pages += [.worksheetIndex(event: slug), .event(slug)]
        let groups = Set([before?.group, after?.group].compactMap { $0 })
        for group in groups.sorted() { pages.append(.group(event: slug, group: group)) }
        pages += [.groupsPrint(event: slug), .aggregates(event: slug), .exports(event: slug)]
        let published = (before?.publish ?? false) || (after?.publish ?? false)
            || groups.contains { event.groupSheet($0)?.publish ?? false }
        if published { pages.append(.report(event: slug)) }
        for id in [event.threatCatalogueID, event.controlTableID] where !id.isEmpty { pages.append(.catalogue(id)) }
        pages.append(.home)
        return pages
    }

    /// The page of the worksheet's old pseudonym, when no worksheet of the event has it any more.
    func removedPage(in content: Content) -> String? {
        guard let old = before?.participant, old != after?.participant else { return nil }
        if let event = content.event(event), event.worksheets.contains(where: { $0.participant == old }) { return nil }
        return SiteRenderer.worksheetPagePath(event: event, participant: old)
    }
}

extension Array where Element == SitePage {
    /// The pages without repeats, in first-seen order.
    var withoutRepeats: [SitePage] {
        var seen = Set<SitePage>()
        return filter { seen.insert($0).inserted }
    }
}
