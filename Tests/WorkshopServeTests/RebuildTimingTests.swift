import Foundation
import Testing
@testable import WorkshopServe

/// Measures the rebuild after one edited worksheet in a 2,000-worksheet
/// series (10 events × 200). Slow: runs only with WORKSHOP_SERVE_TIMING=1.
@Suite("Rebuild timing")
struct RebuildTimingTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["WORKSHOP_SERVE_TIMING"] == "1"))
    func oneWorksheetInTwoThousand() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let content = URL(fileURLWithPath: fixture.root)
        let eventYAML = try String(contentsOf: content.appendingPathComponent("events/\(ServeFixture.slug)/event.yaml"), encoding: .utf8)
        for event in 1...10 {
            let slug = String(format: "2024-%02d-01-session-%02d", event, event)
            let folder = content.appendingPathComponent("events/\(slug)/worksheets")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(eventYAML.replacingOccurrences(of: "2024-10-08", with: String(format: "2024-%02d-01", event)).utf8)
                .write(to: content.appendingPathComponent("events/\(slug)/event.yaml"))
            for index in 1...200 {
                let name = String(format: "%@-%03d", index.isMultiple(of: 2) ? "A" : "B", index)
                try Data(ServeFixture.worksheet(name, group: index.isMultiple(of: 2) ? "A" : "B").utf8).write(to: folder.appendingPathComponent("\(name).md"))
            }
        }
        try FileManager.default.removeItem(at: content.appendingPathComponent("events/\(ServeFixture.slug)"))
        let server = DevServer(options: fixture.options(), say: { _ in })
        let full = await server.site.fullBuild()
        #expect(full.failure == nil)
        var times: [Duration] = []
        for round in 1...5 {
            let path = "events/2024-05-01-session-05/worksheets/A-100.md"
            try Data(ServeFixture.worksheet("A-100", reason: "編集 \(round)").utf8).write(to: content.appendingPathComponent(path))
            let result = await server.site.rebuild(changed: [path], themeChanged: false)
            #expect(result.incremental)
            times.append(result.duration)
        }
        print("full build: \(full.duration) (\(full.filesChanged) files); one worksheet: \(times)")
    }
}
