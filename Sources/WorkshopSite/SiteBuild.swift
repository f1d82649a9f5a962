import Foundation
import WorkshopCheck
import WorkshopLoad
import WorkshopModel
import WorkshopPhotos

/// `workshop build`: load the content, check it (refusing to build on errors
/// unless `keepGoing`), load the theme, render every page in memory, and
/// swap the new output folder into place.
public struct SiteBuild: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// The pipeline, as named steps.
    var steps: [BuildStep] {
        [
            BuildStep("load") { state throws(BuildError) in
                let result = ContentLoader(fileSystem: .disk(root: state.options.root)).load()
                state.content = result.content
                state.findings = result.findings
            },
            BuildStep("photos") { state throws(BuildError) in
                // Before the check, so a photo that cannot be processed stops the build like any content error.
                guard let content = state.content else { return }
                state.photos = PhotoPass(options: state.options).album(for: content)
                state.findings += state.photos.findings
            },
            BuildStep("check") { state throws(BuildError) in
                guard let content = state.content else { return }
                let findings = (state.findings + Checker(language: content.site.language).check(content)).applyingStrict(state.options.strict)
                state.findings = Finding.ordered(findings)
                guard findings.hasErrors else { return }
                guard state.options.keepGoing else { throw .contentHasErrors(state.findings) }
                let kept = LeftOutFiles(findings: findings).apply(to: content)
                state.content = kept.content
                state.leftOut = kept.leftOut
            },
            BuildStep("theme") { state throws(BuildError) in
                let name = state.options.theme(for: state.content?.site)
                state.theme = try SiteTheme.load(name: name, searching: state.options.themeFolders)
            },
            BuildStep("render") { state throws(BuildError) in
                guard let content = state.content, let theme = state.theme else { return }
                var renderer = SiteRenderer(theme: theme, options: state.options)
                renderer.photos = state.photos
                state.renderer = renderer
                state.site = try renderer.prepareSite(content: content, findings: state.findings, leftOutFiles: state.leftOut)
            },
            BuildStep("write") { state throws(BuildError) in
                // Pages are written as they are rendered, into the folder that replaces the output only when complete.
                guard let renderer = state.renderer, let site = state.site else { return }
                let staged = try OutputWriter(output: state.options.output).begin()
                do throws(BuildError) {
                    try renderer.render(site, findings: state.findings, leftOutFiles: state.leftOut, into: staged.write)
                    try staged.commit()
                } catch {
                    staged.discard()
                    throw error
                }
                state.paths = staged.paths
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
        return BuildReport(pagesWritten: state.paths, findings: state.findings,
                           duration: Date().timeIntervalSince(start), leftOutFiles: state.leftOut, steps: names)
    }
}
