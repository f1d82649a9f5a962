import Foundation
import WorkshopModel

/// One page (or export) of the site, named by what it shows, so that a
/// rebuild can render only the pages a change affects.
public enum SitePage: Hashable, Sendable {
    /// A participant's worksheet page (facilitator audience only).
    case worksheet(event: String, participant: String)
    /// The event's list of worksheets (facilitator audience only).
    case worksheetIndex(event: String)
    /// The event's own page (counts, members per group).
    case event(String)
    /// A group's page, its projection mode and its print sheet (when the group has a sheet).
    case group(event: String, group: String)
    /// The page printing every group of the event.
    case groupsPrint(event: String)
    case aggregates(event: String)
    case report(event: String)
    /// `event.json` and `procedures.csv`.
    case exports(event: String)
    /// A threat catalogue or control table page (series counts).
    case catalogue(String)
    case home
    /// The problems page (only when the site has one).
    case problems
}

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
        let sitewide = try renderSitewide(prepared: prepared, findings: findings, leftOutFiles: leftOutFiles)
        paths += sitewide.map(\.path)
        try emit(sitewide)
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

    private func render(_ page: SitePage, of prepared: Prepared, findings: [Finding], leftOutFiles: [String]) throws(BuildError) -> [RenderedFile] {
        let frame = prepared.frame
        let facilitator = options.audience.isFacilitator
        func event(_ slug: String) -> Event? { frame.content.event(slug) }
        func aggregates(_ slug: String) -> Aggregates { prepared.aggregates[slug] ?? Aggregates() }
        switch page {
        case .worksheet(let slug, let participant):
            guard facilitator, let event = event(slug), let sheet = event.worksheets.first(where: { $0.participant == participant }) else { return [] }
            return [try WorksheetPages(frame: frame, event: event).render(sheet)]
        case .worksheetIndex(let slug):
            guard facilitator, let event = event(slug) else { return [] }
            return [try WorksheetPages(frame: frame, event: event).index()]
        case .event(let slug):
            guard let event = event(slug) else { return [] }
            return [try EventPage(frame: frame, event: event, aggregates: aggregates(slug)).render()]
        case .group(let slug, let group):
            guard let event = event(slug), let sheet = event.groupSheet(group) else { return [] }
            let pages = GroupPages(frame: frame, event: event)
            return [try pages.page(sheet), try pages.present(sheet), try pages.print(sheet)]
        case .groupsPrint(let slug):
            guard let event = event(slug), !event.groupSheets.isEmpty else { return [] }
            return [try GroupPages(frame: frame, event: event).printAll()]
        case .aggregates(let slug):
            guard let event = event(slug) else { return [] }
            return [try AggregatesPage(frame: frame, event: event, aggregates: aggregates(slug)).render()]
        case .report(let slug):
            guard let event = event(slug) else { return [] }
            return [try ReportPage(frame: frame, event: event).render()]
        case .exports(let slug):
            guard let event = event(slug) else { return [] }
            return [
                EventExport(event: event, aggregates: aggregates(slug), audience: options.audience).file(),
                ProceduresCSV(event: event, table: frame.controlTable(of: event), catalogue: frame.threatCatalogue(of: event),
                              audience: options.audience, language: frame.language).file(),
            ]
        case .catalogue(let id):
            let pages = CataloguePages(frame: frame, aggregates: prepared.aggregates)
            var files: [RenderedFile] = []
            if let catalogue = frame.content.threatCatalogue(id) { files.append(try pages.threats(catalogue)) }
            if let table = frame.content.controlTable(id) { files.append(try pages.controls(table)) }
            return files
        case .home:
            return [try HomePage(frame: frame, aggregates: prepared.aggregates).render()]
        case .problems:
            guard frame.hasProblemsPage else { return [] }
            return [try ProblemsPage(frame: frame, findings: findings, leftOut: leftOutFiles).render()]
        }
    }
}
