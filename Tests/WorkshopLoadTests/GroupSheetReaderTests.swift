import Foundation
import Testing
import WorkshopLoad
import WorkshopModel

/// The group sheet format (docs: content-format, "Group sheet").
@Suite struct GroupSheetReaderTests {
    static let file = "events/e/groups/A.md"

    static func read(_ text: String, language: Language = .ja) -> (GroupSheet?, [Finding]) {
        GroupSheetReader(language: language).read(text, file: file)
    }

    static func at(_ line: Int, _ column: Int) -> SheetLocation { SheetLocation(file: file, line: line, column: column) }

    static let front = "---\ngroup: A\nthreats: [3]\n---\n"

    /// The spec's example, verbatim.
    static let specExample = """
    ---
    group: A
    threats: [3]                 # the threat(s) the group studied (required)
    industries: [卸業, 製造業]
    publish: true
    ---

    ## ① 事業影響の認識
    - 取引先情報が漏れることで、顧客と仕入先が直接取引する可能性が出てくる。

    ## ② 共通認識
    ### 6-1
    - 理由: 人的対策が一番有効であるから。

    ## 多様な視点
    - 人的対策が一番簡単であり、一番難しい。根気よく伝え続けるしかない。

    ## ③ 課題と解決手段
    | 課題 | 解決手段 |
    |---|---|
    | 従業員を教育できる人材が社内にいない。 | 外部研修を活用する。 |

    ## ヒント
    経営層に予算を求めるときは「セキュリティはコストではなく投資」と伝える。

    """

