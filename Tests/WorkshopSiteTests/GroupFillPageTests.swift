import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopModel
@testable import WorkshopRender

/// The group form (`events/<slug>/groups/<id>/fill/`): one per group of
/// event.yaml in the facilitator's build, none in a public build (it carries
/// unpublished members' text), its data the members' worksheets and the sheet.
@Suite("Group form")
struct GroupFillPageTests {
    static let slug = SampleContent.event().slug
    static func path(_ group: String) -> String { SitePaths.groupFill(slug, group) }

    /// The JSON the page carries in `#workshop-data`, decoded.
    static func data(in page: String) throws -> [String: Any] {
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"workshop-data\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
        return json
    }

    @Test func everyGroupHasAFormInTheFacilitatorsBuildAndNoneInThePublicOne() throws {
        let facilitator = try Repo.render(audience: .facilitator)
        for group in SampleContent.event().groups {
            let page = try #require(facilitator[Self.path(group.id)], "group \(group.id)").text
            #expect(page.contains("id=\"group-fill-app\""))
            #expect(page.contains("assets/group-fill.js") && page.contains("assets/form-kit.js") && page.contains("assets/group-fill-form.js"))
            #expect(PageKind.of(Self.path(group.id)) == .groupFill)
        }
        // The event page and the group page link the forms.
        #expect(try #require(facilitator[SitePaths.event(Self.slug)]).text.contains("groups/B/fill/index.html"))
        #expect(try #require(facilitator[SitePaths.group(Self.slug, "A")]).text.contains("fill/index.html"))

        let published = try Repo.render(audience: .public)
        #expect(published.keys.filter { $0.contains("/fill/") }.isEmpty, "a public build has no form")
        for (path, file) in published {
            #expect(!file.text.contains("fill/index.html"), "\(path) links to a form")
            #expect(!file.text.contains(SampleContent.canary), "\(path) leaks unpublished text")
        }
    }

