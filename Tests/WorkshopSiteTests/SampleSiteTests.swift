import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopCheck
import WorkshopLoad
import WorkshopModel
@testable import WorkshopRender

/// The repository's sample content (Content/), loaded and checked as
/// `workshop build` does, rendered for both audiences.
@Suite("Sample site")
struct SampleSiteTests {
    func load() throws -> Content {
        let result = ContentLoader(fileSystem: .disk(root: Repo.content)).load()
        let findings = result.findings + Checker(language: result.content.site.language).check(result.content)
        #expect(!findings.hasErrors, "\(findings.filter { $0.severity == .error }.prefix(5))")
        try #require(!result.content.events.isEmpty)
        return result.content
    }

    @Test(arguments: [Audience.facilitator, .public])
    func linksResolve(audience: Audience) throws {
        let files = try Repo.render(try load(), audience: audience)
        let broken = LinkChecker(files: files).check()
        #expect(broken.isEmpty, "\(broken.prefix(20))")
        #expect(files.keys.contains { $0.hasSuffix("/groups/A/index.html") })
        #expect(files.keys.contains { $0.hasSuffix("/report/index.html") })
    }

    @Test func publicSiteCarriesNothingFromUnpublishedSheets() throws {
        let content = try load()
        let files = try Repo.render(content, audience: .public).filter { !$0.key.hasPrefix("assets/") }
        let text = files.values.map(\.text).joined(separator: "\n")
        let facilitator = try Repo.render(content, audience: .facilitator).values.map(\.text).joined(separator: "\n")
        var checked = 0
        for event in content.events {
            for sheet in event.worksheets {
                #expect(!text.contains("worksheets/\(sheet.participant)"))
                guard !sheet.publish else { continue }
                var written: [String] = []
                for impact in sheet.impacts { written += [impact.business?.text, impact.impact?.text].compactMap { $0 } }
                for choice in sheet.choices { written += [choice.reason?.text].compactMap { $0 } }
                for item in sheet.obstacles {
                    for pair in item.pairs { written += [pair.obstacle.text] + pair.remedies.map(\.text) }
                }
                for piece in written where piece.count >= 12 && facilitator.contains(HTML.escapeForTest(piece)) {
                    #expect(!text.contains(HTML.escapeForTest(piece)), "unpublished text of \(sheet.participant) in the public site")
                    checked += 1
                }
            }
            for sheet in event.groupSheets where !sheet.publish {
                for piece in sheet.diverseViews.map(\.text) + sheet.impacts.map(\.text) where piece.count >= 12 && facilitator.contains(HTML.escapeForTest(piece)) {
                    #expect(!text.contains(HTML.escapeForTest(piece)), "unpublished group sheet \(sheet.group) in the public site")
                    checked += 1
                }
            }
        }
        #expect(checked > 20, "the facilitator site shows the unpublished texts that are looked for")
    }
}

/// The escaped form a template prints (plain text without Markdown syntax stays the same but for & < > " ').
enum HTML {
    static func escapeForTest(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }
}
