import Foundation
import WorkshopCheck
import WorkshopLoad
import WorkshopModel
import WorkshopPhotos
import WorkshopSite

/// The site the dev server keeps up to date. A full build loads, checks,
/// renders and swaps the output folder, and keeps what it prepared (filtered
/// content, templates, aggregates) and what it wrote (`OutputMirror`). A
/// change to worksheets (edited, new or deleted) re-reads only those files,
/// re-checks their event, recomputes that event's aggregates, renders only
/// the pages the change affects (`WorksheetEdit.affectedPages`) and writes
/// only the files whose bytes changed, comparing with what was last written.
/// Anything else (site.yaml, catalogues, event.yaml, group sheets, the theme,
/// an event's first or last worksheet, a problems page appearing or going)
/// falls back to a full build.
public actor IncrementalBuild {
    public struct Result: Sendable {
        /// What was rebuilt, for the terminal ("events/…/A-01.md", "full build").
        public var what: String
        public var duration: Duration
        public var filesChanged: Int
        public var incremental: Bool
        /// All findings of the content now.
        public var findings: [Finding]
        /// Set when the output could not be brought up to date (content errors, theme or write failure).
        public var failure: BuildError?
    }

    public let options: BuildOptions
    private(set) var content: Content?
    private var loadFindings: [Finding] = []
    private var checkFindings: [String: [Finding]] = [:]
    private var theme: SiteTheme?
    /// The filtered content, templates and aggregates of the last render, updated event by event.
    private var prepared: PreparedSite?
    /// The findings the rendered pages show (the problems page).
    private var renderedFindings: [Finding] = []
    /// What the output folder holds, as last written.
    private var mirror: OutputMirror
    /// False while the output folder does not match the content (after a failure).
    private var outputIsCurrent = false
    public private(set) var lastFailure: BuildError?
    /// The photos processed by the last full build (worksheet rebuilds keep them).
    private var photos = PhotoAlbum()

    public init(options: BuildOptions) {
        self.options = options
        self.mirror = OutputMirror(output: options.output)
    }

    public var currentContent: Content {
        content ?? Content(site: SiteConfig(title: "", location: SourceLocation(file: "site.yaml")))
    }

    public var findings: [Finding] {
        Finding.ordered((loadFindings + checkFindings.values.flatMap { $0 }).applyingStrict(options.strict))
    }

    /// Load, check, render and write everything.
    @discardableResult
    public func fullBuild(reason: String = "full build") -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let loaded = ContentLoader(fileSystem: .disk(root: options.root)).load()
        content = loaded.content
        loadFindings = loaded.findings
        let checker = Checker(language: loaded.content.site.language)
        checkFindings = [:]
        for event in loaded.content.events { checkFindings[event.slug] = checker.check(event: event, content: loaded.content) }
        photos = PhotoPass(options: options).album(for: loaded.content)
        loadFindings += photos.findings
        do throws(BuildError) {
            theme = try SiteTheme.load(name: options.themeName, searching: options.themeFolders)
        } catch {
            theme = nil
            return fail(error, what: reason, since: start)
        }
        return renderAll(what: reason, since: start)
    }

    /// Rebuild after `changed` (paths relative to the content root; theme paths start with `Themes/`).
    public func rebuild(changed: [String], themeChanged: Bool) -> Result {
        let worksheetPaths = changed.filter(Self.isWorksheet)
        guard !themeChanged, let known = content, theme != nil,
              !worksheetPaths.isEmpty, worksheetPaths.count == changed.count,
              worksheetPaths.allSatisfy({ known.event(Self.eventSlug(of: $0)) != nil }) else {
            return fullBuild(reason: changed.count == 1 ? changed[0] : "\(changed.count) files")
        }
        let clock = ContinuousClock()
        let start = clock.now
        let slugs = Set(worksheetPaths.map(Self.eventSlug))
        let emptyBefore = slugs.filter { known.event($0)?.worksheets.isEmpty ?? true }
        let edits = worksheetPaths.map(reread)
        // The loader expects group sheets only once an event has worksheets: its first or last one changes the findings.
        guard let content, emptyBefore == slugs.filter({ content.event($0)?.worksheets.isEmpty ?? true }) else {
            return fullBuild(reason: changed.count == 1 ? changed[0] : "\(changed.count) files")
        }
        let checker = Checker(language: content.site.language)
        for slug in slugs {
            if let event = content.event(slug) { checkFindings[slug] = checker.check(event: event, content: content) }
        }
        let what = worksheetPaths.count == 1 ? worksheetPaths[0] : "\(worksheetPaths.count) worksheets"
        let findings = self.findings
        if findings.hasErrors { return fail(.contentHasErrors(findings), what: what, since: start) }
        let renderer = theme.map { SiteRenderer(theme: $0, options: options) }
        guard outputIsCurrent, let renderer, var site = prepared,
              renderer.hasProblemsPage(findings: findings) == site.hasProblemsPage else {
            return renderAll(what: what, since: start)
        }
        do throws(BuildError) {
            for slug in slugs.sorted() {
                if let event = content.event(slug) { site = renderer.replacing(event, in: site) }
            }
            prepared = site
            var pages = edits.flatMap { $0.affectedPages(in: content) }
            if findings != renderedFindings { pages.append(.problems) }
            var files = try renderer.render(pages.withoutRepeats, of: site, findings: findings)
            let removed = Set(edits.compactMap { $0.removedPage(in: content) })
            var paths = Set(mirror.paths).subtracting(removed)
            let before = paths.count
            for file in files { paths.insert(file.path) }
            if !removed.isEmpty || paths.count != before {
                files.append(renderer.sitemap(paths: paths.filter { $0 != "sitemap.xml" }, site: site))
            }
            renderedFindings = findings
            let written = try mirror.apply(files, removing: removed.sorted())
            lastFailure = nil
            return Result(what: what, duration: clock.now - start, filesChanged: written.count, incremental: true, findings: findings)
        } catch {
            return fail(error, what: what, since: start)
        }
    }

    /// Re-reads one worksheet into the content (or drops it when the file is gone).
    private func reread(_ path: String) -> WorksheetEdit {
        let slug = Self.eventSlug(of: path)
        guard var content, let index = content.events.firstIndex(where: { $0.slug == slug }) else {
            return WorksheetEdit(event: slug)
        }
        let language = content.site.language
        loadFindings.removeAll { $0.location.file == path }
        var event = content.events[index]
        let before = event.worksheets.first { $0.location.file == path }
        event.worksheets.removeAll { $0.location.file == path }
        var after: Worksheet?
        if let data = FileManager.default.contents(atPath: absolute(path)) {
            switch SourceText.decode(data, file: path, language: language) {
            case .failure(let finding):
                loadFindings.append(finding)
            case .success(let text):
                let (worksheet, more) = WorksheetReader(language: language).read(text, file: path)
                loadFindings += more
                after = worksheet
                if let worksheet { event.worksheets.append(worksheet) }
            }
            event.worksheets.sort { ($0.participant, $0.location.file) < ($1.participant, $1.location.file) }
        }
        content.events[index] = event
        self.content = content
        return WorksheetEdit(event: slug, before: before, after: after)
    }

    private func renderAll(what: String, since start: ContinuousClock.Instant) -> Result {
        let clock = ContinuousClock()
        guard let content, let theme else { return fail(.themeNotFound(name: options.themeName, searched: options.themeFolders), what: what, since: start) }
        let findings = self.findings
        if findings.hasErrors { return fail(.contentHasErrors(findings), what: what, since: start) }
        do throws(BuildError) {
            var renderer = SiteRenderer(theme: theme, options: options)
            renderer.photos = photos
            let site = try renderer.prepareSite(content: content, findings: findings)
            let files = try renderer.render(site, findings: findings)
            mirror.forget()
            prepared = nil
            try OutputWriter(output: options.output).write(files)
            mirror.reset(to: files)
            prepared = site
            renderedFindings = findings
            outputIsCurrent = true
            lastFailure = nil
            return Result(what: what, duration: clock.now - start, filesChanged: files.count, incremental: false, findings: findings)
        } catch {
            return fail(error, what: what, since: start)
        }
    }

    private func fail(_ error: BuildError, what: String, since start: ContinuousClock.Instant) -> Result {
        lastFailure = error
        outputIsCurrent = false
        return Result(what: what, duration: ContinuousClock().now - start, filesChanged: 0, incremental: false, findings: findings, failure: error)
    }

    private func absolute(_ path: String) -> String {
        URL(fileURLWithPath: options.root).appendingPathComponent(path).path
    }

    /// The `<slug>` of `events/<slug>/…`.
    static func eventSlug(of path: String) -> String {
        let parts = path.split(separator: "/")
        return parts.count > 1 ? String(parts[1]) : ""
    }

    /// `events/<slug>/worksheets/<name>.md`
    static func isWorksheet(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count == 4 && parts[0] == "events" && parts[2] == "worksheets" && parts[3].hasSuffix(".md")
    }
}