    @Test func theFormCarriesEveryMembersTextAndTheSheetButNotItsHint() throws {
        let files = try Repo.render(audience: .facilitator)
        let a = try #require(files[Self.path("A")]).text
        let data = try Self.data(in: a)
        let worksheets = try #require(data["worksheets"] as? [[String: Any]])
        #expect(worksheets.map { $0["participant"] as? String } == [SampleContent.publishedPseudonym, "A-02", SampleContent.canaryPseudonym])
        // Published and unpublished members alike: the scribe picks from all of them.
        #expect(a.contains("影響 公開された記述") && a.contains("理由 " + SampleContent.canary) && a.contains("課題 " + SampleContent.canary))
        let impact = try #require((worksheets[0]["impacts"] as? [[String: Any]])?.first)
        #expect(impact["threat"] as? Int == 3 && impact["severity"] as? String == "high" && impact["business"] as? String == "事業 公開された記述")
        let choice = try #require((worksheets[0]["choices"] as? [[String: Any]])?.first)
        #expect(choice["procedure"] as? String == "6-1" && choice["threats"] as? [Int] == [3] && choice["text"] as? String == "手順 6-1 の内容")
        let group = try #require(data["group"] as? [String: Any])
        #expect(group["id"] as? String == "A" && group["name"] as? String == "卸業・製造業グループ")
        #expect(group["members"] as? [String] == [])
        // The catalogues as the fill-in form gets them.
        #expect((data["threats"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } == [2, 3, 8])
        #expect(data["excludedThreats"] as? [Int] == [1])
        #expect(data["collect"] as? Bool == false)
        // The sheet as it stands, without its hint (the facilitator's).
        let sheet = try #require(data["sheet"] as? [String: Any])
        #expect(sheet["threats"] as? [Int] == [3] && sheet["publish"] as? Bool == true)
        #expect(sheet["common"] as? [[String: String]] == [["procedure": "6-1", "reason": "共通の理由 グループA"]])
        #expect(sheet["hint"] == nil && !a.contains("ヒント **グループA**"))
        // The form's words, from the theme's strings.
        #expect((data["text"] as? [String: String])?["groupFillAddImpact"] == "① に追加")
        // Participants' text is data, never markup: a member's <script> stays inside the JSON as \u003c.
        #expect(!a.contains(SampleContent.script) && a.contains("\\u003cscript\\u003e"))
        // Group B only carries B's members.
        let b = try Self.data(in: try #require(files[Self.path("B")]).text)
        #expect((b["worksheets"] as? [[String: Any]])?.map { $0["participant"] as? String } == ["B-01"])
    }

    @Test func theRosterAndTheCollectFlagReachTheForm() throws {
        var content = SampleContent.content()
        content.events[0].groups[0].members = ["A-01", "A-09"]
        var options = BuildOptions()
        options.collectSubmissions = true
        let files = try SiteRenderer(theme: try Repo.defaultTheme(), options: options).render(content: content, findings: [])
        let page = try #require(files.first { $0.path == Self.path("A") }).text
        let data = try Self.data(in: page)
        #expect((data["group"] as? [String: Any])?["members"] as? [String] == ["A-01", "A-09"])
        #expect(data["collect"] as? Bool == true)
    }

    @Test func aMembersSubmissionRebuildsTheirGroupsFormOnly() throws {
        let renderer = SiteRenderer(theme: try Repo.defaultTheme(), options: BuildOptions())
        let site = try renderer.prepareSite(content: SampleContent.content())
        let event = SampleContent.event()
        let before = try #require(event.worksheets.first { $0.participant == "B-01" })
        var after = before
        after.industry = "小売業（改）"
        let affected = renderer.pages(affectedBy: SiteChange(worksheets: [WorksheetEdit(event: event.slug, before: before, after: after)], findingsChanged: false), in: site)
        #expect(affected.contains(SitePage(.groupFill, event: event.slug, id: "B")))
        #expect(!affected.contains(SitePage(.groupFill, event: event.slug, id: "A")))
    }
}

/// The group form's JSON is put together member by member (and remembered between `serve`'s rebuilds):
/// it must be the very bytes of encoding the whole at once.
@Suite struct GroupFillJSONTests {
    /// The data encoded whole, the way it was before it was put together member by member.
    struct Whole: Encodable {
        var data: GroupFillData
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: GroupFillData.CodingKeys.self)
            try container.encode(data.language, forKey: .language)
            try container.encode(data.event, forKey: .event)
            try container.encode(data.group, forKey: .group)
            try container.encode(data.threats, forKey: .threats)
            try container.encode(data.excludedThreats, forKey: .excludedThreats)
            try container.encode(data.controls, forKey: .controls)
            try container.encodeIfPresent(data.sheet, forKey: .sheet)
            try container.encode(data.collect, forKey: .collect)
            try container.encode(data.text, forKey: .text)
            var more = encoder.container(keyedBy: Extra.self)
            try more.encode(data.worksheets, forKey: .worksheets)
        }
        enum Extra: String, CodingKey { case worksheets }
    }

    @Test func memberByMemberIsTheWholeEncoding() throws {
        let content = SampleContent.content()
        let event = try #require(content.events.first)
        let theme = try Repo.defaultTheme()
        let strings = theme.strings(for: .ja)
        let memory = GroupFormMemory()
        for group in event.groups {
            let data = GroupFillData(event: event, group: group, content: content, strings: strings, collect: true)
            #expect(!data.worksheets.isEmpty || group.id != event.groups.first?.id)
            let whole = FormCatalogue.scriptSafeJSON(Whole(data: data))
            #expect(data.scriptSafeJSON(memory: nil) == whole)
            #expect(data.scriptSafeJSON(memory: memory) == whole)
            #expect(data.scriptSafeJSON(memory: memory) == whole)   // from memory
        }
    }
}
