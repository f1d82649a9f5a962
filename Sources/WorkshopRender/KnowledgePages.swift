import WorkshopModel

/// The knowledge base's pages: an index of the controls with obstacles, and a
/// page per control listing, procedure by procedure, what got in the way and
/// what others did about it, each with its event and industry.
struct KnowledgePages {
    var frame: PageFrame
    var base: KnowledgeBase

    func render(id: String) throws(BuildError) -> RenderedFile? {
        switch KnowledgePageID(id: id) {
        case .index: return try index()
        case .control(let tableID, let number):
            guard let table = frame.content.controlTable(tableID), let control = table.control(number) else { return nil }
            return try controlPage(table: table, control: control)
        case .procedure(let tableID, let id, let number):
            guard let table = frame.content.controlTable(tableID), let control = table.control(id.control),
                  let procedure = table.procedure(id) else { return nil }
            return try procedurePage(table: table, control: control, procedure: procedure, number: number)
        case nil: return nil
        }
    }

    private func entryValues(_ entries: some Sequence<KnowledgeBase.Entry>, from page: PagePath) -> [PageContext] {
        // An event's values once per page, however many of its entries the page shows.
        var events: [String: PageContext] = [:]
        return entries.map { entry in
            let event = events[entry.event.slug] ?? frame.eventValues(entry.event, from: page)
                .adding(context(["href": page.link(SitePaths.event(entry.event.slug))]))
            events[entry.event.slug] = event
            return context([
                "obstacleHTML": Markup.inline(entry.obstacle.obstacle),
                "remedies": entry.obstacle.remedies.map { PageContext(["textHTML": Markup.inline($0)]) },
                "industry": entry.obstacle.industry,
                "fromGroupSheet": entry.obstacle.fromGroupSheet,
                "groupTitle": entry.obstacle.fromGroupSheet ? frame.groupTitle(entry.obstacle.group, in: entry.event) : nil,
                "event": event,
            ])
        }
    }

    func index() throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.knowledge)
        let shelves = base.shelves.map { shelf in
            context([
                "title": shelf.table.title(in: frame.language),
                "anchor": "shelf-" + String(shelf.table.id.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "-" }),
                "href": page.link(SitePaths.catalogue(shelf.table.id)),
                "entryCount": shelf.counts.values.reduce(0, +),
                "controls": shelf.table.controls.compactMap { control -> PageContext? in
                    guard let count = shelf.counts[control.number], count > 0 else { return nil }
                    return context([
                        "no": control.number, "title": control.title(in: frame.language),
                        "categoryName": control.category.name(in: frame.language),
                        "href": page.link(SitePaths.knowledge(table: shelf.table.id, control: control.number)),
                        "count": count,
                        "procedures": control.procedures.compactMap { procedure -> PageContext? in
                            guard let count = shelf.procedureCounts[procedure.id] else { return nil }
                            return context(["id": procedure.id.description, "text": procedure.text(in: frame.language), "count": count,
                                            "href": page.link(SitePaths.knowledge(table: shelf.table.id, control: control.number)) + "#\(procedure.id.anchor)"])
                        },
                    ])
                },
            ])
        }
        return try frame.render(path: page.path, kind: "knowledge", title: frame.t("knowledgeTitle"), template: "knowledge", values: context([
            "shelves": shelves,
            "entryCount": base.shelves.flatMap(\.counts.values).reduce(0, +),
        ]), breadcrumbs: [(frame.t("navHome"), SitePaths.home), (frame.t("knowledgeTitle"), nil)],
            searchControls: base.shelves.flatMap { $0.counts.keys }.sorted())
    }

    func controlPage(table: ControlTable, control: Control) throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.knowledge(table: table.id, control: control.number))
        var entryCount = 0
        let procedures = control.procedures.compactMap { procedure -> PageContext? in
            let count = base.count(table: table, procedure: procedure.id)
            guard count > 0 else { return nil }
            entryCount += count
            return context([
                "id": procedure.id.description, "anchor": procedure.id.anchor, "text": procedure.text(in: frame.language),
                "href": page.link(SitePaths.catalogue(table.id)) + "#\(procedure.id.anchor)",
                "count": count,
                "entries": entryValues(base.entries(table: table, procedure: procedure.id, range: 0..<KnowledgeBase.shareOnControlPage), from: page),
                "moreHref": KnowledgeBase.procedurePages(count: count) > 0
                    ? page.link(KnowledgePageID.procedure(table: table.id, procedure: procedure.id, page: 1).path) : nil,
                "moreLabel": frame.t("knowledgeAll", ["n": String(count)]),
            ])
        }
        let title = "\(control.number). \(control.title(in: frame.language))"
        return try frame.render(path: page.path, kind: "knowledge", title: title, template: "knowledge-control", values: context([
            "control": context([
                "no": control.number, "title": control.title(in: frame.language), "iso": control.iso,
                "categoryName": control.category.name(in: frame.language), "summary": control.summary(in: frame.language),
                "href": page.link(SitePaths.catalogue(table.id)) + "#c-\(control.number)",
            ]),
            "table": context(["title": table.title(in: frame.language), "href": page.link(SitePaths.catalogue(table.id))]),
            "procedures": procedures,
            "entryCount": entryCount,
            "indexHref": page.link(SitePaths.knowledge),
        ]), breadcrumbs: [(frame.t("navHome"), SitePaths.home), (frame.t("knowledgeTitle"), SitePaths.knowledge), (title, nil)],
            searchControls: [control.number])
    }

    func procedurePage(table: ControlTable, control: Control, procedure: Procedure, number: Int) throws(BuildError) -> RenderedFile? {
        let total = base.count(table: table, procedure: procedure.id)
        let pageCount = KnowledgeBase.procedurePages(count: total)
        guard (1...max(1, pageCount)).contains(number), pageCount > 0 else { return nil }
        let id = { (number: Int) in KnowledgePageID.procedure(table: table.id, procedure: procedure.id, page: number).path }
        let page = PagePath(id(number))
        let first = (number - 1) * KnowledgeBase.pageSize
        let slice = base.entries(table: table, procedure: procedure.id, range: first..<min(total, first + KnowledgeBase.pageSize))
        let controlPath = SitePaths.knowledge(table: table.id, control: control.number)
        let title = "\(procedure.id) \(procedure.text(in: frame.language))"
        let pageLabel = frame.t("knowledgePageOf", ["from": String(first + 1), "to": String(first + slice.count), "n": String(total)])
        return try frame.render(path: page.path, kind: "knowledge", title: pageCount > 1 ? "\(title) (\(number)/\(pageCount))" : title,
                                template: "knowledge-procedure", values: context([
            "procedure": context(["id": procedure.id.description, "text": procedure.text(in: frame.language)]),
            "control": context(["no": control.number, "title": control.title(in: frame.language), "href": page.link(controlPath)]),
            "entries": entryValues(slice, from: page),
            "entryCount": total,
            "pageLabel": pageLabel,
            "hasPager": pageCount > 1,
            "pager": (1...pageCount).map { context(["number": $0, "href": page.link(id($0)), "current": $0 == number]) },
            "previousHref": number > 1 ? page.link(id(number - 1)) : nil,
            "nextHref": number < pageCount ? page.link(id(number + 1)) : nil,
            "indexHref": page.link(SitePaths.knowledge),
        ]), breadcrumbs: [(frame.t("navHome"), SitePaths.home), (frame.t("knowledgeTitle"), SitePaths.knowledge),
                          ("\(control.number). \(control.title(in: frame.language))", controlPath), (procedure.id.description, nil)],
            searchControls: [control.number])
    }
}
