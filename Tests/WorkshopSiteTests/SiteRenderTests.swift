import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopModel
@testable import WorkshopRender

@Suite("Site rendering")
struct SiteRenderTests {
    let slug = "2024-10-08-session-06"

    @Test func rendersEveryPageKind() throws {
        let files = try Repo.render()
        let event = "events/\(slug)/"
        let expected = [
            "index.html", "404.html", "sitemap.xml", "assets/site.css",
            "catalogs/threats-test/index.html", "catalogs/controls-test/index.html",
            event + "index.html", event + "seminar/index.html", event + "seminar/agile/index.html",
            event + "worksheets/index.html", event + "worksheets/QX-PUBLISHED-17/index.html", event + "worksheets/ZZ-CANARY-99/index.html",
            event + "groups/A/index.html", event + "groups/A/present/index.html", event + "groups/A/print/index.html",
            event + "groups/B/index.html", event + "groups/print/index.html",
            event + "report/index.html", event + "aggregates/index.html", event + "event.json", event + "procedures.csv",
        ]
        for path in expected { #expect(files[path] != nil, "missing \(path)") }
    }

    @Test func nextSessionLinksItsPageOnlyWhenTheSeriesHasIt() throws {
        let files = try Repo.render()
        #expect(try #require(files["events/\(slug)/index.html"]).text.contains("次回のページへ") == false)
        var content = SampleContent.content()
        var later = SampleContent.event()
        later.slug = "2024-10-22-session-07"
        later.title = "第7回"
        later.date = CalendarDate(year: 2024, month: 10, day: 22)
        later.next = nil
        content.events.append(later)
        let both = try Repo.render(content)
        let event = try #require(both["events/\(slug)/index.html"]).text
        #expect(event.contains("<a href=\"../../events/2024-10-22-session-07/index.html\">次回のページへ</a>"))
        #expect(!(try #require(both["events/2024-10-22-session-07/index.html"]).text.contains("次回のページへ")))
    }

    @Test func emptySiteStillRenders() throws {
        let empty = Content(site: SiteConfig(title: "空のサイト", location: SourceLocation(file: "site.yaml")))
        let files = try Repo.render(empty)
        #expect(files["index.html"]?.text.contains("まだ開催回がありません") == true)
        #expect(files["404.html"] != nil && files["sitemap.xml"] != nil)
        #expect(LinkChecker(files: files).check().isEmpty)
    }

    @Test func renderingIsDeterministic() throws {
        let first = try Repo.render()
        let second = try Repo.render()
        for (path, file) in first { #expect(second[path]?.contents == file.contents, "\(path) differs between two renders") }
    }

    @Test func perEventAndSitewideRenderingAddUpToTheWholeSite() throws {
        let renderer = SiteRenderer(theme: try Repo.defaultTheme(), options: BuildOptions())
        let content = SampleContent.content()
        let whole = try renderer.render(content: content)
        let parts = try renderer.renderEvent(slug, content: content) + renderer.renderSitewide(content: content)
        #expect(Set(parts.map(\.path)) == Set(whole.map(\.path)))
        let wholeByPath = Dictionary(whole.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        for part in parts { #expect(wholeByPath[part.path] == part.contents, "\(part.path) differs") }
        #expect(try renderer.renderEvent("no-such-event", content: content).isEmpty)
    }

    @Test(arguments: [Audience.facilitator, .public])
    func everyInternalLinkResolves(audience: Audience) throws {
        let findings = [Finding(.unknownLabel, at: SourceLocation(file: "x.md", line: 1, column: 1), "w")]
        let files = try Repo.render(audience: audience, findings: findings)
        let broken = LinkChecker(files: files).check()
        #expect(broken.isEmpty, "\(broken.prefix(20))")
    }

    @Test func controlTableHasStableAnchorsAndCounts() throws {
        let files = try Repo.render()
        let html = try #require(files["catalogs/controls-test/index.html"]).text
        #expect(html.contains("id=\"p-6-1\""))
        #expect(html.contains("id=\"c-6\""))
        let group = try #require(files["events/\(slug)/groups/A/index.html"]).text
        #expect(group.contains("../../../../catalogs/controls-test/index.html#p-6-1"))
    }

    @Test func everyPageHasOneH1AndTheLanguage() throws {
        let files = try Repo.render()
        for (path, file) in files where path.hasSuffix(".html") {
            let html = file.text
            #expect(html.components(separatedBy: "<h1").count == 2, "\(path) must have one <h1>")
            #expect(html.contains("<html lang=\"ja\">"), "\(path)")
            #expect(html.contains("<main"), "\(path)")
            let ids = LinkChecker.attributes("id", in: html)
            #expect(Set(ids).count == ids.count, "\(path) has duplicate ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
        }
    }

    @Test func escapesWhatParticipantsWrote() throws {
        for audience in Audience.allCases {
            let files = try Repo.render(audience: audience)
            for (path, file) in files where path.hasSuffix(".html") {
                #expect(!file.text.contains(SampleContent.script), "\(path) prints a script tag")
            }
            let group = try #require(files["events/\(slug)/groups/A/index.html"]).text
            #expect(group.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }

    @Test func rawHTMLInSeminarIsShownAsText() throws {
        let files = try Repo.render()
        let seminar = try #require(files["events/\(slug)/seminar/index.html"]).text
        #expect(!seminar.contains("<b>raw</b>"))
        #expect(seminar.contains("<table>"))
        #expect(seminar.contains("<h2 id=\"ねらい\">"), "## becomes <h2> under the page's <h1>")
        #expect(seminar.contains("href=\"#まとめ\""), "a table of contents for long articles")
    }

    @Test func englishStringsWhenSiteIsInEnglish() throws {
        let files = try Repo.render(SampleContent.content(language: .en))
        let event = try #require(files["events/\(slug)/index.html"]).text
        #expect(event.contains("<html lang=\"en\">"))
        #expect(event.contains("Event report"))
        #expect(!event.contains("開催レポート"))
        let japanese = try #require(try Repo.render()["events/\(slug)/index.html"]).text
        #expect(japanese.contains("開催レポート"))
    }

    @Test func baseURLGivesCanonicalAndAbsoluteSitemap() throws {
        let files = try Repo.render(baseURL: "https://example.jp/ws")
        let sitemap = try #require(files["sitemap.xml"]).text
        #expect(sitemap.contains("<loc>https://example.jp/ws/events/\(slug)/</loc>"))
        let page = try #require(files["events/\(slug)/report/index.html"]).text
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.jp/ws/events/\(slug)/report/\">"))
        #expect(page.contains("href=\"../../../index.html\""))
    }

    @Test func reportShowsOnlyPublishedGroups() throws {
        let report = try #require(try Repo.render()["events/\(slug)/report/index.html"]).text
        #expect(report.contains("グループの影響 グループA"))
        #expect(!report.contains(SampleContent.canary))
        #expect(report.contains("開催日時と場所"))
        #expect(report.contains("付録"))
        #expect(report.contains("令和6年10月8日(火)"))
        #expect(JapaneseEra.format(CalendarDate(year: 2019, month: 5, day: 1)) == "令和元年5月1日(水)")
        #expect(JapaneseEra.format(CalendarDate(year: 2019, month: 4, day: 30)) == "平成31年4月30日(火)")
    }

    @Test func aggregatesCountAndDrawTheHeatmap() throws {
        let files = try Repo.render()
        let html = try #require(files["events/\(slug)/aggregates/index.html"]).text
        #expect(html.contains("<svg"))
        #expect(html.contains("<figure class=\"heatmap\">"))
        let aggregates = Aggregates(worksheets: SampleContent.event().worksheets, groupSheets: SampleContent.event().groupSheets)
        #expect(aggregates.count(ProcedureID(control: 6, number: 1)) == 4)
        #expect(aggregates.count(threat: 3, procedure: ProcedureID(control: 6, number: 1)) == 4)
        #expect(aggregates.unchosenControls(in: SampleContent.controls).map(\.number) == [1, 13])
        #expect(aggregates.mostChosen().first?.id == ProcedureID(control: 6, number: 1))
    }

    @Test func csvHasBOMQuotingAndNoParticipantForPublic() throws {
        let facilitator = try #require(try Repo.render()["events/\(slug)/procedures.csv"])
        #expect(facilitator.contents.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(facilitator.text.contains("participant"))
        #expect(facilitator.text.contains(SampleContent.publishedPseudonym))
        let publicCSV = try #require(try Repo.render(audience: .public)["events/\(slug)/procedures.csv"]).text
        #expect(!publicCSV.contains("participant"))
        #expect(!publicCSV.contains(SampleContent.publishedPseudonym))
        #expect(ProceduresCSV.quote("a,\"b\"") == "\"a,\"\"b\"\"\"")
        #expect(ProceduresCSV.quote("=1+2") == "'=1+2")
        // A CR LF pair is one Swift Character, neither "\r" nor "\n": the field is quoted all the same.
        #expect(ProceduresCSV.quote("一行目\r\n二行目") == "\"一行目\r\n二行目\"")
        // A formula sign followed by a combining mark still starts a formula in a spreadsheet.
        #expect(ProceduresCSV.quote("=\u{301}1") == "'=\u{301}1")
        #expect(ProceduresCSV.quote("-3") == "-3")
        #expect(ProceduresCSV.quote("6-1") == "6-1")
    }

    @Test func fillDataIsSafeInsideAScript() throws {
        #expect(FillData.scriptSafe("{\"a\":\"</script><b>&\"}") == "{\"a\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"}")
        let data = FillData(event: SampleContent.event(), content: SampleContent.content())
        #expect(data.threats.map(\.id) == [2, 3, 8])
        #expect(data.excludedThreats == [1])
        #expect(data.controls.first?.categoryName == "組織")
    }

    @Test func fillPageSubmitsOnlyWhenServedWithCollect() throws {
        let slug = SampleContent.event().slug
        let plain = try #require(try Repo.render()["events/\(slug)/fill/index.html"]).text
        #expect(plain.contains("\"collect\":false"))
        var options = BuildOptions()
        options.collectSubmissions = true
        let files = try SiteRenderer(theme: try Repo.defaultTheme(), options: options).render(content: SampleContent.content(), findings: [])
        let served = try #require(files.first { $0.path == "events/\(slug)/fill/index.html" }).text
        #expect(served.contains("\"collect\":true"))
    }
}

/// The forms' script-safe JSON works on UTF-8 bytes; it must equal the escaping by Unicode scalar.
@Suite struct ScriptSafeJSONTests {
    static func byScalar(_ json: String) -> String {
        var out = ""
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test func bytesAndScalarsAgree() {
        let pieces = ["<", ">", "&", "\u{2028}", "\u{2029}", "–", "€", "\u{2027}", "\u{202A}", "a", "漢", "\u{E2}", "é", "\"", "\\", "\u{2026}", "\u{1F600}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(FormCatalogue.scriptSafe(text) == Self.byScalar(text), "\(Array(text.unicodeScalars))")
        }
        #expect(FormCatalogue.scriptSafe("\u{2028}\u{2029}–€") == "\\u2028\\u2029–€")
    }
}
