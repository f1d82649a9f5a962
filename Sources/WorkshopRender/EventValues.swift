import WorkshopModel

/// Values about an event that many pages show (hero, meta, catalogue links).
extension PageFrame {
    func threatCatalogue(of event: Event) -> ThreatCatalogue? { content.threatCatalogue(event.threatCatalogueID) }
    func controlTable(of event: Event) -> ControlTable? { content.controlTable(event.controlTableID) }

    func threatTitle(_ id: Int, in event: Event) -> String { threatCatalogue(of: event)?.threat(id)?.title(in: language) ?? "" }

    /// A threat reference for templates: id, title and the catalogue anchor.
    func threatValues(_ id: Int, in event: Event, from page: PagePath) -> PageContext {
        context([
            "id": id, "title": threatTitle(id, in: event),
            "href": content.threatCatalogue(event.threatCatalogueID) == nil ? nil : page.link(SitePaths.catalogue(event.threatCatalogueID) + "#t-\(id)"),
        ])
    }

    /// A procedure reference for templates: id, catalogue text and the control table anchor.
    func procedureValues(_ id: ProcedureID, in event: Event, from page: PagePath) -> PageContext {
        let table = controlTable(of: event)
        return context([
            "id": id.description,
            "anchor": id.anchor,
            "text": table?.procedure(id)?.text(in: language),
            "controlTitle": table?.control(id.control)?.title(in: language),
            "href": table == nil ? nil : page.link(SitePaths.catalogue(event.controlTableID) + "#\(id.anchor)"),
        ])
    }

    /// Title, programme, number, date, time, venue, access.
    func eventValues(_ event: Event, from page: PagePath) -> PageContext {
        context([
            "slug": event.slug,
            "title": event.title,
            "programme": event.programme.isEmpty ? content.site.programme : event.programme,
            "number": event.number,
            "date": date(event.date),
            "isoDate": event.date?.description,
            "eraDate": language == .ja ? event.date.flatMap(JapaneseEra.format) : nil,
            "time": event.time,
            "venue": event.venue,
            "access": event.access,
            "themeTitle": event.themeTitle,
            "summaryHTML": event.summary.isEmpty ? nil : summaryHTML[event.summary] ?? Markup.article(event.summary),
            "href": page.link(SitePaths.event(event.slug)),
            "reportHref": page.link(SitePaths.report(event.slug)),
            "aggregatesHref": page.link(SitePaths.aggregates(event.slug)),
            "schedule": event.schedule.map { context(["time": $0.time, "title": $0.title]) },
            "next": event.next.map { nextValues($0, from: page) },
        ])
    }

    /// The next session; `href` links its event page when the series already has it.
    func nextValues(_ next: NextSession, from page: PagePath) -> PageContext {
        let known = next.date.flatMap { date in content.events.first { $0.date == date } }
        return context(["date": date(next.date), "time": next.time, "venue": next.venue,
                        "title": next.title.isEmpty ? known?.title : next.title,
                        "href": known.map { page.link(SitePaths.event($0.slug)) }])
    }

    /// The group's name as event.yaml gives it (its id when it has none).
    func groupName(_ id: String, in event: Event) -> String {
        let name = event.group(id)?.name ?? ""
        return name.isEmpty ? id : name
    }

    /// The group as headings and links name it: 「グループA: 卸業・製造業グループ」;
    /// 「グループA」 when it has no name of its own; the name alone when it
    /// already names the id (「Aチーム」, "Group A", 「第1グループ」), so
    /// nothing reads "Group A: Group A".
    func groupTitle(_ id: String, in event: Event) -> String {
        let name = event.group(id)?.name ?? ""
        if let known = groupTitles[event.slug]?[id], known.name == name { return known.title }
        return Self.groupTitle(id: id, name: name, strings: strings)
    }

    static func groupTitle(id: String, name: String, strings: [String: String]) -> String {
        switch GroupTitle.form(name: name, id: id) {
        case .idAlone: return text("groupTitleBare", ["id": id], in: strings)
        case .nameAlone: return name
        case .both: return text("groupTitle", ["id": id, "name": name], in: strings)
        }
    }
}
