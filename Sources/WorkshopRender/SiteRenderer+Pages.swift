import Foundation
import WorkshopModel

/// What `SiteRenderer` prepares before rendering (audience-filtered content,
/// template library, aggregates of every event), kept between rebuilds so a
/// change to one event recomputes only that event's part.
public struct PreparedSite: Sendable {
    var prepared: SiteRenderer.Prepared

    /// Whether the pages link a problems page (it changes every page's navigation).
    public var hasProblemsPage: Bool { prepared.frame.hasProblemsPage }
}

extension SiteRenderer {
    /// Filters the content, parses the templates and adds up every event.
    public func prepareSite(content: Content, findings: [Finding] = [], leftOutFiles: [String] = []) throws(BuildError) -> PreparedSite {
        PreparedSite(prepared: try prepare(content: content, findings: findings, leftOutFiles: leftOutFiles))
    }

    /// Whether a site with these findings has a problems page.
    public func hasProblemsPage(findings: [Finding], leftOutFiles: [String] = []) -> Bool {
        showsProblems(findings: findings, leftOutFiles: leftOutFiles)
    }

    /// Every file of the site from a prepared site: the same files as `render(content:findings:leftOutFiles:)`.
    public func render(_ site: PreparedSite, findings: [Finding] = [], leftOutFiles: [String] = []) throws(BuildError) -> [RenderedFile] {
        var files: [RenderedFile] = []
        try render(site, findings: findings, leftOutFiles: leftOutFiles) { files += $0 }
        return files
    }

    /// Every file of the site, handed to `emit` as soon as it is rendered (a
    /// few events at a time, rendered on all cores; then the site-wide pages
    /// and the sitemap), so that a build writing as it goes never holds the
    /// whole site in memory. The same files, in the same order, as `render(_:findings:leftOutFiles:)`.
    public func render(_ site: PreparedSite, findings: [Finding] = [], leftOutFiles: [String] = [],
                       into emit: (_ files: [RenderedFile]) throws(BuildError) -> Void) throws(BuildError) {
        let prepared = site.prepared
        let events = prepared.frame.content.events
        let batch = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var paths: [String] = []
        var start = 0
        while start < events.count {
            let chunk = Array(events[start..<min(events.count, start + batch)])
            start += batch
            let perEvent = chunk.concurrentMap { event -> Result<[RenderedFile], BuildError> in
                do throws(BuildError) { return .success(try renderEvent(event, prepared: prepared)) } catch { return .failure(error) }
            }
            for result in perEvent {
                let files = try result.get()
                paths += files.map(\.path)
                try emit(files)
            }
        }
        try renderSitewide(prepared: prepared, findings: findings, leftOutFiles: leftOutFiles) { files throws(BuildError) in
            paths += files.map(\.path)
            try emit(files)
        }
        try emit([sitemap(paths: paths, site: site)])
    }

    /// The prepared site with `event` (unfiltered, as in the content) put in
    /// place of the event with its slug: its visible version and its aggregates.
    public func replacing(_ event: Event, in site: PreparedSite) -> PreparedSite {
        var site = site
        let filter = AudienceFilter(audience: options.audience)
        let visible = filter.filter(event)
        if let index = site.prepared.frame.content.events.firstIndex(where: { $0.slug == event.slug }) {
            site.prepared.frame.content.events[index] = visible
        }
        site.prepared.aggregates[event.slug] = Aggregates(countsFrom: event, textsFrom: visible)
        site.prepared.summaries[event.slug] = SeriesSummary(event: visible, index: site.prepared.series)
        site.prepared.knowledge = KnowledgeBase(content: site.prepared.frame.content, aggregates: site.prepared.aggregates)
        return site
    }

