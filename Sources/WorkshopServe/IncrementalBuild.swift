import Foundation
import WorkshopCheck
import WorkshopLoad
import WorkshopModel
import WorkshopSite

/// The site the dev server keeps up to date. A full build loads, checks,
/// renders and swaps the output folder. A change to one worksheet re-reads
/// only that file, re-checks its event, re-renders that event's pages and the
/// sitewide pages (home, catalogues: their counts), and writes only the files
/// whose bytes changed. Anything else (site.yaml, catalogues, event.yaml,
/// group sheets, a deleted worksheet, the theme) falls back to a full build.
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
    /// False while the output folder does not match the content (after a failure).
    private var outputIsCurrent = false
    public private(set) var lastFailure: BuildError?

    public init(options: BuildOptions) {
        self.options = options
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
        guard !themeChanged, content != nil, theme != nil,
              !worksheetPaths.isEmpty, worksheetPaths.count == changed.count,
              worksheetPaths.allSatisfy({ FileManager.default.fileExists(atPath: absolute($0)) }) else {
            return fullBuild(reason: changed.count == 1 ? changed[0] : "\(changed.count) files")
        }
        let clock = ContinuousClock()
        let start = clock.now
        var slugs: Set<String> = []
        for path in worksheetPaths { slugs.insert(reread(path)) }
        guard let content else { return fullBuild() }
        let checker = Checker(language: content.site.language)
        for slug in slugs {
            if let event = content.event(slug) { checkFindings[slug] = checker.check(event: event, content: content) }
        }
        let what = worksheetPaths.count == 1 ? worksheetPaths[0] : "\(worksheetPaths.count) worksheets"
        if findings.hasErrors { return fail(.contentHasErrors(findings), what: what, since: start) }
        guard outputIsCurrent, let theme else { return renderAll(what: what, since: start) }
        do throws(BuildError) {
            let renderer = SiteRenderer(theme: theme, options: options)
            var files: [RenderedFile] = []
            for slug in slugs.sorted() { files += try renderer.renderEvent(slug, content: content, findings: findings) }
            files += try renderer.renderSitewide(content: content, findings: findings)
            let written = try OutputWriter(output: options.output).update(files)
            lastFailure = nil
            return Result(what: what, duration: clock.now - start, filesChanged: written.count, incremental: true, findings: findings)
        } catch {
            return fail(error, what: what, since: start)
        }
    }

    /// Re-reads one worksheet into the content; returns its event's slug.
    private func reread(_ path: String) -> String {
        let parts = path.split(separator: "/").map(String.init)
        let slug = parts.count > 1 ? parts[1] : ""
        guard var content, let index = content.events.firstIndex(where: { $0.slug == slug }) else { return slug }
        let language = content.site.language
        loadFindings.removeAll { $0.location.file == path }
        var event = content.events[index]
        event.worksheets.removeAll { $0.location.file == path }
        let data = FileManager.default.contents(atPath: absolute(path)) ?? Data()
        switch SourceText.decode(data, file: path, language: language) {
        case .failure(let finding):
            loadFindings.append(finding)
        case .success(let text):
            let (worksheet, more) = WorksheetReader(language: language).read(text, file: path)
            loadFindings += more
            if let worksheet { event.worksheets.append(worksheet) }
        }
        event.worksheets.sort { ($0.participant, $0.location.file) < ($1.participant, $1.location.file) }
        content.events[index] = event
        self.content = content
        return slug
    }

    private func renderAll(what: String, since start: ContinuousClock.Instant) -> Result {
        let clock = ContinuousClock()
        guard let content, let theme else { return fail(.themeNotFound(name: options.themeName, searched: options.themeFolders), what: what, since: start) }
        let findings = self.findings
        if findings.hasErrors { return fail(.contentHasErrors(findings), what: what, since: start) }
        do throws(BuildError) {
            let files = try SiteRenderer(theme: theme, options: options).render(content: content, findings: findings)
            try OutputWriter(output: options.output).write(files)
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

    /// `events/<slug>/worksheets/<name>.md`
    static func isWorksheet(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count == 4 && parts[0] == "events" && parts[2] == "worksheets" && parts[3].hasSuffix(".md")
    }
}
