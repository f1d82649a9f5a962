import Foundation
import WorkshopBuild
import WorkshopCheck
import WorkshopLoad
import WorkshopModel
import WorkshopRender

/// The build pipeline run in-process, step by step (load → check → theme →
/// render → write), to see where the time goes. The same public APIs as
/// `SiteBuild`, timed one by one.
struct StepProfile: Sendable {
    var steps: [(name: String, seconds: Double)] = []
    var files = 0
    var findings = 0
    var failure: String?

    var total: Double { steps.reduce(0) { $0 + $1.seconds } }

    static func run(root: String, output: String, themeFolders: [String]) -> StepProfile {
        var profile = StepProfile()
        let clock = ContinuousClock()
        func timed<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let start = clock.now
            let value = try body()
            let elapsed = clock.now - start
            profile.steps.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            return value
        }
        let options = BuildOptions(root: root, output: output, extraThemeFolders: themeFolders)
        let pipeline = SitePipeline(options: options)
        let loaded = timed("load") { pipeline.load() }
        let content = loaded.content
        let findings = timed("check") { pipeline.findings(loaded.findings + pipeline.check(catalogues: content) + content.events.flatMap { pipeline.check(event: $0, in: content) }) }
        profile.findings = findings.count
        do {
            let theme = try timed("theme") { try pipeline.theme(for: content.site) }
            let renderer = SiteRenderer(theme: theme, options: options)
            let perEvent = try timed("render events") {
                try content.events.flatMap { event in try renderer.renderEvent(event.slug, content: content, findings: findings) }
            }
            let sitewide = try timed("render sitewide") { try renderer.renderSitewide(content: content, findings: findings) }
            let files = try timed("render (all)") { try renderer.render(content: content, findings: findings) }
            _ = perEvent.count + sitewide.count
            profile.files = files.count
            try timed("write") { try OutputWriter(output: output).write(files) }
        } catch let error as BuildError {
            profile.failure = error.message(in: content.site.language) + " " + error.detail
        } catch {
            profile.failure = "\(error)"
        }
        return profile
    }
}
