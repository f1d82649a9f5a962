import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopLoad
import WorkshopModel
@testable import WorkshopRender

/// Rough edges of the rendered site: column headers, one date style, empty
/// sections, where the fill-in form is offered.
@Suite("Site polish")
struct SitePolishTests {
    static let slug = "2024-10-08-session-06"

    @Test func worksheetsIndexNamesTheIndustryColumnAsSuch() throws {
        let page = try #require(try Repo.render()["events/\(Self.slug)/worksheets/index.html"]).text
        #expect(page.contains(#"<th scope="col">業種</th>"#))
        #expect(!page.contains(#"<th scope="col">事業内容</th>"#), "the column shows the industry, not the business text")
        #expect(page.contains("<td>電子部品の卸売業</td>"))
        let english = try #require(try Repo.render(SampleContent.content(language: .en))["events/\(Self.slug)/worksheets/index.html"]).text
        #expect(english.contains(#"<th scope="col">Industry</th>"#))
    }

    /// The pages that print the event's date: event, report, group PDF, home, fill form.
    static let datedPages = ["events/\(slug)/index.html", "events/\(slug)/report/index.html",
                             "events/\(slug)/groups/A/print/index.html", "events/\(slug)/groups/print/index.html",
                             "index.html", "events/\(slug)/fill/index.html"]

    @Test(arguments: [(DateStyle.wareki, "令和6年10月8日(火)", "2024年10月8日"), (.western, "2024年10月8日(火)", "令和6年10月8日")])
    func oneDateStyleEverywhere(style: DateStyle, shown: String, never: String) throws {
        var content = SampleContent.content()
        content.site.dateStyle = style
        let files = try Repo.render(content)
        for path in Self.datedPages {
            let text = try #require(files[path], "no \(path)").text
            #expect(text.contains(shown), "\(path) does not write \(shown)")
            #expect(!text.contains(never), "\(path) writes \(never) although date_style is \(style)")
        }
    }

    @Test func englishSitesWriteWesternDates() throws {
        var content = SampleContent.content(language: .en)
        content.site.dateStyle = .wareki
        let files = try Repo.render(content)
        for path in Self.datedPages {
            let text = try #require(files[path]).text
            #expect(text.contains("Tue 8 October 2024"), "\(path)")
            #expect(!text.contains("令和6年10月"), "\(path)")
        }
    }

    @Test func dateStyleIsReadFromSiteYAML() {
        func site(_ line: String) -> (DateStyle, [Finding]) {
            let result = ContentLoader(fileSystem: .memory(["site.yaml": "title: t\nlanguage: ja\n\(line)\n"])).load()
            return (result.content.site.dateStyle, result.findings.filter { $0.location.file.hasSuffix("site.yaml") })
        }
        #expect(site("").0 == .wareki)
        #expect(site("date_style: western").0 == .western)
        #expect(site("date_style: wareki").1.isEmpty)
        let (fallback, findings) = site("date_style: 和暦")
        #expect(fallback == .wareki)
        #expect(findings.map(\.code) == [.invalidField])
        #expect(findings.first?.location.line == 3)
    }

    @Test func reportLeavesOutVoicesWhenThereAreNone() throws {
        let with = try #require(try Repo.render()["events/\(Self.slug)/report/index.html"]).text
        #expect(with.contains(#"id="voices""#) && with.contains(##"href="#voices""##))
        var content = SampleContent.content()
        content.events[0].voices = Voices()
        let without = try #require(try Repo.render(content)["events/\(Self.slug)/report/index.html"]).text
        #expect(!without.contains(#"id="voices""#), "an empty voices section is shown")
        #expect(!without.contains(##"href="#voices""##), "the contents link to a voices section that is not there")
        #expect(!without.contains("セミナー参加者の声"))
    }

    @Test func onlyTheFacilitatorBuildHasFillInForms() throws {
        let facilitator = try Repo.render(audience: .facilitator)
        #expect(facilitator["events/\(Self.slug)/fill/index.html"] != nil)
        #expect(facilitator["events/\(Self.slug)/index.html"]?.text.contains("fill/index.html") == true)
        let published = try Repo.render(audience: .public)
        #expect(published["events/\(Self.slug)/fill/index.html"] == nil, "the public site offers a form nobody collects")
        #expect(published.values.allSatisfy { !$0.text.contains("fill/index.html") }, "a public page links to a fill-in form")
    }
}
