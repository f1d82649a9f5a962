import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopModel
@testable import WorkshopRender

@Suite("Audience privacy")
struct PrivacyTests {
    @Test func publicSiteHasNoUnpublishedTextAndNoPseudonym() throws {
        let files = try Repo.render(audience: .public)
        for (path, file) in files {
            #expect(!file.text.contains(SampleContent.canary), "\(path) leaks unpublished text")
            #expect(!file.text.contains(SampleContent.canaryPseudonym), "\(path) leaks an unpublished pseudonym")
            #expect(!file.text.contains(SampleContent.publishedPseudonym), "\(path) shows a pseudonym")
            #expect(!path.contains("worksheets"), "\(path): no worksheet pages for the public")
        }
        // Published text is there, by industry.
        let group = try #require(files["events/2024-10-08-session-06/groups/A/index.html"]).text
        #expect(group.contains("影響 公開された記述"))
        #expect(group.contains("電子部品の卸売業"))
        #expect(files["events/2024-10-08-session-06/groups/B/index.html"] == nil)
    }

    @Test func facilitatorSiteShowsEverything() throws {
        let files = try Repo.render(audience: .facilitator)
        let all = files.values.map(\.text).joined()
        #expect(all.contains(SampleContent.canary))
        #expect(all.contains(SampleContent.canaryPseudonym))
        let group = try #require(files["events/2024-10-08-session-06/groups/A/index.html"]).text
        #expect(group.contains(SampleContent.canaryPseudonym))
    }

    @Test func publicCountsIncludeEveryWorksheetButNoText() throws {
        let files = try Repo.render(audience: .public)
        let json = try #require(files["events/2024-10-08-session-06/event.json"]).text
        #expect(json.contains("\"participants\" : 4"))
        #expect(!json.contains("\"participant\" :"))
    }
}
