import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopModel
@testable import WorkshopRender

/// The series report (`series/`) against counts worked out by hand on a
/// small series: three events over two catalogue years (FY2024 twice, FY2025
/// once), with a renamed, a merged, a dropped and a new threat.
@Suite("Series report")
struct SeriesTests {
    typealias S = SampleContent

    // 2024: 1 A, 2 B, 3 C, 4 D.  2025: 1 A' (renamed from 1), 2 BC (2 and 3 merged), 3 E (new); 2024's 4 dropped.
    static let threats2024 = ThreatCatalogue(id: "threats-2024", title: "脅威 2024", threats: [
        Threat(id: 1, title: "旧A", location: S.at("t24")), Threat(id: 2, title: "旧B", location: S.at("t24")),
        Threat(id: 3, title: "旧C", location: S.at("t24")), Threat(id: 4, title: "旧D", location: S.at("t24")),
    ], location: S.at("t24"))
    static let threats2025 = ThreatCatalogue(id: "threats-2025", title: "脅威 2025", threats: [
        Threat(id: 1, title: "新A", location: S.at("t25")), Threat(id: 2, title: "新BC", location: S.at("t25")),
        Threat(id: 3, title: "新E", location: S.at("t25")),
    ], location: S.at("t25"))

    static func ids(_ values: [String]) -> [CatalogueMapping.MappedID] { values.map { CatalogueMapping.MappedID($0, at: S.at("m")) } }
    static let mapping = CatalogueMapping(id: "threats-2024-to-2025", kind: .threats, from: "threats-2024", fromLocation: S.at("m"),
                                          to: "threats-2025", toLocation: S.at("m"), steps: [
        .init(from: ids(["1"]), to: ids(["1"]), change: .renamed, location: S.at("m")),
        .init(from: ids(["2", "3"]), to: ids(["2"]), change: .merged, location: S.at("m")),
        .init(from: ids(["4"]), to: [], change: .dropped, location: S.at("m")),
        .init(from: [], to: ids(["3"]), change: .new, location: S.at("m")),
    ], location: S.at("m"))

    /// A worksheet writing about `impacts` and choosing `choices` (procedure, against threats).
    static func sheet(_ participant: String, publish: Bool, impacts: [Int], choices: [(ProcedureID, [Int])] = []) -> Worksheet {
        Worksheet(participant: participant, group: "A", industry: "業種", publish: publish,
                  impacts: impacts.map { ThreatImpact(threat: ThreatRef(raw: "\($0)", id: $0, location: S.at("w")), location: S.at("w")) },
                  choices: choices.map { choice in
                      ProcedureChoice(procedure: ProcedureRef(raw: choice.0.description, id: choice.0, location: S.at("w")),
                                      threats: choice.1.map { ThreatRef(raw: "\($0)", id: $0, location: S.at("w")) }, location: S.at("w"))
                  },
                  location: S.at("w"))
    }

    static func event(_ slug: String, _ title: String, _ date: CalendarDate, catalogue: String, worksheets: [Worksheet], groupSheets: [GroupSheet] = []) -> Event {
        Event(slug: slug, title: title, date: date, threatCatalogueID: catalogue, controlTableID: S.controls.id,
              groups: [GroupInfo(id: "A", name: "", location: S.at("e")), GroupInfo(id: "B", name: "", location: S.at("e"))],
              worksheets: worksheets, groupSheets: groupSheets, location: S.at("e"))
    }

    static let p61 = ProcedureID(control: 6, number: 1), p62 = ProcedureID(control: 6, number: 2)
    static let p11 = ProcedureID(control: 1, number: 1), p131 = ProcedureID(control: 13, number: 1)

