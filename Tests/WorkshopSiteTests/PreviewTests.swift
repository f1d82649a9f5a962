import Foundation
import Testing
@testable import WorkshopBuild
@testable import WorkshopRender

/// `WORKSHOP_SITE_PREVIEW=/some/folder swift test --filter PreviewTests` writes the
/// in-code sample site for both audiences there, to look at or to run the Nu
/// HTML checker on. Does nothing without the variable.
@Suite("Preview")
struct PreviewTests {
    @Test func writeSampleSite() throws {
        guard let folder = ProcessInfo.processInfo.environment["WORKSHOP_SITE_PREVIEW"], !folder.isEmpty else { return }
        for audience in Audience.allCases {
            let files = try Repo.render(audience: audience, findings: [])
            try OutputWriter(output: URL(fileURLWithPath: folder).appendingPathComponent(audience.rawValue).path).write(Array(files.values))
        }
    }
}
