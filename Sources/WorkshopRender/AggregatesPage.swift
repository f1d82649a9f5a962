import WorkshopModel

/// What the event's worksheets add up to: the threat × procedure heatmap with
/// an accessible table, the most-chosen procedures, controls nobody chose and
/// the obstacles grouped by control. Counts include every worksheet; texts
/// only those the audience may see.
struct AggregatesPage {
    var frame: PageFrame
    var event: Event
    var aggregates: Aggregates

    func render() throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.aggregates(event.slug))
        let threats = aggregates.matrixThreats
        let procedures = aggregates.matrixProcedures
        let counts = threats.map { threat in procedures.map { aggregates.count(threat: threat, procedure: $0) } }
        let heatmap = HeatmapSVG(
            rows: threats.map { (label: frame.t("threatShort", ["id": String($0)]), title: frame.threatTitle($0, in: event)) },
            columns: procedures.map(\.description), counts: counts, title: frame.t("aggregatesHeatmapTitle")).render()
        let matrixRows = threats.enumerated().map { index, threat in
            frame.threatValues(threat, in: event, from: page).adding(context([
                "cells": counts[index].map { PageContext(["count": $0, "zero": $0 == 0]) },
                "total": aggregates.count(threat: threat),
            ]))
        }
        let maxChosen = max(1, aggregates.mostChosen(limit: 1).first?.count ?? 1)
        let most = aggregates.mostChosen(limit: 10).map { item in
            frame.procedureValues(item.id, in: event, from: page).adding(context([
                "count": item.count, "percent": item.count * 100 / maxChosen,
            ]))
        }
        let maxThreat = max(1, aggregates.threatCounts.values.max() ?? 1)
        let threatCounts = aggregates.threatCounts.keys.sorted().map { id in
            frame.threatValues(id, in: event, from: page).adding(context([
                "count": aggregates.count(threat: id), "percent": aggregates.count(threat: id) * 100 / maxThreat,
            ]))
        }
        let table = frame.controlTable(of: event)
        let unchosen = table.map { aggregates.unchosenControls(in: $0) } ?? []
        let obstacleGroups = (table.map { aggregates.obstaclesByControl(in: $0) } ?? []).map { group in
            context([
                "no": group.control.number, "title": group.control.title(in: frame.language),
                "href": page.link(SitePaths.catalogue(event.controlTableID) + "#c-\(group.control.number)"),
                "entries": group.entries.map { entry in
                    context([
                        "procedure": frame.procedureValues(entry.procedure, in: event, from: page),
                        "obstacleHTML": Markup.inline(entry.obstacle),
                        "remedies": entry.remedies.map { PageContext(["textHTML": Markup.inline($0)]) },
                        "industry": entry.industry,
                        "group": frame.groupName(entry.group, in: event),
                        "groupTitle": frame.groupTitle(entry.group, in: event),
                        "participant": frame.options.audience.isFacilitator ? entry.participant : nil,
                        "fromGroupSheet": entry.fromGroupSheet,
                    ])
                },
            ])
        }
        return try frame.render(path: page.path, kind: "aggregates", title: frame.t("aggregatesTitle"), template: "aggregates", values: context([
            "event": frame.eventValues(event, from: page),
            "participantCount": aggregates.worksheetCount,
            "heatmapHTML": heatmap,
            "hasMatrix": !threats.isEmpty && !procedures.isEmpty,
            "matrixColumns": procedures.map { frame.procedureValues($0, in: event, from: page) },
            "matrixRows": matrixRows,
            "mostChosen": most,
            "threatCounts": threatCounts,
            "unchosen": unchosen.map { control in
                context(["no": control.number, "title": control.title(in: frame.language), "categoryName": control.category.name(in: frame.language),
                         "href": page.link(SitePaths.catalogue(event.controlTableID) + "#c-\(control.number)")])
            },
            "obstacleGroups": obstacleGroups,
            "csvHref": page.link(SitePaths.proceduresCSV(event.slug)),
            "jsonHref": page.link(SitePaths.eventJSON(event.slug)),
        ]), breadcrumbs: [(frame.t("navHome"), SitePaths.home), (event.title, SitePaths.event(event.slug)), (frame.t("aggregatesTitle"), nil)], event: event,
            searchControls: aggregates.procedureCounts.keys.map(\.control) + aggregates.groupProcedureCounts.keys.map(\.control))
    }
}
