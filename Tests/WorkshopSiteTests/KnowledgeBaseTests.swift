import Foundation
import Testing
import WorkshopModel
@testable import WorkshopRender

/// The knowledge base (`knowledge/`): every procedure's obstacles and remedies
/// from every event, published work only whatever the audience, with event and
/// industry and never a pseudonym; linked from the control table page.
@Suite struct KnowledgeBaseTests {
    /// The sample event plus a later one on the same control table.
    static func content() -> Content {
        var content = SampleContent.content()
        var later = SampleContent.event(published: "後の回の記述")
        later.slug = "2025-06-17-session-01"
        later.title = "第1回 後の回"
        later.date = CalendarDate(year: 2025, month: 6, day: 17)
        later.worksheets = [SampleContent.worksheet("C-01", group: "A", industry: "旅行業", publish: true, words: "後の回の記述")]
        later.groupSheets = []
        content.events.append(later)
        return content
    }

    static func text(_ files: [String: RenderedFile], _ path: String) throws -> String {
        String(decoding: try #require(files[path], "\(path)").contents, as: UTF8.self)
    }

    @Test(arguments: [Audience.facilitator, .public])
    func publishedWorkOnlyWithEventAndIndustryNeverAPseudonym(audience: Audience) throws {
        let files = try Repo.render(Self.content(), audience: audience)
        let pages = files.keys.filter { PageKind.of($0) == .knowledge }.sorted()
        // The index and the one control with obstacles (6: every sample obstacle is on 6-1).
        #expect(pages == ["knowledge/controls-test/6/index.html", "knowledge/index.html"])
        let page = try Self.text(files, "knowledge/controls-test/6/index.html")
        for path in pages {
            let html = try Self.text(files, path)
            for secret in [SampleContent.canary, SampleContent.canaryPseudonym, SampleContent.publishedPseudonym, "A-02", "C-01", "<script>alert"] {
                #expect(!html.contains(secret), "\(audience) \(path): \(secret)")
            }
        }
        // Published worksheets of both events and the published group sheet, newest event first.
        let later = try #require(page.range(of: "課題 後の回の記述"))
        let earlier = try #require(page.range(of: "課題 公開された記述"))
        #expect(later.lowerBound < earlier.lowerBound)
        #expect(page.contains("解決 公開された記述") && page.contains("グループの課題 グループA") && page.contains("グループの解決 グループA"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "a participant's markup is escaped")
        #expect(page.contains("電子部品の卸売業") && page.contains("旅行業") && page.contains("金属加工業"))
        #expect(page.contains("href=\"../../../events/2024-10-08-session-06/index.html\"") && page.contains("第1回 後の回"))
        #expect(page.contains("グループの検討"))
        // Four worksheet obstacles and one group obstacle on 6-1; the index says so.
        let index = try Self.text(files, "knowledge/index.html")
        #expect(index.contains("href=\"../knowledge/controls-test/6/index.html#p-6-1\"") && index.contains("(4)"))
    }

    @Test func theControlTablePageLinksEachControlsObstacles() throws {
        let files = try Repo.render(Self.content(), audience: .public)
        let table = try Self.text(files, "catalogs/controls-test/index.html")
        #expect(table.contains("href=\"../../knowledge/controls-test/6/index.html\"") && table.contains("課題と解決手段 (4)"))
        #expect(!table.contains("knowledge/controls-test/1/"), "no link to a control without obstacles")
        let home = try Self.text(files, "index.html")
        #expect(home.contains("href=\"knowledge/index.html\""))
    }

    @Test func anEmptySeriesSaysSo() throws {
        var content = SampleContent.content()
        content.events[0].worksheets = content.events[0].worksheets.filter { !$0.publish }
        content.events[0].groupSheets = []
        let files = try Repo.render(content, audience: .public)
        #expect(files.keys.filter { PageKind.of($0) == .knowledge } == ["knowledge/index.html"])
        #expect(try Self.text(files, "knowledge/index.html").contains("公開された課題と解決手段はまだありません。"))
    }

    @Test func onlyAnEditOfPublishedWorkRebuildsIt() throws {
        let renderer = SiteRenderer(theme: try Repo.defaultTheme(), options: BuildOptions())
        let content = Self.content()
        let site = try renderer.prepareSite(content: content)
        let event = content.events[0]
        func edit(_ participant: String, publish: Bool? = nil) throws -> SiteChange {
            let before = try #require(event.worksheets.first { $0.participant == participant })
            var after = before
            after.industry += "（改）"
            if let publish { after.publish = publish }
            return SiteChange(worksheets: [WorksheetEdit(event: event.slug, before: before, after: after)], findingsChanged: false)
        }
        let knowledge = { (pages: Set<SitePage>) in pages.filter { $0.kind == .knowledge } }
        #expect(knowledge(Set(renderer.pages(affectedBy: try edit("B-01"), in: site))).isEmpty, "an unpublished worksheet")
        #expect(knowledge(Set(renderer.pages(affectedBy: try edit("B-01", publish: true), in: site))).count == 2, "published now")
        #expect(knowledge(Set(renderer.pages(affectedBy: try edit("A-02"), in: site))).count == 2, "a published worksheet")
        // Only the pages of the controls its obstacles are on.
        var other = content
        other.controlTables[0].controls.append(Control(number: 13, category: .technological, iso: "8.12", title: "別の管理策", summary: "",
                                                       procedures: SampleContent.procedures(13), location: SampleContent.at("catalogs/controls.yaml")))
        var sheet = SampleContent.worksheet("X-01", group: "A", industry: "業種", publish: true, words: "別の手順")
        sheet.obstacles[0].procedure = ProcedureRef(raw: "13-1", id: ProcedureID(control: 13, number: 1), location: SampleContent.at("x.md"))
        other.events[0].worksheets.append(sheet)
        let otherSite = try renderer.prepareSite(content: other)
        var after = sheet
        after.industry = "別の業種"
        let change = SiteChange(worksheets: [WorksheetEdit(event: event.slug, before: sheet, after: after)], findingsChanged: false)
        #expect(knowledge(Set(renderer.pages(affectedBy: change, in: otherSite))) == [SitePage(.knowledge), SitePage(.knowledge, id: "c:controls-test/13")])
    }

    @Test func pageKindsOfItsPaths() {
        #expect(PageKind.of("knowledge/index.html") == .knowledge)
        #expect(PageKind.of("knowledge/t/6/") == .knowledge)
        #expect(PageKind.of("knowledge/t/") == .other)
        #expect(!PageKind.knowledge.participantsMayOpen)
    }

    /// A procedure with more entries than its control's page shows gets pages of its own, a hundred at a time.
    @Test func aProcedureWithManyEntriesHasPagesOfItsOwn() throws {
        var content = SampleContent.content()
        content.events[0].groupSheets = []
        content.events[0].worksheets = (1...230).map { n in
            SampleContent.worksheet(String(format: "P-%03d", n), group: "A", industry: "業種\(n)", publish: true, words: "記述\(n)番")
        }
        let files = try Repo.render(content, audience: .public)
        let pages = files.keys.filter { PageKind.of($0) == .knowledge }.sorted()
        #expect(pages == ["knowledge/controls-test/6/1/2/index.html", "knowledge/controls-test/6/1/3/index.html", "knowledge/controls-test/6/1/index.html",
                          "knowledge/controls-test/6/index.html", "knowledge/index.html"])
        let control = try Self.text(files, "knowledge/controls-test/6/index.html")
        #expect(control.components(separatedBy: "class=\"card knowledge-entry\"").count == 11, "ten on the control's page")
        #expect(control.contains("knowledge/controls-test/6/1/index.html\"") && control.contains("230件の課題をすべて見る"))
        let first = try Self.text(files, "knowledge/controls-test/6/1/index.html")
        let third = try Self.text(files, "knowledge/controls-test/6/1/3/index.html")
        #expect(first.components(separatedBy: "class=\"card knowledge-entry\"").count == 101)
        #expect(third.components(separatedBy: "class=\"card knowledge-entry\"").count == 31)
        #expect(first.contains("課題 記述1番") && !first.contains("課題 記述101番") && third.contains("課題 記述230番"))
        #expect(first.contains("knowledge/controls-test/6/1/2/index.html\" rel=\"next\"") && !first.contains("rel=\"prev\""))
        #expect(third.contains("knowledge/controls-test/6/1/2/index.html\" rel=\"prev\"") && !third.contains("rel=\"next\""))
        #expect(third.contains("230件のうち 201〜230件目"))
        for id in ["", "c:controls-test/6", "p:controls-test/6-1/1", "p:controls-test/6-1/3"] {
            #expect(KnowledgePageID(id: id)?.id == id)
        }
        #expect(KnowledgePageID(id: "p:a/b/6-1/2") == .procedure(table: "a/b", procedure: ProcedureID(control: 6, number: 1), page: 2))
    }
    /// Entries across many events: the counts and every slice of them are
    /// those of the plain list (newest event first, each event's own order),
    /// whichever events a page boundary falls in.
    @Test func slicesAcrossEventsAreThoseOfThePlainList() throws {
        var content = SampleContent.content()
        content.events = [37, 0, 55, 1, 80, 58].enumerated().map { index, size in
            var event = SampleContent.event()
            event.slug = "2025-0\(index + 1)-01-session-0\(index + 1)"
            event.groupSheets = []
            event.worksheets = (0..<max(size, 1)).map { n in
                SampleContent.worksheet(String(format: "E%d-%03d", index, n), group: "A", industry: "業種", publish: size > 0, words: "\(index)-\(n)")
            }
            return event
        }
        let filter = AudienceFilter(audience: .public)
        var aggregates: [String: Aggregates] = [:]
        for event in content.events { aggregates[event.slug] = Aggregates(countsFrom: event, textsFrom: filter.filter(event)) }
        let base = KnowledgeBase(content: filter.apply(to: content), aggregates: aggregates)
        let table = try #require(content.controlTables.first)
        let procedure = ProcedureID(control: 6, number: 1)
        let plain = content.events.reversed().flatMap { event in
            (aggregates[event.slug]?.publishedObstacles[procedure] ?? []).map { (event.slug, $0) }
        }
        #expect(plain.count == 231)
        #expect(base.count(table: table, procedure: procedure) == plain.count)
        #expect(base.shelf(of: table.id)?.procedureCounts[procedure] == plain.count)
        for lower in [0, 1, 9, 10, 57, 58, 59, 137, 138, 139, 193, 194, 200, 230, 231] {
            for length in [0, 1, 10, 100, 300] {
                let range = lower..<min(plain.count, lower + length)
                let slice = base.entries(table: table, procedure: procedure, range: lower..<(lower + length))
                #expect(slice.map(\.event.slug) == plain[range].map(\.0), "\(lower)+\(length)")
                #expect(slice.map(\.obstacle) == plain[range].map(\.1), "\(lower)+\(length)")
            }
        }
        #expect(base.count(table: table, procedure: ProcedureID(control: 6, number: 9)) == 0)
        #expect(base.entries(table: table, procedure: ProcedureID(control: 6, number: 9), range: 0..<10).isEmpty)
    }
}
