import WorkshopModel

/// One page per participant worksheet and an index (facilitator audience only).
struct WorksheetPages {
    var frame: PageFrame
    var event: Event

    private var crumbsToEvent: [(String, String?)] {
        [(frame.t("navHome"), SitePaths.home), (event.title, SitePaths.event(event.slug))]
    }

    func index() throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.worksheets(event.slug))
        let rows = event.worksheets.sorted { ($0.group, $0.participant) < ($1.group, $1.participant) }.map { sheet in
            context([
                "participant": sheet.participant, "industry": sheet.industry,
                "group": sheet.group, "groupName": frame.groupName(sheet.group, in: event), "groupTitle": frame.groupTitle(sheet.group, in: event),
                "published": sheet.publish,
                "impactCount": sheet.impacts.count, "choiceCount": sheet.choices.count,
                "obstacleCount": sheet.obstacles.map(\.pairs.count).reduce(0, +),
                "href": page.link(SitePaths.worksheet(event.slug, sheet.participant)),
            ])
        }
        return try frame.render(path: page.path, kind: "worksheets", title: frame.t("worksheetsTitle"), template: "worksheets", values: context([
            "event": frame.eventValues(event, from: page),
            "worksheets": rows,
            "count": rows.count,
            "publishedCount": event.worksheets.filter(\.publish).count,
        ]), breadcrumbs: crumbsToEvent + [(frame.t("worksheetsTitle"), nil)], event: event)
    }

    func render(_ sheet: Worksheet) throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.worksheet(event.slug, sheet.participant))
        let impacts = sheet.impacts.map { impact in
            context([
                "threat": impact.threat.id.map { frame.threatValues($0, in: event, from: page) } ?? context(["title": impact.threat.raw]),
                "businessHTML": Markup.inline(impact.business),
                "impactHTML": Markup.inline(impact.impact),
                "severity": impact.severity.map { $0.name(in: frame.language) } ?? impact.severityText?.text,
                "severityClass": impact.severity?.rawValue,
            ])
        }
        let choices = sheet.choices.map { choice in
            context([
                "procedure": choice.procedure.id.map { frame.procedureValues($0, in: event, from: page) } ?? context(["id": choice.procedure.raw]),
                "threats": choice.threats.compactMap(\.id).map { frame.threatValues($0, in: event, from: page) },
                "reasonHTML": Markup.inline(choice.reason),
            ])
        }
        let obstacles = sheet.obstacles.map { item in
            context([
                "procedure": item.procedure.id.map { frame.procedureValues($0, in: event, from: page) } ?? context(["id": item.procedure.raw]),
                "pairs": item.pairs.map(pairValues),
            ])
        }
        let hasSheet = event.groupSheet(sheet.group) != nil
        return try frame.render(path: page.path, kind: "worksheet", title: frame.t("worksheetTitle", ["participant": sheet.participant]), template: "worksheet", values: context([
            "event": frame.eventValues(event, from: page),
            "participant": sheet.participant, "industry": sheet.industry, "published": sheet.publish,
            "group": context(["id": sheet.group, "name": frame.groupName(sheet.group, in: event), "title": frame.groupTitle(sheet.group, in: event),
                              "href": hasSheet ? page.link(SitePaths.group(event.slug, sheet.group)) : nil]),
            "impacts": impacts, "choices": choices, "obstacles": obstacles,
            "worksheetsHref": page.link(SitePaths.worksheets(event.slug)),
        ]), breadcrumbs: crumbsToEvent + [(frame.t("worksheetsTitle"), SitePaths.worksheets(event.slug)), (sheet.participant, nil)], event: event,
            searchControls: sheet.choices.compactMap { $0.procedure.id?.control })
    }
}

/// One obstacle and its remedies, for templates.
func pairValues(_ pair: ObstaclePair) -> PageContext {
    context([
        "obstacleHTML": Markup.inline(pair.obstacle),
        "remedies": pair.remedies.filter { !$0.isBlank }.map { PageContext(["textHTML": Markup.inline($0)]) },
        "hasRemedy": pair.remedies.contains { !$0.isBlank },
    ])
}
