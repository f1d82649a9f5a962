import Foundation
import Testing
import WorkshopModel
@testable import WorkshopLoad

/// What the parse guard keeps as text is a finding at its line (docs/markdown.md#slow-inputs).
@Suite struct SlowMarkdownFindingTests {
    static let event = ["events/e/event.yaml": "title: x\ndate: 2024-10-08\n"]

    func load(_ files: [String: String]) -> LoadResult {
        LoaderTestSupport.loadMinimal(Self.event.merging(files) { _, new in new })
    }

    static let front = "---\nparticipant: A-01\ngroup: A\nindustry: 卸売\n---\n"

    @Test func aWideTableInAWorksheetIsReportedAtItsLine() {
        let row = "|" + String(repeating: "x|", count: 50_000) + "\n"
        let sheet = Self.front + "## ① 事業影響の認識\n\n|a|b|\n|-|-|\n" + String(repeating: row, count: 3)
        let result = load(["events/e/worksheets/A-01.md": sheet])
        let found = result.findings(.tableTooWide)
        #expect(found.map(\.location) == [SourceLocation(file: "events/e/worksheets/A-01.md", line: 8, column: 1)])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("128") == true)
    }

    @Test func openerRunsInGroupSheetsAndSeminarPagesAreReported() {
        let run = "  " + String(repeating: "![[]()", count: 100) + "\n"
        let result = load([
            "events/e/groups/A.md": "---\ngroup: A\nthreats: [1]\n---\n本文\n\n" + run,
            "events/e/seminar.md": "---\ntitle: 題\n---\n# 見出し\n\n" + String(repeating: "<?", count: 80) + "\n",
        ])
        let found = result.findings(.markupRunTooLong).map(\.location)
        #expect(found.contains(SourceLocation(file: "events/e/groups/A.md", line: 7, column: 3)))
        #expect(found.contains(SourceLocation(file: "events/e/seminar.md", line: 6, column: 1)))
    }

    @Test func ordinaryMarkdownGivesNoGuardFinding() {
        let sheet = Self.front + "## ① 事業影響の認識\n\n|課題|解決手段|\n|-|-|\n|人がいない|外部研修|\n\n参照 https://www.ipa.go.jp/ と ![図](a.png)\n"
        let result = load(["events/e/worksheets/A-01.md": sheet])
        #expect(result.findings(.tableTooWide).isEmpty)
        #expect(result.findings(.markupRunTooLong).isEmpty)
    }
}
