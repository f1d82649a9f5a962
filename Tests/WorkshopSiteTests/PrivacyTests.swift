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

    /// The series report counts only published work in the public build, never a small number, and names nobody.
    @Test func publicSeriesReportCountsOnlyPublishedWorkAndNamesNobody() throws {
        let page = try #require(try Repo.render(audience: .public)["series/index.html"]).text
        #expect(!page.contains(SampleContent.canary))
        #expect(!page.contains(SampleContent.canaryPseudonym))
        #expect(!page.contains(SampleContent.publishedPseudonym))
        #expect(!page.contains("A-02"))
        // Two of the four worksheets are published: the public page says "<3", the facilitator's 4.
        #expect(page.contains("<span class=\"stat__value\">&lt;3</span>"))
        let facilitator = try #require(try Repo.render(audience: .facilitator)["series/index.html"]).text
        #expect(facilitator.contains("<span class=\"stat__value\">4</span>"))
    }

    @Test func publicCountsIncludeEveryWorksheetButNoText() throws {
        let files = try Repo.render(audience: .public)
        let json = try #require(files["events/2024-10-08-session-06/event.json"]).text
        #expect(json.contains("\"participants\" : 4"))
        #expect(!json.contains("\"participant\" :"))
    }
}
