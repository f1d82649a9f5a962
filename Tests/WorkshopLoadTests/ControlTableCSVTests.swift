import Testing
import WorkshopModel
@testable import WorkshopLoad

@Suite struct ControlTableCSVTests {
    /// A control without its location, for comparing tables read from different files.
    struct Row: Equatable {
        var number: Int
        var category: ControlCategory
        var iso: String
        var title: String
        var summary: String
        var procedures: [String]

        init(_ control: Control) {
            number = control.number
            category = control.category
            iso = control.iso
            title = control.title
            summary = control.summary
            procedures = control.procedures.map { "\($0.id) \($0.text)" }
        }
    }

    func csv(_ text: String, name: String = "controls-test.csv") -> (ControlTable, [Finding]) {
        ControlTableCSV(language: .ja).read(text, file: ContentTree.File(path: "catalogs/" + name, size: text.utf8.count))
    }

    @Test func fixtureMatchesTheYAMLTable() throws {
        let text = try LoaderTestSupport.text("Tests/Fixtures/catalogs/controls-2024.csv")
        let (table, findings) = csv(text, name: "controls-2024.csv")
        #expect(findings.isEmpty, "\(findings)")
        #expect(table.id == "controls-2024")

        let yamlText = try LoaderTestSupport.text("Content/catalogs/controls-2024.yaml")
        let file = ContentTree.File(path: "catalogs/controls-2024.yaml", size: yamlText.utf8.count)
        let (catalogue, _, yamlFindings) = CatalogueReader(language: .ja).read(yamlText, file: file)
        guard case .controls(let yamlTable)? = catalogue else {
            Issue.record("controls-2024.yaml is not read as a control table")
            return
        }
        #expect(yamlFindings.isEmpty, "\(yamlFindings)")
        #expect(table.controls.count == 20)
        #expect(table.controls.map(Row.init) == yamlTable.controls.map(Row.init))
    }

    @Test func englishHeadersInAnyOrder() {
        let (table, findings) = csv("title,no,iso,category,procedures,summary\nPolicies,1,5.1,organizational,1-1 Write it. 1-2 Review it.,Why\n")
        #expect(findings.isEmpty, "\(findings)")
        #expect(table.controls.count == 1)
        #expect(table.controls.first?.title == "Policies")
        #expect(table.controls.first?.procedures.map(\.text) == ["Write it.", "Review it."])
    }

    @Test func quotedCellsWithCommasQuotesNewlinesCRLFAndBOM() {
        let text = "\u{FEFF}No,管理策種別,番号,管理策,概要,実施手順\r\n6,人的,6.3,\"教育, 訓練\",\"「\"\"意識\"\"」\",\"6-1 研修、年1回。\r\n6-2 訓練。\r\n6-3 評価。\"\r\n7,人的,6.7,リモートワーク,概要,7-1 認証。 7-2 暗号化。\r\n"
        let (table, findings) = csv(text)
        #expect(findings.isEmpty, "\(findings)")
        #expect(table.controls.map(\.number) == [6, 7])
        #expect(table.controls.first?.title == "教育, 訓練")
        #expect(table.controls.first?.summary == "「\"意識\"」")
        #expect(table.controls.first?.procedures.map(\.text) == ["研修、年1回。", "訓練。", "評価。"])
        // The second row starts on line 5, after a cell spanning lines 2–4.
        #expect(table.controls.last?.location.line == 5)
        #expect(table.controls.first?.procedures.map(\.location.line) == [2, 3, 4])
    }

    @Test func fullWidthIDsAreNormalisedTextIsKept() {
        let (table, findings) = csv("No,管理策種別,番号,管理策,概要,実施手順\n６,人的,６．３,教育,概要,\"６－１ 全社員（ＩＴ担当を含む）に研修。 6ー2 訓練。\"\n")
        #expect(findings.isEmpty, "\(findings)")
        #expect(table.controls.first?.number == 6)
        #expect(table.controls.first?.iso == "6.3")
        #expect(table.controls.first?.procedures.map(\.id) == [ProcedureID(control: 6, number: 1), ProcedureID(control: 6, number: 2)])
        #expect(table.controls.first?.procedures.first?.text == "全社員（ＩＴ担当を含む）に研修。")
    }

    @Test func unterminatedQuoteIsInvalidCSVAtItsLine() {
        let (table, findings) = csv("No,管理策種別,番号,管理策,概要,実施手順\n1,組織,5.1,方針,概要,1-1 策定。\n2,組織,5.7,\"脅威,概要,2-1 取得。\n")
        #expect(findings.map(\.code) == [.invalidCSV])
        #expect(findings.first?.location.line == 3)
        #expect(table.controls.map(\.number) == [1])
    }

    @Test func missingHeaderColumnsAndUnknownHeaders() {
        let (_, findings) = csv("No,管理策種別,番号,管理策名,概要\n1,組織,5.1,方針,概要\n")
        #expect(findings.map(\.code).sorted { $0.rawValue < $1.rawValue } == [.missingField, .unknownKey])
        #expect(findings.first { $0.code == .unknownKey }?.message.contains("管理策") == true)
    }

    @Test func findingsPointAtRowAndCell() {
        let text = """
        No,管理策種別,番号,管理策,概要,実施手順
        1,組織,5.1,方針,概要,1-1 策定。
        2,人間,5.99,脅威,概要,2-1 取得。 3-2 分析。
        2,組織,5.7,脅威,概要,2-3 取得。
        3,組織,5.19,,概要,
        """
        let (_, findings) = csv(text)
        func at(_ code: FindingCode) -> [String] { findings.filter { $0.code == code }.map { "\($0.location.line):\($0.location.column)" } }
        #expect(at(.unknownCategory) == ["3:3"])
        #expect(at(.invalidISO) == ["3:6"])
        #expect(at(.procedureControlMismatch) == ["3:25"])
        #expect(at(.duplicateControl) == ["4:1"])
        #expect(at(.missingField) == ["5:1", "5:1"])
    }
}
