import WorkshopModel

/// Every kind of file the site has, declared once (`PageDeclaration`): the
/// full build, the rebuild of the pages an edit affects, the sitemap and the
/// paths the dev server announces all come from here. A new page kind is a
/// case of `PageKind` (the compiler then asks for its declaration below)
/// plus the type that renders it.
enum PageRegistry {
    static func declaration(of kind: PageKind) -> PageDeclaration {
        switch kind {
        // MARK: An event's pages
        case .event:
            .perEvent(once(shows: .eventWorksheets, path: SitePaths.event) { scope throws(BuildError) in
                try EventPage(frame: scope.frame, event: scope.event, aggregates: scope.aggregates).render()
            })
        case .seminar:
            .perEvent(EventPageDeclaration(
                shows: .fullBuildOnly,
                ids: { SeminarPages(frame: $0.frame, event: $0.event).ids },
                path: { SeminarPages.path(event: $0, id: $1) },
                render: { id, scope throws(BuildError) in try SeminarPages(frame: scope.frame, event: scope.event).render(id: id) }))
        case .worksheets:
            .perEvent(once(shows: .eventWorksheets, path: SitePaths.worksheets, when: { $0.frame.options.audience.isFacilitator }) { scope throws(BuildError) in
                try WorksheetPages(frame: scope.frame, event: scope.event).index()
            })
        case .worksheet:
            .perEvent(EventPageDeclaration(
                shows: .ownWorksheet,
                ids: { $0.frame.options.audience.isFacilitator ? $0.event.worksheets.map(\.participant).withoutRepeats : [] },
                path: SitePaths.worksheet,
                render: { id, scope throws(BuildError) in
                    // The last one, as a full build wrote them in turn (two with one pseudonym are an error).
                    guard scope.frame.options.audience.isFacilitator, let sheet = scope.event.worksheets.last(where: { $0.participant == id }) else { return nil }
                    return try WorksheetPages(frame: scope.frame, event: scope.event).render(sheet)
                }))
        case .group:
            .perEvent(groupPages(shows: .groupMembers, path: SitePaths.group) { pages, sheet throws(BuildError) in try pages.page(sheet) })
        case .groupPresent:
            .perEvent(groupPages(shows: .groupMembers, path: SitePaths.groupPresent) { pages, sheet throws(BuildError) in try pages.present(sheet) })
        case .groupPrint:
            .perEvent(groupPages(shows: .groupMembers, path: SitePaths.groupPrint) { pages, sheet throws(BuildError) in try pages.print(sheet) })
        case .groupsPrint:
            .perEvent(once(shows: .eventWorksheets, path: SitePaths.groupsPrint, when: { !$0.event.groupSheets.isEmpty }) { scope throws(BuildError) in
                try GroupPages(frame: scope.frame, event: scope.event).printAll()
            })
        case .report:
            .perEvent(once(shows: .publishedWork, path: SitePaths.report) { scope throws(BuildError) in
                try ReportPage(frame: scope.frame, event: scope.event).render()
            })
        case .aggregates:
            .perEvent(once(shows: .eventWorksheets, path: SitePaths.aggregates) { scope throws(BuildError) in
                try AggregatesPage(frame: scope.frame, event: scope.event, aggregates: scope.aggregates).render()
            })
        case .eventJSON:
            .perEvent(once(shows: .eventWorksheets, path: SitePaths.eventJSON) { scope in
                EventExport(event: scope.event, aggregates: scope.aggregates, audience: scope.frame.options.audience).file()
            })
        case .proceduresCSV:
            .perEvent(once(shows: .eventWorksheets, path: SitePaths.proceduresCSV) { scope in
                let frame = scope.frame
                return ProceduresCSV(event: scope.event, table: frame.controlTable(of: scope.event), catalogue: frame.threatCatalogue(of: scope.event),
                                     audience: frame.options.audience, language: frame.language).file()
            })
        case .fill:
            .perEvent(once(shows: .fullBuildOnly, path: SitePaths.fill,
                           when: { FillPage.isOffered(theme: $0.frame.theme, audience: $0.frame.options.audience) }) { scope throws(BuildError) in
                try FillPage(frame: scope.frame, event: scope.event, collect: scope.frame.options.collectSubmissions).render()
            })
        case .groupFill:
            // One per group of event.yaml, sheet or not. It shows the group's worksheets, so a member's
            // submission rebuilds it; a group sheet (like event.yaml) changes through a full build.
            .perEvent(EventPageDeclaration(
                shows: .groupMembers,
                ids: { scope in
                    GroupFillPage.isOffered(theme: scope.frame.theme, audience: scope.frame.options.audience)
                        ? scope.event.groups.map(\.id).withoutRepeats : []
                },
                path: SitePaths.groupFill,
                render: { id, scope throws(BuildError) in
                    guard let group = scope.event.group(id) else { return nil }
                    return try GroupFillPage(frame: scope.frame, event: scope.event, group: group,
                                             collect: scope.frame.options.collectSubmissions).render()
                }))
        case .photo:
            .perEvent(EventPageDeclaration(
                shows: .fullBuildOnly,
                ids: { PhotoFigures(frame: $0.frame, event: $0.event).fileNames },
                path: { PhotoFigures.folder($0) + $1 },
                render: { id, scope in PhotoFigures(frame: scope.frame, event: scope.event).file(named: id) }))
        case .photoReview:
            .perEvent(once(shows: .fullBuildOnly, path: PhotoReviewPage.path,
                           when: { $0.frame.options.audience.isFacilitator && !$0.event.photos.isEmpty }) { scope throws(BuildError) in
                try PhotoReviewPage(frame: scope.frame, event: scope.event).render()
            })

        // MARK: Site-wide pages
        case .home:
            .sitewide(SitePageDeclaration(
                shows: .allWorksheets, ids: { _ in [""] }, path: { _ in SitePaths.home },
                render: { _, scope throws(BuildError) in try HomePage(frame: scope.frame, aggregates: scope.aggregates).render() }))
        case .catalogue:
            .sitewide(SitePageDeclaration(
                shows: .catalogueSeries,
                ids: { ($0.frame.content.threatCatalogues.map(\.id) + $0.frame.content.controlTables.map(\.id)).withoutRepeats },
                path: SitePaths.catalogue,
                render: { id, scope throws(BuildError) in
                    let pages = CataloguePages(frame: scope.frame, aggregates: scope.aggregates, knowledge: scope.knowledge)
                    // A control table and a threat catalogue with one id share the path; the table is written last.
                    if let table = scope.frame.content.controlTable(id) { return try pages.controls(table) }
                    return try scope.frame.content.threatCatalogue(id).map { catalogue throws(BuildError) in try pages.threats(catalogue) }
                }))
        case .knowledge:
            .sitewide(SitePageDeclaration(
                shows: .publishedEverywhere,
                ids: { $0.knowledge.pages.map(\.id) },
                path: { KnowledgePageID(id: $0)?.path ?? SitePaths.knowledge },
                render: { id, scope throws(BuildError) in
                    try KnowledgePages(frame: scope.frame, base: scope.knowledge).render(id: id)
                }))
        case .series:
            // Counts of every event: a worksheet edit re-sums the events' summaries (cheap), never re-reads a worksheet.
            .sitewide(SitePageDeclaration(
                shows: .allWorksheets, ids: { _ in [""] }, path: { _ in SitePaths.series },
                render: { _, scope throws(BuildError) in
                    try SeriesPage(frame: scope.frame, index: scope.series, summaries: scope.summaries).render()
                }))
        case .notFound:
            .sitewide(SitePageDeclaration(
                shows: .fullBuildOnly, ids: { _ in [""] }, path: { _ in SitePaths.notFound },
                render: { _, scope throws(BuildError) in try NotFoundPage(frame: scope.frame).render() }))
        case .problems:
            .sitewide(SitePageDeclaration(
                shows: .findings, ids: { $0.frame.hasProblemsPage ? [""] : [] }, path: { _ in SitePaths.problems },
                render: { _, scope throws(BuildError) in
                    guard scope.frame.hasProblemsPage else { return nil }
                    return try ProblemsPage(frame: scope.frame, findings: scope.findings, leftOut: scope.leftOut).render()
                }))
        case .search:
            .sitewide(SitePageDeclaration(
                shows: .fullBuildOnly, ids: { _ in [""] }, path: { _ in SitePaths.search },
                render: { _, scope throws(BuildError) in try SearchPage(frame: scope.frame).render() }))
        case .asset:
            .sitewide(SitePageDeclaration(
                shows: .fullBuildOnly, ids: { $0.frame.theme.assets.keys.sorted() }, path: { "assets/" + $0 },
                render: { id, scope in scope.frame.theme.assets[id].map { RenderedFile(path: "assets/" + id, contents: $0) } }))

        // MARK: Files made otherwise
        // The search index is Pagefind's, written over the output after render (WorkshopBuild's `SearchIndexStep`).
        case .sitemap, .pdf, .searchIndex, .other:
            .madeElsewhere
        }
    }