    @Test func specExampleGivesExactValuesAndLocations() throws {
        let (sheet, findings) = Self.read(Self.specExample)
        #expect(findings.isEmpty, "\(findings)")
        let group = try #require(sheet)
        #expect(group.group == "A")
        #expect(group.threats == [ThreatRef(raw: "3", id: 3, location: Self.at(3, 11))])
        #expect(group.industries == ["卸業", "製造業"])
        #expect(group.publish)
        #expect(group.location == Self.at(1, 1))
        #expect(group.location(ofField: "threats").line == 3)
        #expect(group.impacts == [WrittenText("取引先情報が漏れることで、顧客と仕入先が直接取引する可能性が出てくる。", at: Self.at(9, 3))])
        #expect(group.commonProcedures == [ProcedureChoice(
            procedure: ProcedureRef(raw: "6-1", id: ProcedureID(control: 6, number: 1), location: Self.at(12, 5)),
            reason: WrittenText("人的対策が一番有効であるから。", at: Self.at(13, 7)),
            location: Self.at(12, 1))])
        #expect(group.diverseViews == [WrittenText("人的対策が一番簡単であり、一番難しい。根気よく伝え続けるしかない。", at: Self.at(16, 3))])
        #expect(group.obstacles == [ObstaclePair(
            obstacle: WrittenText("従業員を教育できる人材が社内にいない。", at: Self.at(21, 3)),
            remedies: [WrittenText("外部研修を活用する。", at: Self.at(21, 25))])])
        #expect(group.hint == WrittenText("経営層に予算を求めるときは「セキュリティはコストではなく投資」と伝える。", at: Self.at(24, 1)))
    }

    @Test func englishHeadings() throws {
        let text = """
        ---
        group: B
        threats: 8
        industries: Retail, Beauty
        ---
        ## 1. Business impact
        - Money sent to a fraudster.
        ## 2. Common procedure
        ### Procedure 6-3
        - Threats: 8
        - Reason: Practice.
        ## Diverse views
        - Call back before paying.
        ## 3. Obstacles and remedies
        | Obstacle | Remedy |
        |---|---|
        | No tool. | Use a service. |
        ## Hint
        Repeat the training.
        """
        let (sheet, findings) = Self.read(text, language: .en)
        #expect(findings.isEmpty, "\(findings)")
        let group = try #require(sheet)
        #expect(group.threats.map(\.id) == [8])
        #expect(group.industries == ["Retail", "Beauty"])
        #expect(group.impacts.map(\.text) == ["Money sent to a fraudster."])
        #expect(group.commonProcedures.first?.procedure.id == ProcedureID(control: 6, number: 3))
        #expect(group.commonProcedures.first?.threats.map(\.id) == [8])
        #expect(group.diverseViews.map(\.text) == ["Call back before paying."])
        #expect(group.obstacles.first?.remedies.map(\.text) == ["Use a service."])
        #expect(group.hint?.text == "Repeat the training.")
    }

    @Test(arguments: [
        "## ② 有効な実施手順", "## 共通認識と選択した理由", "## ② 有効な実施手順の確認", "## Common procedures",
    ])
    func commonProcedureHeadingVariants(heading: String) throws {
        let (sheet, findings) = Self.read(Self.front + "## 事業影響\n- x\n\(heading)\n### ６－１\n- 理由: r\n")
        #expect(findings.isEmpty, "\(findings)")
        #expect(sheet?.commonProcedures.first?.procedure.id == ProcedureID(control: 6, number: 1))
    }

    @Test func seedReportHeadings() throws {
        let text = Self.front + """
        ## ① 事業影響の認識
        - x
        ## ② 共通認識
        ### 6-1
        - 理由: r
        ## 多様な視点（ユニークな考え方）
        - v
        ## ③ 現状の課題の洗い出しと解決手段
        - 課題: o
          - 解決手段: s
        ## 課題解決のヒント
        h
        """
        let (sheet, findings) = Self.read(text)
        #expect(findings.isEmpty, "\(findings)")
        #expect(sheet?.diverseViews.map(\.text) == ["v"])
        #expect(sheet?.obstacles.map(\.obstacle.text) == ["o"])
        #expect(sheet?.hint?.text == "h")
    }

    @Test(arguments: [
        ("[3]", [3]), ("3", [3]), ("[脅威3, ８]", [3, 8]), ("\"3, 8\"", [3, 8]), ("[\"脅威 ３\"]", [3]), ("\"3、8\"", [3, 8]),
        ("\n  - 3\n  - 8", [3, 8]),
    ] as [(String, [Int])])
    func threatsForms(value: String, ids: [Int]) throws {
        let (sheet, findings) = Self.read("---\ngroup: A\nthreats: \(value)\n---\n## 事業影響\n- x\n## 共通認識\n### 6-1\n- 理由: r\n")
        #expect(findings.isEmpty, "\(findings)")
        #expect(sheet?.threats.map(\.id) == ids.map { Optional($0) })
        #expect(sheet?.threats.allSatisfy { $0.location.line >= 3 } == true)
    }

    @Test func threatWithoutNumberIsKeptForTheChecker() throws {
        let (sheet, _) = Self.read("---\ngroup: A\nthreats: [内部不正]\n---\n")
        #expect(sheet?.threats == [ThreatRef(raw: "内部不正", id: nil, location: Self.at(3, 11))])
    }

    @Test func missingGroupOrThreats() {
        let (noGroup, groupFindings) = Self.read("---\nthreats: [3]\n---\n## 事業影響\n- x\n## 共通認識\n### 6-1\n- 理由: r\n")
        #expect(noGroup == nil)
        #expect(groupFindings.map(\.code) == [.missingField])
        let (noThreats, threatFindings) = Self.read("---\ngroup: A\n---\n## 事業影響\n- x\n## 共通認識\n### 6-1\n- 理由: r\n")
        #expect(noThreats?.threats.isEmpty == true)
        #expect(threatFindings.map(\.code) == [.missingField])
        #expect(threatFindings.first?.severity == .error)
        let (emptyThreats, emptyFindings) = Self.read("---\ngroup: A\nthreats: []\n---\n## 事業影響\n- x\n## 共通認識\n### 6-1\n- 理由: r\n")
        #expect(emptyThreats != nil)
        #expect(emptyFindings.map(\.code) == [.missingField])
        #expect(emptyFindings.first?.location == Self.at(3, 1))
    }

    @Test func unknownKeyAndHeading() {
        let text = "---\ngroup: A\nthreats: [3]\nindustry: [卸業]\n---\n## 事業影響\n- x\n## 共通認識\n### 6-1\n- 理由: r\n## 多様な支点\n- ignored\n"
        let (sheet, findings) = Self.read(text)
        #expect(findings.map(\.code) == [.unknownKey, .unknownHeading])
        #expect(findings[0].message.contains("industries"))
        #expect(findings[1].location == Self.at(11, 1))
        #expect(findings[1].message.contains("多様な視点"))
        #expect(sheet?.diverseViews.isEmpty == true)
    }

    @Test func onlyThemesOneAndTwoAreRequired() {
        let (_, findings) = Self.read(Self.front + "## ヒント\nh\n")
        #expect(findings.map(\.code) == [.missingTheme, .missingTheme])
        #expect(findings.allSatisfy { $0.severity == .warning && $0.location == Self.at(5, 1) })
    }

    @Test func obstaclesAsListsWithATolerableProcedureHeading() throws {
        let text = Self.front + "## 事業影響\n- x\n## 共通認識\n### 6-1\n- 理由: r\n## ③ 課題と解決手段\n### 6-1\n- 課題: a\n  - 解決手段: b\n  - 解決手段: c\n- 課題: d\n- 解決手段: e\n"
        let (sheet, findings) = Self.read(text)
        #expect(findings.isEmpty, "\(findings)")
        #expect(sheet?.obstacles.map(\.obstacle.text) == ["a", "d"])
        #expect(sheet?.obstacles.map { $0.remedies.map(\.text) } == [["b", "c"], ["e"]])
    }

    @Test func bulletsKeepMarkdownAndNestedLists() throws {
        let text = Self.front + "## 事業影響\n- **売上**が減る。\n  続きの行。\n  - 値下げ\n- 二つ目\n\n段落で書いた影響。\n## 共通認識\n### 6-1\n- 理由: r\n"
        let (sheet, _) = Self.read(text)
        #expect(sheet?.impacts.map(\.text) == ["**売上**が減る。\n続きの行。\n- 値下げ", "二つ目", "段落で書いた影響。"])
        #expect(sheet?.impacts.last?.location == Self.at(11, 1))
    }

    @Test func hintKeepsTheWholeSection() throws {
        let text = Self.front + "## 事業影響\n- x\n## 共通認識\n### 6-1\n- 理由: r\n## ヒント\n最初の段落。\n\n- 要点1\n- 要点2\n\n最後の **段落**。\n"
        let (sheet, _) = Self.read(text)
        #expect(sheet?.hint == WrittenText("最初の段落。\n\n- 要点1\n- 要点2\n\n最後の **段落**。", at: Self.at(11, 1)))
    }

    @Test func emptySectionsAndPlaceholders() {
        let text = Self.front + "## 事業影響\n- （記入してください）\n## 共通認識\n## 多様な視点\n## ヒント\n（記入してください）\n"
        let (sheet, findings) = Self.read(text)
        let codes = Finding.ordered(findings).map(\.code)
        #expect(codes == [.emptyTheme, .placeholderText, .emptyTheme, .emptyTheme, .placeholderText])
        #expect(sheet?.impacts.isEmpty == true)
        #expect(sheet?.hint == nil)
    }

    @Test func duplicateSection() {
        let (_, findings) = Self.read(Self.front + "## 事業影響\n- x\n## 共通認識\n### 6-1\n- 理由: r\n## 事業影響\n- y\n")
        #expect(findings.map(\.code) == [.duplicateTheme])
        #expect(findings.first?.location == Self.at(10, 1))
    }
}