    static func content() -> Content {
        let e1 = event("2024-10-08-s1", "第1回", CalendarDate(year: 2024, month: 10, day: 8), catalogue: "threats-2024", worksheets: [
            sheet("P1", publish: true, impacts: [2, 3], choices: [(p61, [2, 3])]),   // B and C: one row, counted once
            sheet("P2", publish: true, impacts: [1], choices: [(p61, [1])]),
            sheet("P3", publish: false, impacts: [2, 4], choices: [(p131, [4])]),
        ], groupSheets: [S.groupSheet("A", publish: true, words: "x"), S.groupSheet("B", publish: false, words: S.canary)])
        // February 2025 is still FY2024.
        let e2 = event("2025-02-10-s2", "第2回", CalendarDate(year: 2025, month: 2, day: 10), catalogue: "threats-2024", worksheets: [
            sheet("Q1", publish: true, impacts: [3], choices: [(p61, [3])]),
            sheet("Q2", publish: true, impacts: [1], choices: [(p11, [1])]),
        ])
        let e3 = event("2025-06-10-s3", "第3回", CalendarDate(year: 2025, month: 6, day: 10), catalogue: "threats-2025", worksheets: [
            sheet("R1", publish: true, impacts: [2], choices: [(p61, [2])]),
            sheet("R2", publish: true, impacts: [2, 3], choices: [(p62, [3])]),     // 2025's 3 is the new E
            sheet("R3", publish: false, impacts: [1]),
        ])
        return Content(site: SiteConfig(title: "テスト", language: .ja, location: S.at("site.yaml")),
                       threatCatalogues: [threats2024, threats2025], controlTables: [S.controls], events: [e1, e2, e3],
                       catalogueMappings: [mapping])
    }

