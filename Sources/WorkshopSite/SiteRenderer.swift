import Foundation
import WorkshopModel
import WorkshopPhotos

/// Turns checked content into the site's files, in memory. Pure: reads no
/// files and writes none (the theme is already loaded). The content is
/// filtered for the audience first; nothing a page shows comes from outside
/// the filtered content, except counts.
public struct SiteRenderer: Sendable {
    public var theme: SiteTheme
    public var options: BuildOptions
    /// The photos processed for this audience (`PhotoProcessor`); the renderer only places them.
    public var photos = PhotoAlbum()
    /// When set, records the keys every template is given (docs/themes.md's test).
    public var valueLog: TemplateValueLog?

    public init(theme: SiteTheme, options: BuildOptions) {
        self.theme = theme
        self.options = options
    }

    /// Every file of the site: pages, exports, assets, sitemap.
    public func render(content: Content, findings: [Finding] = [], leftOutFiles: [String] = []) throws(BuildError) -> [RenderedFile] {
        try render(prepareSite(content: content, findings: findings, leftOutFiles: leftOutFiles), findings: findings, leftOutFiles: leftOutFiles)
    }

    /// The files of one event (its slug as in `content`), for a rebuild after a change in it.
    public func renderEvent(_ slug: String, content: Content, findings: [Finding] = []) throws(BuildError) -> [RenderedFile] {
        let prepared = try prepare(content: content, findings: findings, leftOutFiles: [])
        guard let event = prepared.frame.content.event(slug) else { return [] }
        return try renderEvent(event, prepared: prepared)
    }

    /// The files that are not about one event: home, catalogues, 404, problems, assets, sitemap.
    public func renderSitewide(content: Content, findings: [Finding] = [], leftOutFiles: [String] = []) throws(BuildError) -> [RenderedFile] {
        let prepared = try prepare(content: content, findings: findings, leftOutFiles: leftOutFiles)
        var files = try renderSitewide(prepared: prepared, findings: findings, leftOutFiles: leftOutFiles)
        var pages = files.map(\.path)
        for event in prepared.frame.content.events { pages += eventPagePaths(event) }
        files.append(Sitemap(baseURL: sitemapBase(content)).file(for: pages))
        return files
    }

    // MARK: -

    struct Prepared {
        var frame: PageFrame
        var aggregates: [String: Aggregates]
    }

    func prepare(content: Content, findings: [Finding], leftOutFiles: [String]) throws(BuildError) -> Prepared {
        let filter = AudienceFilter(audience: options.audience)
        let visible = filter.apply(to: content)
        var aggregates: [String: Aggregates] = [:]
        for event in content.events {
            aggregates[event.slug] = Aggregates(countsFrom: event, textsFrom: filter.filter(event))
        }
        var frame = PageFrame(theme: theme, library: try theme.library(), options: options, content: visible,
                              strings: theme.strings(for: content.site.language),
                              hasProblemsPage: showsProblems(findings: findings, leftOutFiles: leftOutFiles))
        frame.photos = photos
        frame.valueLog = valueLog
        return Prepared(frame: frame, aggregates: aggregates)
    }

    func showsProblems(findings: [Finding], leftOutFiles: [String]) -> Bool {
        options.audience.isFacilitator && (!findings.isEmpty || !leftOutFiles.isEmpty)
    }

    func sitemapBase(_ content: Content) -> String? {
        if let base = options.normalizedBaseURL { return base }
        let site = content.site.baseURL
        guard site.hasPrefix("http://") || site.hasPrefix("https://") else { return nil }
        return site.hasSuffix("/") ? site : site + "/"
    }

    func renderEvent(_ event: Event, prepared: Prepared) throws(BuildError) -> [RenderedFile] {
        let frame = prepared.frame
        let aggregates = prepared.aggregates[event.slug] ?? Aggregates()
        var files: [RenderedFile] = []
        files.append(try EventPage(frame: frame, event: event, aggregates: aggregates).render())
        files += try SeminarPages(frame: frame, event: event).render()
        files += try WorksheetPages(frame: frame, event: event).render()
        files += try GroupPages(frame: frame, event: event).render()
        files.append(try ReportPage(frame: frame, event: event).render())
        files += PhotoFigures(frame: frame, event: event).files()
        if let review = try PhotoReviewPage(frame: frame, event: event).render() { files.append(review) }
        files.append(try AggregatesPage(frame: frame, event: event, aggregates: aggregates).render())
        if let fill = try FillPage(frame: frame, event: event, collect: options.collectSubmissions).render() { files.append(fill) }
        files.append(EventExport(event: event, aggregates: aggregates, audience: options.audience).file())
        files.append(ProceduresCSV(event: event, table: frame.controlTable(of: event), catalogue: frame.threatCatalogue(of: event),
                                   audience: options.audience, language: frame.language).file())
        return files
    }

    /// The HTML paths an event renders to (for the sitemap of a partial rebuild).
    func eventPagePaths(_ event: Event) -> [String] {
        var paths = [SitePaths.event(event.slug), SitePaths.report(event.slug), SitePaths.aggregates(event.slug)]
        if !event.seminarPages.isEmpty {
            paths.append(SitePaths.seminar(event.slug))
            paths += event.seminarPages.filter { $0.slug != "seminar" }.map { SitePaths.seminarPage(event.slug, $0.slug) }
        }
        if options.audience.isFacilitator {
            paths.append(SitePaths.worksheets(event.slug))
            paths += event.worksheets.map { SitePaths.worksheet(event.slug, $0.participant) }
        }
        paths += event.groupSheets.map { SitePaths.group(event.slug, $0.group) }
        if options.audience.isFacilitator && !event.photos.isEmpty { paths.append(PhotoReviewPage.path(event.slug)) }
        if FillPage.isOffered(theme: theme, audience: options.audience) { paths.append(SitePaths.fill(event.slug)) }
        return paths
    }

    func renderSitewide(prepared: Prepared, findings: [Finding], leftOutFiles: [String]) throws(BuildError) -> [RenderedFile] {
        let frame = prepared.frame
        var files: [RenderedFile] = []
        files.append(try HomePage(frame: frame, aggregates: prepared.aggregates).render())
        files += try CataloguePages(frame: frame, aggregates: prepared.aggregates).render()
        files.append(try NotFoundPage(frame: frame).render())
        if frame.hasProblemsPage {
            files.append(try ProblemsPage(frame: frame, findings: findings, leftOut: leftOutFiles).render())
        }
        for (path, data) in theme.assets.sorted(by: { $0.key < $1.key }) {
            files.append(RenderedFile(path: "assets/" + path, contents: data))
        }
        return files
    }
}