    /// The kinds every event has, in the order a build renders them.
    static let eventKinds: [(kind: PageKind, declaration: EventPageDeclaration)] = PageKind.allCases.compactMap { kind in
        if case .perEvent(let declaration) = declaration(of: kind) { return (kind, declaration) }
        return nil
    }

    /// The site-wide kinds, in the order a build renders them.
    static let sitewideKinds: [(kind: PageKind, declaration: SitePageDeclaration)] = PageKind.allCases.compactMap { kind in
        if case .sitewide(let declaration) = declaration(of: kind) { return (kind, declaration) }
        return nil
    }

    // MARK: -

    /// A page an event has once (id `""`), when `when` holds.
    private static func once(shows: PageInput, path: @escaping @Sendable (String) -> String,
                             when exists: @escaping @Sendable (EventScope) -> Bool = { _ in true },
                             render: @escaping @Sendable (EventScope) throws(BuildError) -> RenderedFile?) -> EventPageDeclaration {
        EventPageDeclaration(
            shows: shows,
            ids: { exists($0) ? [""] : [] },
            path: { slug, _ in path(slug) },
            render: { id, scope throws(BuildError) in
                guard id.isEmpty, exists(scope) else { return nil }
                return try render(scope)
            })
    }

    /// A page per group sheet of the event (id: the group).
    private static func groupPages(shows: PageInput, path: @escaping @Sendable (String, String) -> String,
                                   render: @escaping @Sendable (GroupPages, GroupSheet) throws(BuildError) -> RenderedFile) -> EventPageDeclaration {
        EventPageDeclaration(
            shows: shows,
            ids: { $0.event.groupSheets.map(\.group).withoutRepeats },
            path: path,
            render: { id, scope throws(BuildError) in
                guard let sheet = scope.event.groupSheets.last(where: { $0.group == id }) else { return nil }
                return try render(GroupPages(frame: scope.frame, event: scope.event), sheet)
            })
    }
}
