import Foundation
import Testing
import WorkshopLoad
import WorkshopModel

typealias SheetLocation = WorkshopModel.SourceLocation

/// The worksheet format (docs: content-format, "Participant worksheet").
@Suite struct WorksheetReaderTests {
    static let file = "events/e/worksheets/A-01.md"

    static func read(_ text: String, language: Language = .ja) -> (Worksheet?, [Finding]) {
        WorksheetReader(language: language).read(text, file: file)
    }

    static func at(_ line: Int, _ column: Int) -> SheetLocation { SheetLocation(file: file, line: line, column: column) }

    static func codes(_ findings: [Finding]) -> [FindingCode] { findings.map(\.code) }

    static let front = "---\nparticipant: A-01\ngroup: A\nindustry: 卸売業\n---\n"

    /// The spec's example, verbatim.
    static let specExample = """
    ---
    participant: A-01        # pseudonym, unique within the event (required)
    group: A                 # must be a group of event.yaml (required)
    industry: 卸売業          # the participant's business (required)
    publish: true            # may excerpts appear in the public report (default false)
    ---

    ## ① 事業影響の認識

    ### 脅威 3 内部不正による情報漏えい等の被害
    - 事業内容: 電子部品の卸売
    - 影響: 取引先情報が漏れると、顧客と仕入先が直接取引を始めるおそれがある。
    - 影響度: 高

    ### 脅威 8
    - 事業内容: 経理（振込業務）
    - 影響: 偽の請求書による誤送金。

    ## ② 有効な実施手順

    ### 6-1
    - 脅威: 3
    - 理由: 人的対策が最も効果的だと考えたため。

    ## ③ 課題と解決手段

    ### 6-1
    - 課題: 社内に教育できる人材がいない。
      - 解決手段: 外部研修を活用する。
    - 課題: 研修の時間が取れない。
      - 解決手段: 朝礼で10分の勉強会を続ける。

    """