    /// The files of `pages`, byte for byte as a full render gives them.
    /// Pages that do not exist in this site (an unknown event, a group
    /// without a sheet, worksheets in the public audience) give no file.
    public func render(_ pages: [SitePage], of site: PreparedSite, findings: [Finding] = [], leftOutFiles: [String] = []) throws(BuildError) -> [RenderedFile] {
        // Pages render on all cores (each depends only on the prepared site), in the order given.
        let prepared = site.prepared
        let results = pages.concurrentMap { page -> Result<[RenderedFile], BuildError> in
            do throws(BuildError) {
                return .success(try render(page, of: prepared, findings: findings, leftOutFiles: leftOutFiles))
            } catch { return .failure(error) }
        }
        var files: [RenderedFile] = []
        for result in results { files += try result.get() }
        return files
    }

    /// `sitemap.xml` for a site whose files are at `paths`.
    public func sitemap(paths: [String], site: PreparedSite) -> RenderedFile {
        Sitemap(baseURL: sitemapBase(site.prepared.frame.content)).file(for: paths)
    }

    /// Where a worksheet's page is written (relative to the output folder).
    public static func worksheetPagePath(event slug: String, participant: String) -> String {
        SitePaths.worksheet(slug, participant)
    }

    /// Every page of the site that shows something `change` changed
    /// (`PageInput`), in build order; `site` is the site after the change.
    public func pages(affectedBy change: SiteChange, in site: PreparedSite) -> [SitePage] {
        let prepared = site.prepared
        let content = prepared.frame.content
        var pages: [SitePage] = []
        for slug in change.worksheets.map(\.event).withoutRepeats {
            guard let event = content.event(slug) else { continue }
            let scope = eventScope(event, prepared: prepared)
            for (kind, declaration) in PageRegistry.eventKinds {
                for id in declaration.ids(scope) where declaration.shows.isAffected(id: id, in: event, by: change, content: content) {
                    pages.append(SitePage(kind, event: slug, id: id))
                }
            }
        }
        let scope = siteScope(prepared, findings: [], leftOutFiles: [])
        for (kind, declaration) in PageRegistry.sitewideKinds {
            for id in declaration.ids(scope) where declaration.shows.isAffected(id: id, in: nil, by: change, content: content) {
                pages.append(SitePage(kind, id: id))
            }
        }
        return pages
    }

    /// The site-wide pages of `site` (home, catalogues, series report,
    /// knowledge base, search page, …), in build order.
    public func sitewidePages(in site: PreparedSite) -> [SitePage] {
        let scope = siteScope(site.prepared, findings: [], leftOutFiles: [])
        return PageRegistry.sitewideKinds.flatMap { kind, declaration in declaration.ids(scope).map { SitePage(kind, id: $0) } }
    }

    /// The paths of the pages of `events`, and of the site-wide pages, that
    /// `before` had and `after` has not (a renamed or deleted participant's
    /// page, a knowledge base page whose last published obstacle went): a rebuild removes them.
    public func pathsRemoved(from before: PreparedSite, to after: PreparedSite, events: Set<String>) -> [String] {
        func paths(_ site: PreparedSite) -> Set<String> {
            var paths = Set<String>()
            for slug in events {
                guard let event = site.prepared.frame.content.event(slug) else { continue }
                paths.formUnion(eventPagePaths(event, prepared: site.prepared))
            }
            // Site-wide pages whose existence a worksheet edit can change (the problems page and the assets come and go otherwise).
            let scope = siteScope(site.prepared, findings: [], leftOutFiles: [])
            for (kind, declaration) in PageRegistry.sitewideKinds where kind != .problems && kind != .asset {
                for id in declaration.ids(scope) { paths.insert(declaration.path(id)) }
            }
            return paths
        }
        return paths(before).subtracting(paths(after)).sorted()
    }

    private func render(_ page: SitePage, of prepared: Prepared, findings: [Finding], leftOutFiles: [String]) throws(BuildError) -> [RenderedFile] {
        switch PageRegistry.declaration(of: page.kind) {
        case .perEvent(let declaration):
            guard let slug = page.event, let event = prepared.frame.content.event(slug) else { return [] }
            return try declaration.render(page.id, eventScope(event, prepared: prepared)).map { [$0] } ?? []
        case .sitewide(let declaration):
            return try declaration.render(page.id, siteScope(prepared, findings: findings, leftOutFiles: leftOutFiles)).map { [$0] } ?? []
        case .madeElsewhere:
            return []
        }
    }
}
