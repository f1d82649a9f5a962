import Foundation
import Testing
import WorkshopLoad
import WorkshopModel

/// Worksheet fields: labels, values as written, nesting, the table form of
/// theme ③, unknown labels and placeholders.
@Suite struct WorksheetFieldTests {
    static let file = WorksheetReaderTests.file
    static let front = WorksheetReaderTests.front

    static func read(_ text: String, language: Language = .ja) -> (Worksheet?, [Finding]) {
        WorksheetReaderTests.read(text, language: language)
    }

    static func at(_ line: Int, _ column: Int) -> SheetLocation { WorksheetReaderTests.at(line, column) }

    static func codes(_ findings: [Finding]) -> [FindingCode] { findings.map(\.code) }

    @Test(arguments: ["事業内容", "**事業内容**", "事業内容 ", "ｂｕｓｉｎｅｓｓ", "BUSINESS", "Business"])
    func labelVariants(label: String) throws {
        for separator in [":", "：", " ： "] {
            let (sheet, findings) = Self.read(Self.front + "## 事業影響\n### 脅威 3\n- \(label)\(separator)卸売\n- 影響：大きい\n")
            #expect(!Self.codes(findings).contains(.unknownLabel), "\(label)\(separator)")
            #expect(sheet?.impacts.first?.business?.text == "卸売")
            #expect(sheet?.impacts.first?.impact?.text == "大きい")
        }
    }

    @Test func boldLabelWithSeparatorInside() throws {
        let (sheet, findings) = Self.read(Self.front + "## 事業影響\n### 脅威 3\n- **事業内容:** 卸売\n- 影響: y\n")
        #expect(!Self.codes(findings).contains(.unknownLabel))
        #expect(sheet?.impacts.first?.business?.text == "卸売")
    }

    @Test func valuesKeepMarkdownAndJoinContinuationLines() throws {
        let text = Self.front + """
        ## 事業影響
        ### 脅威 3
        - 事業内容: **電子部品**の卸売。[詳細](https://example.jp)
          二行目の説明。
          三行目: コロンも本文。
        - 影響:
          次の行から書いた影響。
        """
        let (sheet, _) = Self.read(text)
        let impact = try #require(sheet?.impacts.first)
        #expect(impact.business == WrittenText("**電子部品**の卸売。[詳細](https://example.jp)\n二行目の説明。\n三行目: コロンも本文。", at: Self.at(8, 9)))
        #expect(impact.impact == WrittenText("次の行から書いた影響。", at: Self.at(12, 3)))
    }

    @Test func unlabelledNestedListsStayInTheValue() throws {
        let text = Self.front + "## 事業影響\n### 脅威 3\n- 事業内容: x\n- 影響: 次の二つ。\n  - 値下げ交渉\n    - さらに深い\n  - 失注\n"
        let (sheet, findings) = Self.read(text)
        #expect(findings.map(\.code) == [.missingTheme, .missingTheme])
        #expect(sheet?.impacts.first?.impact?.text == "次の二つ。\n- 値下げ交渉\n  - さらに深い\n- 失注")
    }

    @Test func labelledItemsNestedTooDeepAreStillFields() throws {
        let text = Self.front + """
        ## 事業影響
        ### 脅威 3
        - 事業内容: x
          - 影響: y
            - 影響度: 低
        ## 課題
        ### 6-1
        - 課題: a
          - 解決手段: b
            - 解決手段: c
              - 課題: d
                - 解決手段: e
        """
        let (sheet, findings) = Self.read(text)
        #expect(Self.codes(findings) == [.missingTheme])
        let impact = try #require(sheet?.impacts.first)
        #expect(impact.business?.text == "x")
        #expect(impact.impact == WrittenText("y", at: Self.at(9, 9)))
        #expect(impact.severity == .low)
        let pairs = try #require(sheet?.obstacles.first?.pairs)
        #expect(pairs.map(\.obstacle.text) == ["a", "d"])
        #expect(pairs.map { $0.remedies.map(\.text) } == [["b", "c"], ["e"]])
    }

    @Test func remedyAtTheSameLevelBelongsToTheObstacleAbove() throws {
        let text = Self.front + "## 課題\n### 6-1\n- 解決手段: orphan\n- 課題: a\n- 解決手段: b\n- 課題: c\n"
        let (sheet, findings) = Self.read(text)
        #expect(findings.filter { $0.code == .remedyWithoutObstacle }.map(\.location) == [Self.at(8, 9)])
        let pairs = try #require(sheet?.obstacles.first?.pairs)
        #expect(pairs.map(\.obstacle.text) == ["a", "c"])
        #expect(pairs.map(\.remedies.count) == [1, 0])
    }