    @Test func specExampleGivesExactValuesAndLocations() throws {
        let (sheet, findings) = Self.read(Self.specExample)
        #expect(findings.isEmpty, "\(findings)")
        let ws = try #require(sheet)
        #expect(ws.participant == "A-01")
        #expect(ws.group == "A")
        #expect(ws.industry == "卸売業")
        #expect(ws.publish)
        #expect(ws.location == Self.at(1, 1))
        #expect(ws.fieldLocations["group"]?.line == 3)
        #expect(ws.themeLocations == [.impact: Self.at(8, 1), .procedures: Self.at(19, 1), .obstacles: Self.at(25, 1)])

        #expect(ws.impacts.count == 2)
        let first = ws.impacts[0]
        #expect(first.threat == ThreatRef(raw: "脅威 3", id: 3, location: Self.at(10, 5)))
        #expect(first.writtenTitle == "内部不正による情報漏えい等の被害")
        #expect(first.location == Self.at(10, 1))
        #expect(first.business == WrittenText("電子部品の卸売", at: Self.at(11, 9)))
        #expect(first.impact == WrittenText("取引先情報が漏れると、顧客と仕入先が直接取引を始めるおそれがある。", at: Self.at(12, 7)))
        #expect(first.severityText == WrittenText("高", at: Self.at(13, 8)))
        #expect(first.severity == .high)
        let second = ws.impacts[1]
        #expect(second.threat.id == 8)
        #expect(second.writtenTitle == nil)
        #expect(second.business?.text == "経理（振込業務）")
        #expect(second.severityText == nil)
        #expect(second.severity == nil)

        #expect(ws.choices.count == 1)
        let choice = ws.choices[0]
        #expect(choice.procedure == ProcedureRef(raw: "6-1", id: ProcedureID(control: 6, number: 1), location: Self.at(21, 5)))
        #expect(choice.writtenTitle == nil)
        #expect(choice.threats == [ThreatRef(raw: "3", id: 3, location: Self.at(22, 7))])
        #expect(choice.reason == WrittenText("人的対策が最も効果的だと考えたため。", at: Self.at(23, 7)))

        #expect(ws.obstacles.count == 1)
        let obstacles = ws.obstacles[0]
        #expect(obstacles.procedure.id == ProcedureID(control: 6, number: 1))
        #expect(obstacles.location == Self.at(27, 1))
        #expect(obstacles.pairs == [
            ObstaclePair(obstacle: WrittenText("社内に教育できる人材がいない。", at: Self.at(28, 7)),
                         remedies: [WrittenText("外部研修を活用する。", at: Self.at(29, 11))]),
            ObstaclePair(obstacle: WrittenText("研修の時間が取れない。", at: Self.at(30, 7)),
                         remedies: [WrittenText("朝礼で10分の勉強会を続ける。", at: Self.at(31, 11))]),
        ])
    }

    @Test func crlfInputGivesTheSameValuesWithoutCarriageReturns() throws {
        let crlf = Self.specExample.replacingOccurrences(of: "\n", with: "\r\n")
        let decoded = try SourceText.decode(Data(crlf.utf8), file: Self.file, language: .ja).get()
        let (sheet, findings) = Self.read(decoded)
        #expect(findings.isEmpty)
        let ws = try #require(sheet)
        #expect(ws == Self.read(Self.specExample).0)
        let texts = ws.impacts.flatMap { [$0.business, $0.impact, $0.severityText] }.compactMap { $0?.text }
            + ws.choices.compactMap(\.reason?.text) + ws.obstacles.flatMap(\.pairs).map(\.obstacle.text)
        #expect(!texts.isEmpty)
        #expect(texts.allSatisfy { !$0.contains("\r") })
    }

    @Test func englishWorksheet() throws {
        let text = """
        ---
        participant: B-03
        group: B
        industry: Retail
        ---

        ## 1. Business impact

        ### Threat 8 Business e-mail compromise
        - Business: Payments to suppliers.
        - Impact: A fake "new account" e-mail.
        - Severity: High

        ## 2. Procedures

        ### Procedure 6-3
        - Threats: 8, 4
        - Reasons: Practice builds habits.

        ## 3. Obstacles and remedies

        ### Procedure 6-3
        - Obstacle: No IT staff.
          - Remedy: Use a cloud service.
          - Remedies: Ask the bank.
        """
        let (sheet, findings) = Self.read(text, language: .en)
        #expect(findings.isEmpty, "\(findings)")
        let ws = try #require(sheet)
        #expect(ws.impacts.first?.threat.id == 8)
        #expect(ws.impacts.first?.threat.raw == "Threat 8")
        #expect(ws.impacts.first?.writtenTitle == "Business e-mail compromise")
        #expect(ws.impacts.first?.severity == .high)
        #expect(ws.choices.first?.procedure.id == ProcedureID(control: 6, number: 3))
        #expect(ws.choices.first?.threats.map(\.id) == [8, 4])
        #expect(ws.choices.first?.reason?.text == "Practice builds habits.")
        #expect(ws.obstacles.first?.pairs.first?.remedies.map(\.text) == ["Use a cloud service.", "Ask the bank."])
    }

    @Test(arguments: [
        ("脅威 3", 3, nil), ("脅威3 内部不正", 3, "内部不正"), ("3. 内部不正による情報漏えい等の被害", 3, "内部不正による情報漏えい等の被害"),
        ("Threat 3 Insider", 3, "Insider"), ("脅威３", 3, nil), ("脅威 ３", 3, nil), ("脅威　３　内部不正", 3, "内部不正"),
        ("threat 10", 10, nil), ("３．内部不正", 3, "内部不正"), ("**脅威 2** サプライチェーンの弱点", 2, "サプライチェーンの弱点"),
        ("脅威：5", 5, nil),
    ] as [(String, Int, String?)])
    func threatHeadings(heading: String, id: Int, title: String?) throws {
        let (sheet, findings) = Self.read(Self.front + "\n## ① 事業影響の認識\n\n### \(heading)\n- 事業内容: x\n- 影響: y\n")
        #expect(Self.codes(findings) == [.missingTheme, .missingTheme])
        let impact = try #require(sheet?.impacts.first)
        #expect(impact.threat.id == id)
        #expect(impact.writtenTitle == title)
        #expect(impact.threat.location == Self.at(9, 5))
    }

    @Test(arguments: ["内部不正", "脅威", "脅威 三", "3-1 研修"])
    func threatHeadingWithoutNumberHasNoID(heading: String) throws {
        let (sheet, findings) = Self.read(Self.front + "## 事業影響\n### \(heading)\n- 事業内容: x\n- 影響: y\n")
        #expect(!Self.codes(findings).contains(.malformedThreat), "the checker reports malformed threats")
        let impact = try #require(sheet?.impacts.first)
        #expect(impact.threat.id == nil)
        #expect(impact.threat.raw == heading)
        #expect(impact.writtenTitle == nil)
    }

    @Test(arguments: [
        ("6-1", "6-1", nil), ("６－１", "６－１", nil), ("6ー1", "6ー1", nil), ("6‐1", "6‐1", nil), ("6−1", "6−1", nil),
        ("６-１", "６-１", nil), ("6 - 1", "6 - 1", nil), ("手順 6-1", "手順 6-1", nil), ("Procedure 6-1", "Procedure 6-1", nil),
        ("6-1 全社員向けに、年次セキュリティ研修を開催。", "6-1", "全社員向けに、年次セキュリティ研修を開催。"),
        ("3-3 サプライチェーン全体のセキュリティリスクを評価", "3-3", "サプライチェーン全体のセキュリティリスクを評価"),
        ("6ー1 サーバー", "6ー1", "サーバー"), ("手順6-1: 研修", "手順6-1", "研修"),
    ] as [(String, String, String?)])
    func procedureHeadings(heading: String, raw: String, title: String?) throws {
        let text = Self.front + "## ② 有効な実施手順\n### \(heading)\n- 脅威: 3\n- 理由: r\n## ③ 課題と解決手段\n### \(heading)\n- 課題: a\n  - 解決手段: b\n"
        let (sheet, findings) = Self.read(text)
        #expect(Self.codes(findings) == [.missingTheme])
        let ws = try #require(sheet)
        #expect(ws.choices.first?.procedure.id == ProcedureID(control: 6, number: 1) || raw.hasPrefix("3-3"))
        #expect(ws.choices.first?.procedure.raw == raw)
        #expect(ws.choices.first?.writtenTitle == title)
        #expect(ws.obstacles.first?.procedure.id == ws.choices.first?.procedure.id)
        #expect(ws.obstacles.first?.writtenTitle == title)
    }

    @Test(arguments: ["研修", "6", "6-", "6-1-2", "A-1", "手順"])
    func malformedProcedureHeadingKeepsTheText(heading: String) throws {
        let (sheet, _) = Self.read(Self.front + "## 実施手順\n### \(heading)\n- 理由: r\n")
        let choice = try #require(sheet?.choices.first)
        #expect(choice.procedure.id == nil)
        #expect(choice.procedure.raw == heading)
        #expect(choice.procedure.location == Self.at(7, 5))
    }

    @Test(arguments: [
        ("3, 8", [3, 8]), ("3、8", [3, 8]), ("３，８", [3, 8]), ("脅威3", [3]), ("脅威 ３、脅威８", [3, 8]),
        ("3 内部不正による情報漏えい等の被害", [3]), ("3 内部不正、情報漏えい", [3]), ("Threat 8, Threat 4", [8, 4]), ("3 8", [3, 8]),
    ] as [(String, [Int])])
    func threatFieldForms(value: String, ids: [Int]) throws {
        let (sheet, _) = Self.read(Self.front + "## 実施手順\n### 6-1\n- 脅威: \(value)\n- 理由: r\n")
        let choice = try #require(sheet?.choices.first)
        #expect(choice.threats.map(\.id) == ids.map { Optional($0) })
        #expect(choice.threats.first?.location == Self.at(8, 7))
    }

    @Test func eachThreatInAFieldHasItsOwnColumn() throws {
        let (sheet, _) = Self.read(Self.front + "## 実施手順\n### 6-1\n- 脅威: 3、 12, x\n")
        let refs = try #require(sheet?.choices.first?.threats)
        #expect(refs == [
            ThreatRef(raw: "3", id: 3, location: Self.at(8, 7)),
            ThreatRef(raw: "12", id: 12, location: Self.at(8, 10)),
            ThreatRef(raw: "x", id: nil, location: Self.at(8, 14)),
        ])
    }

    @Test(arguments: [
        "① 事業影響の認識", "1. 事業影響の認識", "事業影響", "1. Business impact", "Business impact", "business IMPACT",
        "Impact on the business", "(1) 事業影響の認識", "1) 事業影響の認識", "１．事業影響の認識", "事業影響の認識（個人ワーク）",
    ])
    func themeOneHeadings(heading: String) throws {
        let (sheet, findings) = Self.read(Self.front + "## \(heading)\n### 脅威 3\n- 事業内容: x\n- 影響: y\n")
        #expect(!Self.codes(findings).contains(.unknownHeading))
        #expect(sheet?.themeLocations[.impact] == Self.at(6, 1))
        #expect(sheet?.impacts.count == 1)
    }

    @Test(arguments: [
        ("② 有効な実施手順", Theme.procedures), ("実施手順", .procedures), ("② 有効な実施手順の確認", .procedures),
        ("2. Procedures", .procedures), ("Chosen procedures", .procedures), ("③ 課題と解決手段", .obstacles), ("課題", .obstacles),
        ("③ 現状の課題の洗い出しと解決手段", .obstacles), ("3. Obstacles and remedies", .obstacles),
    ] as [(String, Theme)])
    func themeTwoAndThreeHeadings(heading: String, theme: Theme) {
        let (sheet, findings) = Self.read(Self.front + "## \(heading)\n### 6-1\n- 理由: r\n")
        #expect(!Self.codes(findings).contains(.unknownHeading))
        #expect(sheet?.themeLocations[theme] == Self.at(6, 1))
    }

    @Test func unknownHeadingSuggestsTheNearestAndSkipsItsContent() throws {
        let text = Self.front + "## ① 事業影響の認知\n### 脅威 3\n- 事業内容: x\n## 有効な実施手\n### 6-1\n- 理由: r\n## Obstacles and remedie\n"
        let (sheet, findings) = Self.read(text, language: .ja)
        let unknown = findings.filter { $0.code == .unknownHeading }
        #expect(unknown.map(\.location) == [Self.at(6, 1), Self.at(9, 1), Self.at(12, 1)])
        #expect(unknown[0].message.contains("① 事業影響の認識"))
        #expect(unknown[1].message.contains("有効な実施手順"))
        #expect(unknown[2].message.contains("Obstacles"))
        #expect(unknown.allSatisfy { $0.severity == .warning })
        #expect(sheet?.impacts.isEmpty == true)
        #expect(Self.codes(findings).filter { $0 == .missingTheme }.count == 3)
    }

    @Test func titleHeadingIsFine() throws {
        let (_, findings) = Self.read(Self.front + "# ワークシート A-01\n\nメモ。\n\n" + "## 事業影響\n### 脅威 3\n- 事業内容: x\n- 影響: y\n")
        #expect(Self.codes(findings) == [.missingTheme, .missingTheme])
    }

    @Test func onlyFrontMatter() throws {
        let (sheet, findings) = Self.read(Self.front)
        #expect(sheet?.participant == "A-01")
        #expect(sheet?.impacts.isEmpty == true)
        #expect(sheet?.themeLocations.isEmpty == true)
        #expect(Self.codes(findings) == [.missingTheme, .missingTheme, .missingTheme])
        #expect(findings.allSatisfy { $0.severity == .warning && $0.location.line >= 1 })
    }

    @Test func duplicateAndEmptyThemes() throws {
        let text = Self.front + "## 事業影響\n### 脅威 3\n- 事業内容: x\n## ① 事業影響の認識\n### 脅威 8\n- 事業内容: y\n## 実施手順\n本文だけ\n## 課題\n### 6-1\n"
        let (sheet, findings) = Self.read(text)
        #expect(findings.filter { $0.code == .duplicateTheme }.map(\.location) == [Self.at(9, 1)])
        #expect(findings.first { $0.code == .duplicateTheme }?.severity == .error)
        #expect(findings.filter { $0.code == .emptyTheme }.map(\.location) == [Self.at(12, 1)])
        #expect(sheet?.impacts.map(\.threat.id) == [3, 8])
        #expect(sheet?.themeLocations[.impact] == Self.at(6, 1))
        #expect(sheet?.obstacles.first?.pairs.isEmpty == true)
    }

    @Test func thousandsOfHeadingsFinish() throws {
        var text = Self.front + "## 事業影響\n"
        for index in 0..<5_000 {
            text += "### 脅威 \(index % 10 + 1) タイトル\(index)\n- 事業内容: 事業\(index)\n- 影響: 影響\(index)\n"
        }
        let (sheet, _) = Self.read(text)
        #expect(sheet?.impacts.count == 5_000)
        #expect(sheet?.impacts.last?.business?.text == "事業4999")
        #expect(sheet?.impacts.last?.business?.location.line == 6 + 1 + 4_999 * 3 + 1)
    }

    @Test func oddInputNeverCrashes() {
        let fragments = [
            "## 事業影響\n", "## 課題\n", "## 実施手順\n", "###\n", "### \n", "### 脅威\n", "### ６－\n", "### -1\n", "-\n", "- :\n", "- ：値\n",
            "- 課題:\n", "  - 解決手段:\n", "\t- 影響:\tタブ\n", "| 課題 |\n|---|\n| a | b | c |\n", "|a|\n|-|\n", "> - 課題: 引用\n",
            "```\n- 課題: コード\n```\n", "- e\u{301}: 結合文字\n", "1. 事業内容: 番号付き\n", "<div>\n- 影響: html\n</div>\n",
            String(repeating: "  ", count: 40) + "- 深い: x\n", String(repeating: "- ", count: 60) + "課題: y\n", "テキスト\n---\n", "\n",
            "### 脅威 999999999999999999999\n", "- 脅威: ,,、、\n", "- 脅威: 3-\n", "**\n", "- **:** x\n",
        ]
        var seed: UInt64 = 42
        for _ in 0..<100 {
            var text = "---\nparticipant: X\ngroup: A\n---\n"
            for _ in 0..<20 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += fragments[Int(seed >> 33) % fragments.count]
            }
            let (sheet, findings) = Self.read(text)
            #expect(sheet != nil)
            #expect(findings.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
            _ = GroupSheetReader(language: .en).read(text.replacingOccurrences(of: "participant", with: "threats"), file: "g.md")
        }
    }
}
