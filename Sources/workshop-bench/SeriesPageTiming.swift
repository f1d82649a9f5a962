import Foundation
import WorkshopBuild
import WorkshopModel
import WorkshopRender

/// The series report (`series/`) timed in-process on a synthetic series:
/// preparing the site (audience filter, each event's aggregates and series
/// summary, once) and then rendering the series page alone from the
/// summaries, which is what a worksheet edit under `serve` costs it.
struct SeriesPageTiming: Sendable {
    var prepareSeconds: Double
    /// The median of three renders of the page.
    var renderSeconds: Double
    var bytes: Int
    var events: Int
    /// The knowledge base (`knowledge/…`): its pages, their bytes and the time to render them all from the prepared site.
    var knowledgePages = 0
    var knowledgeBytes = 0
    var knowledgeSeconds = 0.0

    static func measure(root: String, themeFolders: [String]) -> SeriesPageTiming? {
        let options = BuildOptions(root: root, output: "/nonexistent-output", extraThemeFolders: themeFolders)
        let pipeline = SitePipeline(options: options)
        let content = pipeline.load().content
        guard let theme = try? pipeline.theme(for: content.site) else { return nil }
        let renderer = SiteRenderer(theme: theme, options: options)
        let clock = ContinuousClock()
        func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        var prepared: PreparedSite?
        let prepare = clock.measure { prepared = try? renderer.prepareSite(content: content) }
        guard let prepared else { return nil }
        var bytes = 0
        var renders: [Double] = []
        for _ in 0..<3 {
            let time = clock.measure {
                bytes = (try? renderer.render([SitePage(.series)], of: prepared))?.first?.contents.count ?? 0
            }
            renders.append(seconds(time))
        }
        var timing = SeriesPageTiming(prepareSeconds: seconds(prepare), renderSeconds: renders.sorted()[1], bytes: bytes, events: content.events.count)
        let knowledge = renderer.sitewidePages(in: prepared).filter { $0.kind == .knowledge }
        var files: [RenderedFile] = []
        timing.knowledgeSeconds = seconds(clock.measure { files = (try? renderer.render(knowledge, of: prepared)) ?? [] })
        timing.knowledgePages = files.count
        timing.knowledgeBytes = files.reduce(0) { $0 + $1.contents.count }
        return timing
    }

    var line: String {
        "series page (series/index.html): \(String(format: "%.1f", Double(bytes) / 1024)) KB over \(events) events; rendered from the summaries in "
            + "\(String(format: "%.3f", renderSeconds)) s (median of 3), after \(String(format: "%.2f", prepareSeconds)) s preparing the site (filter, aggregates and series summaries of every event); "
            + "knowledge base: \(knowledgePages) pages, \(String(format: "%.1f", Double(knowledgeBytes) / 1_048_576)) MB, rendered in \(String(format: "%.2f", knowledgeSeconds)) s"
    }
}