    @Test func obstacleLabelAloneWithNestedRemedy() throws {
        let (sheet, findings) = Self.read(Self.front + "## 課題\n### 6-1\n- 課題\n  - 解決手段: b\n")
        #expect(Self.codes(findings).contains(.remedyWithoutObstacle))
        #expect(sheet?.obstacles.first?.pairs.isEmpty == true)
    }

    @Test func tableFormOfThemeThree() throws {
        let text = Self.front + """
        ## ③ 課題と解決手段
        ### 6-1
        | 課題 | 解決手段 |
        |---|---|
        | 研修の **内容** を考える人がいない。 | 無料教材を使う。 |
        |  | 公的機関に相談する。 |
        | 時間が取れない。 |  |
        | 費用がない | 補助金 \\| 助成金を調べる |
        """
        let (sheet, findings) = Self.read(text)
        #expect(Self.codes(findings) == [.missingTheme, .missingTheme])
        let pairs = try #require(sheet?.obstacles.first?.pairs)
        #expect(pairs.count == 3)
        #expect(pairs[0].obstacle == WrittenText("研修の **内容** を考える人がいない。", at: Self.at(10, 3)))
        #expect(pairs[0].remedies.map(\.text) == ["無料教材を使う。", "公的機関に相談する。"])
        #expect(pairs[0].remedies.last?.location == Self.at(11, 6))
        #expect(pairs[1].obstacle.text == "時間が取れない。")
        #expect(pairs[1].remedies.isEmpty)
        #expect(pairs[2].remedies.map(\.text) == ["補助金 \\| 助成金を調べる"])
    }

    @Test func englishTableAndSwappedColumns() throws {
        let text = Self.front + "## 課題\n### 6-1\n| Remedy | Obstacle |\n|---|---|\n| r | o |\n"
        let (sheet, findings) = Self.read(text)
        #expect(!Self.codes(findings).contains(.unknownLabel))
        #expect(sheet?.obstacles.first?.pairs == [ObstaclePair(obstacle: WrittenText("o", at: Self.at(10, 7)), remedies: [WrittenText("r", at: Self.at(10, 3))])])
    }

    @Test func tableWithUnknownHeaderFallsBackToItsColumns() throws {
        let text = Self.front + "## 課題\n### 6-1\n| 課 題 | 解決方法 |\n|---|---|\n| o | r |\n"
        let (sheet, findings) = Self.read(text)
        let unknown = findings.filter { $0.code == .unknownLabel }
        #expect(unknown.map(\.location) == [Self.at(8, 9)])
        #expect(unknown.first?.message.contains("解決手段") == true)
        #expect(sheet?.obstacles.first?.pairs.first?.remedies.first?.text == "r")
    }

    @Test func unknownLabelsSuggestTheContextsLabels() throws {
        let text = Self.front + "## 事業影響\n### 脅威 3\n- 事業内容: x\n- 影響渡: y\n- 理由: z\n- ラベルのない行\n## 実施手順\n### 6-1\n- Reson: r\n"
        let (sheet, findings) = Self.read(text, language: .en)
        let unknown = findings.filter { $0.code == .unknownLabel }
        #expect(unknown.map(\.location) == [Self.at(9, 3), Self.at(10, 3), Self.at(11, 3), Self.at(14, 3)])
        #expect(unknown[0].message.contains("'影響'") || unknown[0].message.contains("'影響度'"))
        #expect(unknown[1].message.contains("Business"))
        #expect(unknown[2].message.contains("label: value"))
        #expect(unknown[3].message.contains("'Reason'"))
        #expect(sheet?.impacts.first?.impact == nil)
        #expect(sheet?.choices.first?.reason == nil)
    }

    @Test func listsBeforeTheFirstItemHeadingAreReported() throws {
        let (_, findings) = Self.read(Self.front + "## 事業影響\n説明文は読み飛ばす。\n\n- 事業内容: x\n### 脅威 3\n- 影響: y\n")
        #expect(findings.filter { $0.code == .unknownLabel }.map(\.location) == [Self.at(9, 1)])
    }

