import WorkshopModel

/// The threat catalogue and control table pages, with choice counts across the series.
struct CataloguePages {
    var frame: PageFrame
    /// Aggregates per event slug.
    var aggregates: [String: Aggregates]
    /// The knowledge base (its counts link each control to its page).
    var knowledge: KnowledgeBase

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
        let lineage = lineage(of: catalogue, from: page)
        let threats = catalogue.threats.map { threat in
            context([
                "id": threat.id, "anchor": "t-\(threat.id)", "title": threat.title(in: frame.language), "summary": threat.summary(in: frame.language),
                "count": totals.count(threat: threat.id),
                "percent": totals.count(threat: threat.id) * 100 / maxCount,
                "lineage": lineage[threat.id] ?? [],
            ])
        }
        return try frame.render(path: page.path, kind: "catalog-threats", title: catalogue.title(in: frame.language), template: "threats", values: context([
            "catalogue": context(["id": catalogue.id, "title": catalogue.title(in: frame.language), "source": catalogue.source]),
            "threats": threats,
            "hasLineage": !lineage.isEmpty,
            "participantCount": totals.worksheetCount,
            "events": usedBy(events, from: page),
        ]), breadcrumbs: [(frame.t("navHome"), SitePaths.home), (catalogue.title(in: frame.language), nil)])
    }

    /// Per threat, where it comes from and where it goes in the other years' lists
    /// (the `mapping:` files): `{direction, change, catalogue, href, ids}`, the
    /// links to the other catalogue's page at the threat; no href for `new` and `dropped`.
    private func lineage(of catalogue: ThreatCatalogue, from page: PagePath) -> [Int: [PageContext]] {
        var table: [Int: [PageContext]] = [:]
        func other(_ id: String) -> ThreatCatalogue? { frame.content.threatCatalogue(id) }
        for mapping in frame.content.catalogueMappings where mapping.kind == .threats {
            let later = mapping.from == catalogue.id, earlier = mapping.to == catalogue.id
            guard later || earlier, let otherCatalogue = other(later ? mapping.to : mapping.from) else { continue }
            for step in mapping.steps {
                let mine = later ? step.from : step.to
                let theirs = (later ? step.to : step.from).compactMap { Int($0.id) }
                for id in mine.compactMap({ Int($0.id) }) {
                    let change = step.change.rawValue
                    table[id, default: []].append(context([
                        "direction": frame.t(later ? "lineageLater" : "lineageEarlier"),
                        "change": frame.t("change" + change.prefix(1).uppercased() + change.dropFirst()),
                        "catalogue": otherCatalogue.title(in: frame.language),
                        "href": theirs.first.map { page.link(SitePaths.catalogue(otherCatalogue.id)) + "#t-\($0)" },
                        "ids": theirs.isEmpty ? nil : theirs.map(String.init).joined(separator: "・"),
                    ]))
                }
            }
        }
        return table
    }

    func controls(_ table: ControlTable) throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.catalogue(table.id))
        let (totals, events) = series(using: table.id)
        let maxCount = max(1, table.procedures.map { totals.count($0.id) }.max() ?? 1)
        let knowledge = knowledge.shelf(of: table.id)
        let controls = table.controls.map { control in
            context([
                "no": control.number, "anchor": "c-\(control.number)",
                "category": control.category.rawValue, "categoryName": control.category.name(in: frame.language),
                "iso": control.iso, "title": control.title(in: frame.language), "summary": control.summary(in: frame.language),
                "count": control.procedures.map { totals.count($0.id) }.reduce(0, +),
                "knowledgeCount": knowledge?.counts[control.number] ?? 0,
                "knowledgeHref": (knowledge?.counts[control.number] ?? 0) > 0 ? page.link(SitePaths.knowledge(table: table.id, control: control.number)) : nil,
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
        ]), breadcrumbs: [(frame.t("navHome"), SitePaths.home), (table.title(in: frame.language), nil)],
            searchControls: table.controls.map(\.number))
    }
}
