import Foundation
import Testing
import WorkshopModel
@testable import WorkshopCheck

/// Golden tests of the text and JSON output.
@Suite struct FindingReportTests {
    static let findings = [
        Finding(.unknownProcedure, at: WorkshopModel.SourceLocation(file: "events/e/worksheets/A-01.md", line: 24, column: 5), "unknown procedure '6-4': control 6 has 6-1, 6-2, 6-3"),
        Finding(.missingObstacles, at: WorkshopModel.SourceLocation(file: "events/e/worksheets/A-02.md", line: 9, column: 1), "procedure 6-1 chosen in theme 2 has no obstacle/remedy pair in theme 3"),
        Finding(.unexpectedFile, at: WorkshopModel.SourceLocation(file: "events/e/worksheets/notes.txt"), "not a worksheet"),
    ]

    @Test func textReportMatchesTheCompilerForm() {
        let report = FindingReport(findings: Self.findings, fileCount: 42, language: .en, displayRoot: "Content")
        #expect(report.text(colour: false) == """
            Content/events/e/worksheets/A-01.md:24:5: error: unknown procedure '6-4': control 6 has 6-1, 6-2, 6-3 [unknown-procedure]
            Content/events/e/worksheets/A-02.md:9:1: warning: procedure 6-1 chosen in theme 2 has no obstacle/remedy pair in theme 3 [missing-obstacles]
            Content/events/e/worksheets/notes.txt: note: not a worksheet [unexpected-file]
            1 error, 1 warning, 1 note in 42 files

            """)
    }

    @Test func japaneseSummary() {
        let report = FindingReport(findings: Array(Self.findings.prefix(2)), fileCount: 42, language: .ja, displayRoot: "Content")
        #expect(report.summary == "エラー 1 件、警告 1 件（42 ファイル）")
    }

    @Test func colourOnlyWhenAsked() {
        let report = FindingReport(findings: Self.findings, fileCount: 1, language: .en, displayRoot: "Content")
        #expect(!report.text(colour: false).contains("\u{1B}"))
        #expect(report.text(colour: true).contains("\u{1B}[1;31merror:"))
    }

    @Test func jsonReport() throws {
        let report = FindingReport(findings: Array(Self.findings.prefix(1)), fileCount: 3, language: .en, displayRoot: "Content")
        #expect(report.json() == """
            {
              "findings" : [
                {
                  "code" : "unknown-procedure",
                  "column" : 5,
                  "file" : "Content/events/e/worksheets/A-01.md",
                  "line" : 24,
                  "message" : "unknown procedure '6-4': control 6 has 6-1, 6-2, 6-3",
                  "severity" : "error"
                }
              ],
              "summary" : {
                "errors" : 1,
                "files" : 3,
                "notes" : 0,
                "warnings" : 0
              }
            }

            """)
    }

    @Test func aWholeFileFindingHasNoLineOrColumnInJSON() throws {
        let report = FindingReport(findings: [Self.findings[2]], fileCount: 1, language: .en, displayRoot: "Content")
        let json = report.json()
        #expect(!json.contains("\"line\""), "\(json)")
        #expect(!json.contains("\"column\""))
        #expect(json.contains("\"file\" : \"Content/events/e/worksheets/notes.txt\""))
    }

    @Test func everyCodeIsDocumented() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/diagnostics.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for code in FindingCode.allCases {
            #expect(text.contains("### `\(code.rawValue)`"), "docs/diagnostics.md does not document \(code.rawValue)")
        }
    }
}