    @Test func placeholdersAreReportedAndLeftOut() throws {
        let text = Self.front + """
        ## 事業影響
        ### 脅威 3
        - 事業内容: （記入してください）
        - 影響: TODO
        - 影響度: …
        ## 実施手順
        ### 6-1
        - 理由: （例）人的対策が有効だから
        ## 課題
        ### 6-1
        - 課題: <記入>
          - 解決手段: ...
        - 課題: 本物の課題
          - 解決手段: (fill in)
        """
        let (sheet, findings) = Self.read(text)
        let placeholders = Finding.ordered(findings.filter { $0.code == .placeholderText })
        #expect(placeholders.map(\.location.line) == [8, 9, 10, 13, 16, 17, 19])
        #expect(placeholders.allSatisfy { $0.severity == .warning })
        #expect(placeholders.first?.message.contains("事業内容") == true)
        let ws = try #require(sheet)
        #expect(ws.impacts.first?.business?.isBlank ?? true, "a marker leaves a blank value at its place, never the marker")
        #expect(ws.impacts.first?.impact?.isBlank ?? true, "a marker leaves a blank value at its place, never the marker")
        #expect(ws.choices.first?.reason?.isBlank ?? true, "a marker leaves a blank value at its place, never the marker")
        #expect(ws.obstacles.first?.pairs.map(\.obstacle.text) == ["本物の課題"])
        #expect(ws.obstacles.first?.pairs.first?.remedies.isEmpty == true)
    }

    @Test(arguments: [Language.ja, .en])
    func aBlankScaffoldedWorksheetWarnsOnEveryField(language: Language) throws {
        let m = Placeholder.marker(in: language)
        let text = """
        ---
        participant: A-01
        group: A
        industry: "\(m)"
        publish: false
        ---
        ## \(Theme.impact.title(in: language))
        ### \(language.pick(ja: "脅威", en: "Threat")) \(m)
        - \(FieldLabel.business.name(in: language)): \(m)
        - \(FieldLabel.impact.name(in: language)): \(m)
        - \(FieldLabel.severity.name(in: language)): \(m)
        ## \(Theme.procedures.title(in: language))
        ### \(language.pick(ja: "手順", en: "Procedure")) \(m)
        - \(FieldLabel.threats.name(in: language)): \(m)
        - \(FieldLabel.reason.name(in: language)): \(m)
        ## \(Theme.obstacles.title(in: language))
        ### \(language.pick(ja: "手順", en: "Procedure")) \(m)
        - \(FieldLabel.obstacle.name(in: language)): \(m)
          - \(FieldLabel.remedy.name(in: language)): \(m)
        """
        let (sheet, findings) = Self.read(text, language: language)
        #expect(Set(Self.codes(findings)) == [.placeholderText])
        #expect(Finding.ordered(findings).map(\.location.line) == [4, 8, 9, 10, 11, 13, 14, 15, 17, 18, 19])
        let ws = try #require(sheet)
        #expect(ws.impacts.first?.threat.id == nil)
        #expect(ws.impacts.first?.business?.isBlank ?? true, "a marker leaves a blank value at its place, never the marker")
        #expect(ws.choices.first?.threats.isEmpty == true)
        #expect(ws.obstacles.first?.pairs.isEmpty == true)
    }

    @Test func placeholderMarkersAreRecognised() {
        for text in [Placeholder.marker, Placeholder.englishMarker, "（ここに記入）", "<記入>", "TODO", "todo: あとで", "...", "…", "・・・", "（例）研修", "(例) x"] {
            #expect(Placeholder.isPlaceholder(text), "\(text)")
        }
        for text in ["研修を行う", "例えば外部研修", "3", "TODOリストを作る運用にする", "〇〇へ連絡する"] {
            #expect(!Placeholder.isPlaceholder(text), "\(text)")
        }
        #expect(Placeholder.marker(in: .ja) == "（記入してください）")
        #expect(Placeholder.marker(in: .en) == "(fill in)")
    }

    @Test func emptyValuesAreKeptBlankForTheChecker() throws {
        let (sheet, findings) = Self.read(Self.front + "## 事業影響\n### 脅威 3\n- 事業内容:\n- 影響: \n- 影響度:\n")
        #expect(Self.codes(findings) == [.missingTheme, .missingTheme])
        let impact = try #require(sheet?.impacts.first)
        #expect(impact.business?.isBlank == true)
        #expect(impact.business?.location == Self.at(8, 8))
        #expect(impact.impact?.isBlank == true)
        #expect(impact.severityText == nil)
    }
}
