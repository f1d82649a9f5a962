import Foundation
import WorkshopCheck
import WorkshopLoad
import WorkshopModel
import WorkshopPhotos
import WorkshopRender

/// `workshop build`: load the content, check it (refusing to build on errors
/// unless `keepGoing`), load the theme, then render the pages a few events at
/// a time into the output sink, which swaps the new output into place only
/// when complete. The steps are `SitePipeline`'s, shared with `serve` and `pdf`.
public struct SiteBuild: Sendable {
    public var options: BuildOptions
    public var pipeline: SitePipeline
    /// Where the files go: the output folder (`options.output`) unless told otherwise.
    public var sink: OutputSink
    /// Whether a search index is built over the output (off unless asked: `workshop build` asks, `pdf` does not).
    public var search: SearchSetting

    /// A build of `options.root` (or `files`) into `options.output` (or `sink`).
    public init(options: BuildOptions, files: ContentFileSystem? = nil, sink: OutputSink? = nil, search: SearchSetting = .off) {
        self.options = options
        self.pipeline = SitePipeline(options: options, files: files)
        self.sink = sink ?? .folder(options.output)
        self.search = search
    }

    /// The pipeline, as named steps.
    var steps: [BuildStep] {
        let pipeline = pipeline
        let sink = sink
        let search = search
        return [
            BuildStep("load") { state throws(BuildError) in
                let result = pipeline.load()
                state.content = result.content
                state.findings = result.findings
            },
            BuildStep("photos") { state throws(BuildError) in
                // Before the check, so a photo that cannot be processed stops the build like any content error.
                guard let content = state.content else { return }
                state.photos = pipeline.photos(for: content)
                state.findings += state.photos.findings
            },
            BuildStep("check") { state throws(BuildError) in
                guard let content = state.content else { return }
                var found = state.findings + pipeline.check(catalogues: content)
                for event in content.events { found += pipeline.check(event: event, in: content) }
                state.findings = pipeline.findings(found)
                let kept = try pipeline.keepGoing(content, findings: state.findings)
                state.content = kept.content
                state.leftOut = kept.leftOut
            },
            BuildStep("theme") { state throws(BuildError) in
                guard let site = state.content?.site else { return }
                state.theme = try pipeline.theme(for: site)
            },
            BuildStep("render") { state throws(BuildError) in
                guard let content = state.content, let theme = state.theme else { return }
                // Found before rendering: the pages carry Pagefind's markers and link the search page only when it will run.
                if case .pagefind(let locate) = search { state.searchIndexer = locate() }
                state.options.search = state.searchIndexer != nil
                var renderer = SiteRenderer(theme: theme, options: state.options)
                renderer.photos = state.photos
                state.renderer = renderer
                state.site = try renderer.prepareSite(content: content, findings: state.findings, leftOutFiles: state.leftOut)
            },
            BuildStep("write") { state throws(BuildError) in
                // Pages are written as they are rendered, into an output that replaces the old one only when complete.
                guard let renderer = state.renderer, let site = state.site else { return }
                let staging = try sink.begin()
                var paths: [String] = []
                do throws(BuildError) {
                    try renderer.render(site, findings: state.findings, leftOutFiles: state.leftOut) { (files: [RenderedFile]) throws(BuildError) in
                        try staging.write(files)
                        paths += files.map(\.path)
                    }
                    // Search: over the staged folder, before the swap (SearchIndexStep); a failure leaves no bundle and is a warning.
                    var asked = false
                    if case .pagefind = search { asked = true }
                    state.search = SearchIndexStep.run(state.searchIndexer, asked: asked, folder: staging.folder)
                    try staging.commit()
                } catch {
                    staging.discard()
                    throw error
                }
                state.paths = paths
            },
        ]
    }

    public func run() throws(BuildError) -> BuildReport {
        let start = Date()
        var state = BuildState(options: options)
        var names: [String] = []
        for step in steps {
            try step.run(&state)
            names.append(step.name)
        }
        return BuildReport(pagesWritten: state.paths, findings: state.findings, duration: Date().timeIntervalSince(start),
                           leftOutFiles: state.leftOut, steps: names, content: state.content, search: state.search)
    }
}