    /// The cells of the table row `<tr id="…">`, tags removed.
    static func cells(_ page: String, row id: String) -> [String] {
        guard let start = page.range(of: "<tr id=\"\(id)\">"), let end = page.range(of: "</tr>", range: start.upperBound..<page.endIndex) else { return [] }
        let row = String(page[start.upperBound..<end.lowerBound])
        return row.components(separatedBy: "<td").dropFirst().map { cell in
            let inner = cell.drop { $0 != ">" }.dropFirst()
            return String(inner).replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression).trimmingCharacters(in: .whitespaces)
        }
    }

    static func page(_ audience: Audience) throws -> String {
        try #require(try Repo.render(content(), audience: audience)["series/index.html"]).text
    }

    @Test func rowsFollowTheMappings() {
        let rows = SeriesRows.threats(of: Self.content())
        // Newest catalogue's rows first, then what only the older one has.
        #expect(rows.rows.map(\.heads) == [["1"], ["2"], ["3"], ["4"]])
        #expect(rows.rows.map(\.newest) == ["threats-2025", "threats-2025", "threats-2025", "threats-2024"])
        #expect(rows.row(catalogue: "threats-2024", id: "2") == 1)
        #expect(rows.row(catalogue: "threats-2024", id: "3") == 1)
        #expect(rows.row(catalogue: "threats-2024", id: "1") == 0)
        #expect(rows.rows[1].earlier == [.init(catalogue: "threats-2024", id: "2"), .init(catalogue: "threats-2024", id: "3")])
        #expect(rows.rows[2].earlier.isEmpty)
    }

    @Test func programmeYearIsTheFiscalYearFromApril() {
        func year(_ m: Int, _ y: Int) -> Int? {
            ProgrammeYear.of(Event(slug: "x", title: "", date: CalendarDate(year: y, month: m, day: 1), threatCatalogueID: "", controlTableID: "", location: S.at("e")))
        }
        #expect(year(3, 2025) == 2024)
        #expect(year(4, 2025) == 2025)
        #expect(year(12, 2024) == 2024)
    }

    @Test func facilitatorCountsByHand() throws {
        let page = try Self.page(.facilitator)
        // Row A (2024 1 → 2025 1): P2, Q2 in FY2024; R3 in FY2025.
        #expect(Self.cells(page, row: "row-0") == ["2", "1", "3"])
        // Row BC (2024 2, 3 → 2025 2): P1 (once for B and C), P3, Q1 in FY2024; R1, R2 in FY2025.
        #expect(Self.cells(page, row: "row-1") == ["3", "2", "5"])
        // Row E (new in 2025): R2.
        #expect(Self.cells(page, row: "row-2") == ["0", "1", "1"])
        // Row D (dropped after 2024): P3.
        #expect(Self.cells(page, row: "row-3") == ["1", "0", "1"])
        // The row says what it includes.
        #expect(page.contains("含む：2024 No.2 旧B、2024 No.3 旧C"))
        #expect(page.contains("含む：2024 No.1 旧A"))
        // Sessions: participants 3, 2, 3; group sheets 2, 0, 0; years.
        #expect(page.contains("<span class=\"stat__value\">8</span>"))
        #expect(page.contains("<th scope=\"col\">2024年度</th><th scope=\"col\">2025年度</th>"))
        // Per programme year: sessions, participants, group sheets.
        #expect(page.contains("<tr><th scope=\"row\">2024年度</th><td class=\"num\">2</td><td class=\"num\">5</td><td class=\"num\">2</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">2025年度</th><td class=\"num\">1</td><td class=\"num\">3</td><td class=\"num\">0</td></tr>"))
        // Procedures against BC: 6-1 by P1, Q1, R1 (3); E: 6-2 by R2; A: 6-1 (P2) and 1-1 (Q2).
        let summary = SeriesSummary.sum(Self.content(), audience: .facilitator)
        #expect(summary.participants == 8)
        #expect(summary.groupSheets == 2)
        #expect(summary.threatRows == [0: 3, 1: 5, 2: 1, 3: 1])
        let procedureRows = SeriesRows.procedures(of: Self.content())
        func pair(_ threat: Int, _ procedure: ProcedureID) -> Int {
            summary.pairs[.init(threatRow: threat, procedureRow: procedureRows.row(catalogue: S.controls.id, id: procedure.description)!)] ?? 0
        }
        #expect(pair(1, Self.p61) == 3)
        #expect(pair(2, Self.p62) == 1)
        #expect(pair(0, Self.p61) == 1)
        #expect(pair(0, Self.p11) == 1)
        #expect(pair(3, Self.p131) == 1)
        #expect(summary.pairs.values.reduce(0, +) == 7)
        // Every control was chosen by someone (1-1, 6-x, 13-1).
        #expect(page.contains("すべての管理策から実施手順が選ばれました。"))
    }

    @Test func publicCountsOnlyPublishedWorkAndHidesSmallCounts() throws {
        let page = try Self.page(.public)
        // Published: P1, P2, Q1, Q2, R1, R2. Row A: P2, Q2 (2 → <3), FY2025 none (0), total 2 (<3).
        #expect(Self.cells(page, row: "row-0") == ["<3", "0", "<3"].map { $0.replacingOccurrences(of: "<", with: "&lt;") })
        // Row BC: P1, Q1 (<3); R1, R2 (<3); total 4, which would say both are 2: printed as its bound, ≥2.
        #expect(Self.cells(page, row: "row-1") == ["&lt;3", "&lt;3", "≥2"])
        // Row E: R2 (<3). Row D: nobody published it, so no row.
        #expect(Self.cells(page, row: "row-2") == ["0", "&lt;3", "&lt;3"])
        #expect(Self.cells(page, row: "row-3").isEmpty)
        // 6-1 against BC: P1, Q1, R1: 3 is printed as 3.
        #expect(page.contains("</a> 手順 6-1 の内容 — 3</li>"))
        // Total participants 6, but sessions 2, 2, 2 are all <3: 6 would give them away, so ≥3 (here and in the table's foot).
        #expect(page.contains("<span class=\"stat__value\">≥3</span>"))
        #expect(page.contains("<td class=\"num\">≥3</td><td class=\"num\">1</td>"))
        #expect(!page.contains("<span class=\"stat__value\">6</span>"))
        // Sessions: 2, 2, 2 published worksheets are all <3 (then the group sheets: 1, 0, 0, exact).
        for groups in ["1", "0", "0"] {
            #expect(page.contains("<td class=\"num\"><span class=\"suppressed\">&lt;3</span></td><td class=\"num\">\(groups)</td>"))
        }
        #expect(page.components(separatedBy: "<span class=\"suppressed\">&lt;3</span></td><td class=\"num\">0</td><td>").count - 1 == 2)
        // Per programme year: FY2024 has 4 published worksheets in sessions of 2 and 2 (so ≥2), FY2025 2 (<3).
        #expect(page.contains("<tr><th scope=\"row\">2024年度</th><td class=\"num\">2</td><td class=\"num\">≥2</td><td class=\"num\">1</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">2025年度</th><td class=\"num\">1</td><td class=\"num\">&lt;3</td><td class=\"num\">0</td></tr>"))
        // 13-1 was chosen only in an unpublished worksheet: control 13 is unchosen in public.
        #expect(page.contains("13. データ漏えいの防止"))
        #expect(!page.contains(S.canary))
        #expect(page.contains("1〜2人の数はすべて「&lt;3」"))
    }

    /// A total never gives away the counts it hides: exact only when none is hidden.
    @Test func publicTotalsHideWhatTheirPartsHide() {
        func total(_ values: [Int], _ audience: Audience = .public) -> String {
            PublicCount.total(of: values.map { PublicCount($0, audience: audience) }).text
        }
        #expect(total([3, 4, 5]) == "12")
        #expect(total([3, 2]) == "≥4", "5 less 3 would say 2")
        #expect(total([2, 2]) == "≥2", "4 would say both are 2")
        #expect(total([1, 2, 0, 7]) == "≥9")
        #expect(total([2, 0, 0]) == "<3", "one count above 0: the total is that count")
        #expect(total([0, 0]) == "0")
        #expect(total([]) == "0")
        #expect(total([2, 2], .facilitator) == "4")
        // Totals of totals stay bounds, and sort by their bound.
        let years = [PublicCount.total(of: [PublicCount(2, audience: .public), PublicCount(5, audience: .public)]), PublicCount(4, audience: .public)]
        let series = PublicCount.total(of: years)
        #expect(series.text == "≥10" && series.isLowerBound && series.shown == 10)
        #expect(!PublicCount(9, audience: .public).isLowerBound)
        // Drawn at its bound, labelled "≥n".
        let svg = SeriesBarsSVG(rows: [(label: "r", title: "t")], columns: ["a"], counts: [[series]], title: "x", id: "t").render().html
        #expect(svg.contains(">≥10</text>") && !svg.contains("series-chart__suppressed\""))
    }

    @Test func publicCountRule() {
        let shown = [0, 1, 2, 3, 4].map { PublicCount($0, audience: .public).text }
        #expect(shown == ["0", "<3", "<3", "3", "4"])
        #expect([0, 1, 2, 3].map { PublicCount($0, audience: .facilitator).text } == ["0", "1", "2", "3"])
        #expect(PublicCount(2, audience: .public).suppressed)
        #expect(!PublicCount(0, audience: .public).suppressed)
        #expect(!PublicCount(3, audience: .public).suppressed)
    }

    @Test func suppressedCountsAreAMarkerInTheSVGNotABar() {
        let svg = SeriesBarsSVG(rows: [(label: "<b>行</b>", title: "t")], columns: ["a", "b", "c", "d"],
                                counts: [[0, 1, 2, 3].map { PublicCount($0, audience: .public) }], title: "図 <x>", id: "t").render().html
        #expect(svg.components(separatedBy: "class=\"series-chart__suppressed\"").count - 1 == 2)
        #expect(svg.components(separatedBy: ">&lt;3</text>").count - 1 == 2)
        #expect(svg.contains(">3</text>"))
        #expect(svg.contains(">0</text>"))
        // Titles and labels are escaped.
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("&lt;b&gt;行&lt;/b&gt;"))
        #expect(svg.contains("aria-label=\"図 &lt;x&gt;\""))
        // The facilitator's chart draws 1 and 2 as bars with their numbers.
        let exact = SeriesBarsSVG(rows: [(label: "r", title: "t")], columns: ["a"], counts: [[PublicCount(1, audience: .facilitator)]], title: "x", id: "t").render().html
        #expect(!exact.contains("series-chart__suppressed\""))
        #expect(exact.contains(">1</text>"))
    }

    /// An edit recounts its event only; the page then shows the new sums (serve's rebuild).
    @Test func anEditRecountsItsEvent() throws {
        var content = Self.content()
        let renderer = SiteRenderer(theme: try Repo.defaultTheme(), options: BuildOptions(audience: .facilitator))
        let before = try renderer.prepareSite(content: content)
        content.events[2].worksheets.append(Self.sheet("R4", publish: false, impacts: [1]))
        let after = renderer.replacing(content.events[2], in: before)
        let page = try #require(try renderer.render([SitePage(.series, id: "")], of: after).first).text
        #expect(Self.cells(page, row: "row-0") == ["2", "2", "4"])
    }
}

extension SeriesSummary {
    /// The sum over a content's events as the audience sees them.
    static func sum(_ content: Content, audience: Audience) -> SeriesSummary {
        let visible = AudienceFilter(audience: audience).apply(to: content)
        let index = SeriesIndex(content: visible)
        var total = SeriesSummary()
        for event in visible.events { total.add(SeriesSummary(event: event, index: index)) }
        return total
    }
}
