import WorkshopModel

/// An event's own page: overview, date, venue, schedule, and links to everything about it.
struct EventPage {
    var frame: PageFrame
    var event: Event
    var aggregates: Aggregates

    func render() throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.event(event.slug))
        let slug = event.slug
        let seminar = event.seminarPages.map { seminarPage in
            context([
                "title": seminarPage.title, "speaker": seminarPage.speaker, "summary": seminarPage.summary,
                "href": page.link(seminarPage.slug == "seminar" ? SitePaths.seminar(slug) : SitePaths.seminarPage(slug, seminarPage.slug)),
            ])
        }
        let groupForms = GroupFillPage.isOffered(theme: frame.theme, audience: frame.options.audience)
        let groups = event.groups.map { info -> PageContext in
            let sheet = event.groupSheet(info.id)
            return context([
                "id": info.id, "name": frame.groupName(info.id, in: event), "title": frame.groupTitle(info.id, in: event),
                "industries": sheet?.industries.joined(separator: "・"),
                "threats": sheet?.threats.compactMap(\.id).map { frame.threatValues($0, in: event, from: page) } ?? [],
                "published": sheet?.publish ?? false,
                "memberCount": event.worksheets(inGroup: info.id).count,
                "hasSheet": sheet != nil,
                "href": sheet == nil ? nil : page.link(SitePaths.group(slug, info.id)),
                "presentHref": sheet == nil ? nil : page.link(SitePaths.groupPresent(slug, info.id)),
                "printHref": sheet == nil ? nil : page.link(SitePaths.groupPrint(slug, info.id)),
                "fillHref": groupForms ? page.link(SitePaths.groupFill(slug, info.id)) : nil,
            ])
        }.filter { $0["hasSheet"]?.bool == true || frame.options.audience.isFacilitator }
        let values = frame.eventValues(event, from: page).adding(context([
            "seminarPages": seminar,
            "groups": groups,
            "stats": [
                context(["label": frame.t("statParticipants"), "value": aggregates.worksheetCount]),
                context(["label": frame.t("statGroups"), "value": event.groups.count]),
                context(["label": frame.t("statProcedures"), "value": aggregates.procedureCounts.count]),
                context(["label": frame.t("statObstacles"), "value": aggregates.obstacles.count]),
            ],
            "worksheetsHref": frame.options.audience.isFacilitator ? page.link(SitePaths.worksheets(slug)) : nil,
            "groupsPrintHref": event.groupSheets.isEmpty ? nil : page.link(SitePaths.groupsPrint(slug)),
            "jsonHref": page.link(SitePaths.eventJSON(slug)),
            "csvHref": page.link(SitePaths.proceduresCSV(slug)),
            "fillHref": FillPage.isOffered(theme: frame.theme, audience: frame.options.audience) ? page.link(SitePaths.fill(slug)) : nil,
            "threatsHref": frame.threatCatalogue(of: event) == nil ? nil : page.link(SitePaths.catalogue(event.threatCatalogueID)),
            "controlsHref": frame.controlTable(of: event) == nil ? nil : page.link(SitePaths.catalogue(event.controlTableID)),
            "excluded": event.excludedThreats.map { frame.threatValues($0, in: event, from: page) },
            "gallery": PhotoFigures(frame: frame, event: event).gallery(from: page),
            "galleryHref": page.link(SitePaths.report(slug) + "#photos-workshop"),
            "photoReviewHref": frame.options.audience.isFacilitator && !event.photos.isEmpty ? page.link(PhotoReviewPage.path(slug)) : nil,
        ]))
        return try frame.render(path: page.path, kind: "event", title: event.title, template: "event", values: values,
                                breadcrumbs: [(frame.t("navHome"), SitePaths.home), (event.title, nil)], event: event)
    }
}
