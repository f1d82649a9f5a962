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
    /// Set by `serve`: the group forms remember their members' JSON between rebuilds.
    public var groupFormMemory: GroupFormMemory?

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
        for event in prepared.frame.content.events { pages += eventPagePaths(event, prepared: prepared) }
        files.append(Sitemap(baseURL: sitemapBase(content)).file(for: pages))
        return files
    }

    // MARK: -

    struct Prepared {
        var frame: PageFrame
        var aggregates: [String: Aggregates]
        /// The series report's rows, and each event's summary from its visible version (`SeriesSummary`).
        var series = SeriesIndex()
        var summaries: [String: SeriesSummary] = [:]
        /// The knowledge base's entries by table and procedure, from the aggregates.
        var knowledge: KnowledgeBase
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
        frame.groupFormMemory = groupFormMemory
        let series = SeriesIndex(content: visible)
        let summaries = visible.events.concurrentMap { SeriesSummary(event: $0, index: series) }
        return Prepared(frame: frame, aggregates: aggregates, series: series,
                        summaries: Dictionary(zip(visible.events.map(\.slug), summaries), uniquingKeysWith: { _, b in b }),
                        knowledge: KnowledgeBase(content: visible, aggregates: aggregates))
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

    func eventScope(_ event: Event, prepared: Prepared) -> EventScope {
        EventScope(frame: prepared.frame, event: event, aggregates: prepared.aggregates[event.slug] ?? Aggregates())
    }

    func siteScope(_ prepared: Prepared, findings: [Finding], leftOutFiles: [String]) -> SiteScope {
        SiteScope(frame: prepared.frame, aggregates: prepared.aggregates, series: prepared.series, summaries: prepared.summaries,
                  knowledge: prepared.knowledge, findings: findings, leftOut: leftOutFiles)
    }

    /// Every file of one event, kind by kind (`PageRegistry`).
    func renderEvent(_ event: Event, prepared: Prepared) throws(BuildError) -> [RenderedFile] {
        let scope = eventScope(event, prepared: prepared)
        var files: [RenderedFile] = []
        for (_, declaration) in PageRegistry.eventKinds {
            for id in declaration.ids(scope) {
                if let file = try declaration.render(id, scope) { files.append(file) }
            }
        }
        return files
    }

    /// The pages an event has, kind by kind.
    func eventPages(_ event: Event, prepared: Prepared) -> [SitePage] {
        let scope = eventScope(event, prepared: prepared)
        return PageRegistry.eventKinds.flatMap { kind, declaration in
            declaration.ids(scope).map { SitePage(kind, event: event.slug, id: $0) }
        }
    }

    /// The paths an event's files are written to.
    func eventPagePaths(_ event: Event, prepared: Prepared) -> [String] {
        eventPages(event, prepared: prepared).compactMap { path(of: $0) }
    }

    /// Where `page` is written (nil for a kind not rendered from content).
    func path(of page: SitePage) -> String? {
        switch PageRegistry.declaration(of: page.kind) {
        case .perEvent(let declaration): page.event.map { declaration.path($0, page.id) }
        case .sitewide(let declaration): declaration.path(page.id)
        case .madeElsewhere: nil
        }
    }

    func renderSitewide(prepared: Prepared, findings: [Finding], leftOutFiles: [String]) throws(BuildError) -> [RenderedFile] {
        var files: [RenderedFile] = []
        try renderSitewide(prepared: prepared, findings: findings, leftOutFiles: leftOutFiles) { files += $0 }
        return files
    }

    /// The site-wide files, handed to `emit` a kind at a time (the knowledge
    /// base of a long series is hundreds of pages: they are not all held at once).
    func renderSitewide(prepared: Prepared, findings: [Finding], leftOutFiles: [String],
                        into emit: (_ files: [RenderedFile]) throws(BuildError) -> Void) throws(BuildError) {
        let scope = siteScope(prepared, findings: findings, leftOutFiles: leftOutFiles)
        for (_, declaration) in PageRegistry.sitewideKinds {
            var files: [RenderedFile] = []
            for id in declaration.ids(scope) {
                if let file = try declaration.render(id, scope) { files.append(file) }
                if files.count >= 32 {
                    try emit(files)
                    files.removeAll(keepingCapacity: true)
                }
            }
            if !files.isEmpty { try emit(files) }
        }
    }
}
