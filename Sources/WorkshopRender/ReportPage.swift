import WorkshopModel

/// The event report (開催レポート), modelled on the programme's published
/// reports: overview, date and venue, timetable, seminar, voices, how the
/// workshop ran, the published group presentations, hints, the next session,
/// contact, and the catalogues as appendix. Printable on A4.
struct ReportPage {
    var frame: PageFrame
    var event: Event

    func render() throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.report(event.slug))
        let slug = event.slug
        let seminar = event.seminarPages.sorted { ($0.slug == "seminar" ? -1 : $0.order) < ($1.slug == "seminar" ? -1 : $1.order) }.map { s in
            context([
                "title": s.title, "speaker": s.speaker, "summary": s.summary,
                "href": page.link(s.slug == "seminar" ? SitePaths.seminar(slug) : SitePaths.seminarPage(slug, s.slug)),
            ])
        }
        let voices = event.voices.categories.filter { !$0.items.isEmpty }.map { category in
            context(["key": category.key, "title": category.title(in: frame.language), "items": category.items])
        }
        // Only published group sheets appear in the report, whatever the audience.
        let groups = event.groupSheets.filter(\.publish).map { frame.groupValues($0, in: event, from: page) }
        let hints = event.groupSheets.filter(\.publish).compactMap { sheet -> PageContext? in
            guard let hint = sheet.hint, !hint.isBlank else { return nil }
            return context(["group": frame.groupTitle(sheet.group, in: event), "textHTML": Markup.inline(hint)])
        }
        let excluded = event.excludedThreats.map { frame.threatValues($0, in: event, from: page) }
        let threats = frame.threatCatalogue(of: event).map { catalogue in
            context([
                "title": catalogue.title(in: frame.language), "href": page.link(SitePaths.catalogue(catalogue.id)),
                "items": catalogue.threats.map { threat in
                    context(["id": threat.id, "title": threat.title(in: frame.language), "summary": threat.summary(in: frame.language), "excluded": event.excludedThreats.contains(threat.id)])
                },
            ])
        }
        let controls = frame.controlTable(of: event).map { table in
            context([
                "title": table.title(in: frame.language), "href": page.link(SitePaths.catalogue(table.id)),
                "items": table.controls.map { control in
                    context([
                        "no": control.number, "categoryName": control.category.name(in: frame.language), "category": control.category.rawValue,
                        "iso": control.iso, "title": control.title(in: frame.language), "summary": control.summary(in: frame.language),
                        "procedures": control.procedures.map { context(["id": $0.id.description, "text": $0.text(in: frame.language)]) },
                    ])
                },
            ])
        }
        let themes = WorkshopModel.Theme.allCases.map { theme in
            context([
                "number": theme.rawValue,
                "mark": ["①", "②", "③"][theme.rawValue - 1],
                "title": frame.t("theme\(theme.rawValue)Title"),
                "individual": frame.t("theme\(theme.rawValue)Individual"),
                "group": frame.t("theme\(theme.rawValue)Group"),
            ])
        }
        let photos = PhotoFigures(frame: frame, event: event).sections(from: page)
        let title = frame.t("reportTitle", ["event": event.title])
        return try frame.render(path: page.path, kind: "report", title: title, template: "report", values: context([
            "event": frame.eventValues(event, from: page),
            "reportTitle": title,
            "themeLevel": 4,
            "seminarPages": seminar,
            "voices": voices,
            "themes": themes,
            "excluded": excluded,
            "groups": groups,
            "hints": hints,
            "threatCatalogue": threats,
            "controlTable": controls,
            "seminarPhotos": photos.seminar,
            "workshopPhotos": photos.workshop,
            "otherPhotos": photos.others,
        ]), breadcrumbs: [(frame.t("navHome"), SitePaths.home), (event.title, SitePaths.event(slug)), (frame.t("navReport"), nil)], event: event,
            searchControls: event.groupSheets.filter(\.publish).flatMap { $0.commonProcedures.compactMap { $0.procedure.id?.control } })
    }
}
