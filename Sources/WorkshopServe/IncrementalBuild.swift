import Foundation
import WorkshopBuild
import WorkshopCheck
import WorkshopLoad
import WorkshopModel
import WorkshopPhotos
import WorkshopRender

/// The site the dev server keeps up to date. A full build loads, checks,
/// renders and swaps the output folder, and keeps what it prepared (filtered
/// content, templates, aggregates) and what it wrote (`OutputMirror`). A
/// change to worksheets (edited, new or deleted) re-reads only those files,
/// re-checks their event, recomputes that event's aggregates, renders only
/// the pages the change affects (`SiteRenderer.pages(affectedBy:in:)`, from `PageRegistry`) and writes
/// only the files whose bytes changed, comparing with what was last written.
/// Anything else (site.yaml, catalogues, event.yaml, group sheets, the theme,
/// an event's first or last worksheet, a problems page appearing or going)
/// falls back to a full build.
///
/// Content errors never stop a build: files with errors are left out as
/// `build --keep-going` does and the last good version of each is shown
/// (`LastGoodContent`), so every page keeps its last good bytes. Only a
/// theme, template or output failure leaves the output as it was.
/// `snapshot` holds what requests need, updated after each build.
public actor IncrementalBuild {
    public struct Result: Sendable {
        /// What was rebuilt, for the terminal ("events/…/A-01.md", "full build").
        public var what: String
        public var duration: Duration
        public var filesChanged: Int { changedPaths.count }
        /// Output paths whose bytes were written or that were removed (relative to the output folder).
        public var changedPaths: [String]
        public var incremental: Bool
        /// All findings of the content now.
        public var findings: [Finding]
        /// Files with errors, left out of the site.
        public var leftOut: [String]
        /// Left-out files whose last good version is shown instead.
        public var keptFromBefore: [String]
        /// Set when the output could not be brought up to date (theme, template or write failure).
        public var failure: BuildError?
    }

    public let options: BuildOptions
    /// The load, check and theme steps, the same as `workshop build`'s.
    public let pipeline: SitePipeline
    /// Where a full build's files go (the output folder, swapped in whole).
    private let sink: OutputSink
    /// What requests read without waiting for a build.
    public nonisolated let snapshot = SiteSnapshot()
    /// Builds run on their own queue, not on the threads that answer requests.
    private nonisolated let queue = BuildQueue()
    public nonisolated var unownedExecutor: UnownedSerialExecutor { queue.asUnownedSerialExecutor() }
    /// The content as loaded from disk (errors and all).
    private(set) var content: Content?
    /// What the output shows: the content with files with errors left out and their last good versions kept.
    private var served: LastGoodContent.Served?
    private var loadFindings: [Finding] = []
    private var checkFindings: [String: [Finding]] = [:]
    private var theme: SiteTheme?
    /// The filtered content, templates and aggregates of the last render, updated event by event.
    private var prepared: PreparedSite?
    /// The findings the rendered pages show (the problems page).
    private var renderedFindings: [Finding] = []
    private var renderedLeftOut: [String] = []
    /// What the output folder holds, as last written.
    private var mirror: OutputMirror
    /// False while the output folder does not match the content (after a failure).
    private var outputIsCurrent = false
    public private(set) var lastFailure: BuildError?
    /// The photos processed by the last full build (worksheet rebuilds keep them).
    private var photos = PhotoAlbum()
    /// The group forms' members as JSON between rebuilds: a submission re-encodes only its own worksheet.
    private let groupFormMemory = GroupFormMemory()

    /// `files` is the content root as the loader reads it (the disk under `options.root` by default).
    public init(options: BuildOptions, files: ContentFileSystem? = nil) {
        self.options = options
        self.pipeline = SitePipeline(options: options, files: files)
        self.sink = .folder(options.output)
        self.mirror = OutputMirror(output: options.output)
    }

    /// The content as loaded from disk.
    public var currentContent: Content {
        content ?? Content(site: SiteConfig(title: "", location: SourceLocation(file: "site.yaml")))
    }

    public var findings: [Finding] {
        pipeline.findings(loadFindings + checkFindings.values.flatMap { $0 })
    }

    /// Keeps the build queue busy for `duration` without using the CPU, as a
    /// long build would (for the test that requests never wait for builds);
    /// `started` runs once the queue is held.
    func occupy(for duration: Duration, started: @Sendable () -> Void) {
        started()
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        Thread.sleep(forTimeInterval: seconds)
    }

    /// Load, check, render and write everything.
    @discardableResult
    public func fullBuild(reason: String = "full build") -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let loaded = pipeline.load()
        content = loaded.content
        loadFindings = loaded.findings
        // The catalogues' own findings under "" (no event has an empty slug), each event's under its slug.
        checkFindings = ["": pipeline.check(catalogues: loaded.content)]
        for event in loaded.content.events { checkFindings[event.slug] = pipeline.check(event: event, in: loaded.content) }
        photos = pipeline.photos(for: loaded.content)
        loadFindings += photos.findings
        do throws(BuildError) {
            theme = try pipeline.theme(for: loaded.content.site)
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
        for path in worksheetPaths { reread(path) }
        // The loader expects group sheets only once an event has worksheets: its first or last one changes the findings.
        guard let content, emptyBefore == slugs.filter({ content.event($0)?.worksheets.isEmpty ?? true }) else {
            return fullBuild(reason: changed.count == 1 ? changed[0] : "\(changed.count) files")
        }
        for slug in slugs {
            if let event = content.event(slug) { checkFindings[slug] = pipeline.check(event: event, in: content) }
        }
        let what = worksheetPaths.count == 1 ? worksheetPaths[0] : "\(worksheetPaths.count) worksheets"
        let findings = self.findings
        let shownBefore = served
        let now = LastGoodContent(shown: shownBefore?.content).serve(content, findings: findings)
        let renderer = theme.map { theme in
            var renderer = SiteRenderer(theme: theme, options: options)
            renderer.groupFormMemory = groupFormMemory
            return renderer
        }
        guard outputIsCurrent, let renderer, var site = prepared, let shownBefore,
              renderer.hasProblemsPage(findings: findings, leftOutFiles: now.leftOut) == site.hasProblemsPage,
              now.content.events.map(\.slug) == shownBefore.content.events.map(\.slug) else {
            return renderAll(what: what, since: start)
        }
        do throws(BuildError) {
            let siteBefore = site
            for slug in slugs.sorted() {
                if let event = now.content.event(slug) { site = renderer.replacing(event, in: site) }
            }
            prepared = site
            // Before and after as the site shows them (a worksheet with errors shows its last good version or nothing).
            let edits = worksheetPaths.map { path in
                let slug = Self.eventSlug(of: path)
                return WorksheetEdit(event: slug, before: shownBefore.content.event(slug)?.worksheets.first { $0.location.file == path },
                                     after: now.content.event(slug)?.worksheets.first { $0.location.file == path })
            }
            let change = SiteChange(worksheets: edits, findingsChanged: findings != renderedFindings || now.leftOut != renderedLeftOut)
            var files = try renderer.render(renderer.pages(affectedBy: change, in: site), of: site, findings: findings, leftOutFiles: now.leftOut)
            let removed = renderer.pathsRemoved(from: siteBefore, to: site, events: slugs)
            var paths = Set(mirror.paths).subtracting(removed)
            let before = paths.count
            for file in files { paths.insert(file.path) }
            if !removed.isEmpty || paths.count != before {
                files.append(renderer.sitemap(paths: paths.filter { $0 != "sitemap.xml" }, site: site))
            }
            renderedFindings = findings
            renderedLeftOut = now.leftOut
            let written = try mirror.apply(files, removing: removed.sorted())
            served = now
            lastFailure = nil
            return finish(Result(what: what, duration: clock.now - start, changedPaths: written, incremental: true, findings: findings,
                                 leftOut: now.leftOut, keptFromBefore: now.keptFromBefore))
        } catch {
            return fail(error, what: what, since: start)
        }
    }

    /// Re-reads one worksheet into the content (or drops it when the file is gone).
    private func reread(_ path: String) {
        let slug = Self.eventSlug(of: path)
        guard var content, let index = content.events.firstIndex(where: { $0.slug == slug }) else { return }
        let language = content.site.language
        loadFindings.removeAll { $0.location.file == path }
        var event = content.events[index]
        event.worksheets.removeAll { $0.location.file == path }
        if let (worksheet, more) = pipeline.worksheet(at: path, language: language) {
            loadFindings += more
            if let worksheet { event.worksheets.append(worksheet) }
            event.worksheets.sort { ($0.participant, $0.location.file) < ($1.participant, $1.location.file) }
        }
        content.events[index] = event
        self.content = content
    }

    private func renderAll(what: String, since start: ContinuousClock.Instant) -> Result {
        let clock = ContinuousClock()
        guard let content, let theme else { return fail(.themeNotFound(name: options.theme(for: self.content?.site), searched: options.themeFolders), what: what, since: start) }
        let findings = self.findings
        let now = LastGoodContent(shown: served?.content).serve(content, findings: findings)
        do throws(BuildError) {
            var renderer = SiteRenderer(theme: theme, options: options)
            renderer.photos = photos
            groupFormMemory.forget()
            renderer.groupFormMemory = groupFormMemory
            let site = try renderer.prepareSite(content: now.content, findings: findings, leftOutFiles: now.leftOut)
            let files = try renderer.render(site, findings: findings, leftOutFiles: now.leftOut)
            let changed = mirror.changes(to: files)
            // The mirror keeps describing the output until the write succeeds: a failed
            // write leaves the output folder as it was (it is swapped only when complete).
            prepared = nil
            let staging = try sink.begin()
            do throws(BuildError) {
                try staging.write(files)
                try staging.commit()
            } catch {
                staging.discard()
                throw error
            }
            mirror.reset(to: files)
            prepared = site
            renderedFindings = findings
            renderedLeftOut = now.leftOut
            served = now
            outputIsCurrent = true
            lastFailure = nil
            return finish(Result(what: what, duration: clock.now - start, changedPaths: changed, incremental: false, findings: findings,
                                 leftOut: now.leftOut, keptFromBefore: now.keptFromBefore))
        } catch {
            return fail(error, what: what, since: start)
        }
    }

    /// The output could not be brought up to date: it stays as it was (a full write swaps folders only when complete).
    private func fail(_ error: BuildError, what: String, since start: ContinuousClock.Instant) -> Result {
        lastFailure = error
        outputIsCurrent = false
        return finish(Result(what: what, duration: ContinuousClock().now - start, changedPaths: [], incremental: false, findings: findings,
                             leftOut: served?.leftOut ?? [], keptFromBefore: served?.keptFromBefore ?? [], failure: error))
    }

    /// Publishes what requests need, then returns `result`.
    private func finish(_ result: Result) -> Result {
        let shown = served?.content ?? currentContent
        let failure = lastFailure
        let publicPhotos = PublicPhotoFiles.paths(in: shown, album: photos)
        let leftOut = Set(result.leftOut)
        var leftOutGroups: [String: String] = [:]
        let leftOutEvents = Set(result.leftOut.filter(Self.isWorksheet).map(Self.eventSlug))
        for event in currentContent.events where leftOutEvents.contains(event.slug) {
            for worksheet in event.worksheets where leftOut.contains(worksheet.location.file) {
                leftOutGroups[worksheet.location.file] = worksheet.group
            }
        }
        snapshot.update { state in
            state.content = shown
            state.findings = result.findings
            state.leftOut = result.leftOut
            state.keptFromBefore = result.keptFromBefore
            state.leftOutGroups = leftOutGroups
            state.failure = failure
            state.publicPhotos = publicPhotos
        }
        return result
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
