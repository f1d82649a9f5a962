import WorkshopModel

/// The site's home: the series, each event with its date, title and counts, and the next session.
struct HomePage {
    var frame: PageFrame
    var aggregates: [String: Aggregates]

    func render() throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.home)
        let site = frame.content.site
        let events = frame.content.events.reversed().map { event -> PageContext in
            let counts = aggregates[event.slug] ?? Aggregates()
            return frame.eventValues(event, from: page).adding(context([
                "participantCount": counts.worksheetCount,
                "groupCount": event.groups.count,
                "procedureCount": counts.procedureCounts.count,
                "seminarTitle": event.seminarPages.first?.title,
            ]))
        }
        let last = frame.content.events.last
        let next = last?.next.map { frame.nextValues($0, from: page) }
        let series = Aggregates.sum(frame.content.events.compactMap { aggregates[$0.slug] })
        let content = frame.content
        let catalogue = { (id: String, title: String) in context(["title": title, "href": page.link(SitePaths.catalogue(id))]) }
        let catalogues = content.threatCatalogues.reversed().map { catalogue($0.id, $0.title(in: frame.language)) }
            + content.controlTables.map { catalogue($0.id, $0.title(in: frame.language)) }
        return try frame.render(path: page.path, kind: "home", title: site.title, template: "home", values: context([
            "events": events,
            "catalogues": catalogues,
            "hasCatalogues": !catalogues.isEmpty,
            "hasEvents": !events.isEmpty,
            "eventCount": events.count,
            "next": next,
            "intro": site.subtitle,
            "seriesHref": page.link(SitePaths.series),
            "seriesStats": [
                context(["label": frame.t("statSessions"), "value": frame.content.events.count]),
                context(["label": frame.t("statParticipants"), "value": series.worksheetCount]),
                context(["label": frame.t("statGroups"), "value": frame.content.events.map(\.groups.count).reduce(0, +)]),
                context(["label": frame.t("statProcedures"), "value": series.procedureCounts.count]),
            ],
        ]))
    }
}
