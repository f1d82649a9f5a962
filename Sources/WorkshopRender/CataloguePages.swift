import WorkshopModel

/// The threat catalogue and control table pages, with choice counts across the series.
struct CataloguePages {
    var frame: PageFrame
    /// Aggregates per event slug.
    var aggregates: [String: Aggregates]

    /// Aggregates over the events that use catalogue `id`.
    private func series(using id: String) -> (Aggregates, [Event]) {
        let events = frame.content.events.filter { $0.threatCatalogueID == id || $0.controlTableID == id }
        return (Aggregates.sum(events.compactMap { aggregates[$0.slug] }), events)
    }

    private func usedBy(_ events: [Event], from page: PagePath) -> [PageContext] {
        events.map { link($0.title, page.link(SitePaths.event($0.slug))) }
    }

    func threats(_ catalogue: ThreatCatalogue) throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.catalogue(catalogue.id))
        let (totals, events) = series(using: catalogue.id)
        let maxCount = max(1, catalogue.threats.map { totals.count(threat: $0.id) }.max() ?? 1)
        let threats = catalogue.threats.map { threat in
            context([
                "id": threat.id, "anchor": "t-\(threat.id)", "title": threat.title(in: frame.language), "summary": threat.summary(in: frame.language),
                "count": totals.count(threat: threat.id),
                "percent": totals.count(threat: threat.id) * 100 / maxCount,
            ])
        }
        return try frame.render(path: page.path, kind: "catalog-threats", title: catalogue.title(in: frame.language), template: "threats", values: context([
            "catalogue": context(["id": catalogue.id, "title": catalogue.title(in: frame.language), "source": catalogue.source]),
            "threats": threats,
            "participantCount": totals.worksheetCount,
            "events": usedBy(events, from: page),
        ]), breadcrumbs: [(frame.t("navHome"), SitePaths.home), (catalogue.title(in: frame.language), nil)])
    }

    func controls(_ table: ControlTable) throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.catalogue(table.id))
        let (totals, events) = series(using: table.id)
        let maxCount = max(1, table.procedures.map { totals.count($0.id) }.max() ?? 1)
        let controls = table.controls.map { control in
            context([
                "no": control.number, "anchor": "c-\(control.number)",
                "category": control.category.rawValue, "categoryName": control.category.name(in: frame.language),
                "iso": control.iso, "title": control.title(in: frame.language), "summary": control.summary(in: frame.language),
                "count": control.procedures.map { totals.count($0.id) }.reduce(0, +),
                "procedures": control.procedures.map { procedure in
                    context([
                        "id": procedure.id.description, "anchor": procedure.id.anchor, "text": procedure.text(in: frame.language),
                        "count": totals.count(procedure.id),
                        "groupCount": totals.groupProcedureCounts[procedure.id] ?? 0,
                        "percent": totals.count(procedure.id) * 100 / maxCount,
                    ])
                },
            ])
        }
        let categories = ControlCategory.allCases.compactMap { category -> PageContext? in
            let count = table.controls.filter { $0.category == category }.count
            return count == 0 ? nil : context(["category": category.rawValue, "name": category.name(in: frame.language), "count": count])
        }
        return try frame.render(path: page.path, kind: "catalog-controls", title: table.title(in: frame.language), template: "controls", values: context([
            "table": context(["id": table.id, "title": table.title(in: frame.language)]),
            "controls": controls,
            "categories": categories,
            "controlCount": table.controls.count,
            "procedureCount": table.procedures.count,
            "participantCount": totals.worksheetCount,
            "events": usedBy(events, from: page),
        ]), breadcrumbs: [(frame.t("navHome"), SitePaths.home), (table.title(in: frame.language), nil)])
    }
}
