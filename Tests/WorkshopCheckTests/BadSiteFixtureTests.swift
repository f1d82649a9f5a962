import Foundation
import Testing
import WorkshopLoad
import WorkshopModel
@testable import WorkshopCheck

/// The bad-site fixture (`Tests/Fixtures/bad-site`) triggers the finding codes
/// on purpose; this pins every finding's file, line, severity and code.
@Suite struct BadSiteFixtureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/bad-site").path

    /// (file, line, severity, code), in report order.
    static let expected: [(String, Int, String, String)] = [
        ("catalogs/alias-controls.yaml", 5, "warning", "accepted-alias"),
        ("catalogs/alias-controls.yaml", 6, "warning", "accepted-alias"),
        ("catalogs/broken-controls.yaml", 5, "error", "unknown-category"),
        ("catalogs/broken-controls.yaml", 6, "error", "invalid-iso"),
        ("catalogs/broken-controls.yaml", 12, "error", "procedure-control-mismatch"),
        ("catalogs/broken-controls.yaml", 14, "error", "duplicate-procedure-id"),
        ("catalogs/broken-controls.yaml", 16, "error", "duplicate-control"),
        ("catalogs/broken-csv.csv", 2, "error", "invalid-csv"),
        ("catalogs/zz-threats-again.yaml", 1, "error", "duplicate-catalogue"),
        ("catalogs/zz-threats-again.yaml", 6, "error", "duplicate-threat-id"),
        ("events/2024-10-08-e1/event.yaml", 8, "note", "missing-group-sheet"),
        ("events/2024-10-08-e1/event.yaml", 9, "error", "duplicate-group"),
        ("events/2024-10-08-e1/groups/A.md", 10, "error", "unknown-procedure"),
        ("events/2024-10-08-e1/groups/A.md", 12, "error", "missing-reason"),
        ("events/2024-10-08-e1/groups/A.md", 17, "warning", "obstacle-without-remedy"),
        ("events/2024-10-08-e1/groups/A2.md", 2, "error", "duplicate-group-sheet"),
        ("events/2024-10-08-e1/groups/Z.md", 2, "error", "unknown-group"),
        ("events/2024-10-08-e1/groups/Z.md", 3, "error", "excluded-threat"),
        ("events/2024-10-08-e1/worksheets/W-badyaml.md", 3, "error", "invalid-yaml"),
        ("events/2024-10-08-e1/worksheets/W-bin.md", 3, "error", "binary-file"),
        ("events/2024-10-08-e1/worksheets/W-dup2.md", 2, "error", "duplicate-participant"),
        ("events/2024-10-08-e1/worksheets/W-empty.md", 0, "note", "empty-file"),
        ("events/2024-10-08-e1/worksheets/W-empty.md", 1, "error", "missing-front-matter"),
        ("events/2024-10-08-e1/worksheets/W-front.md", 1, "error", "missing-field"),
        ("events/2024-10-08-e1/worksheets/W-front.md", 3, "error", "unknown-group"),
        ("events/2024-10-08-e1/worksheets/W-front.md", 4, "warning", "unknown-key"),
        ("events/2024-10-08-e1/worksheets/W-front.md", 5, "error", "invalid-field"),
        ("events/2024-10-08-e1/worksheets/W-ids.md", 9, "error", "excluded-threat"),
        ("events/2024-10-08-e1/worksheets/W-ids.md", 13, "error", "unknown-threat"),
        ("events/2024-10-08-e1/worksheets/W-ids.md", 17, "error", "malformed-threat"),
        ("events/2024-10-08-e1/worksheets/W-ids.md", 21, "error", "missing-impact-field"),
        ("events/2024-10-08-e1/worksheets/W-ids.md", 21, "warning", "title-mismatch"),
        ("events/2024-10-08-e1/worksheets/W-ids.md", 23, "warning", "invalid-severity"),
        ("events/2024-10-08-e1/worksheets/W-ids.md", 25, "error", "missing-impact-field"),
        ("events/2024-10-08-e1/worksheets/W-ids.md", 30, "error", "unknown-procedure"),
        ("events/2024-10-08-e1/worksheets/W-ids.md", 34, "error", "malformed-procedure"),
        ("events/2024-10-08-e1/worksheets/W-long.md", 2, "error", "invalid-path-segment"),
        ("events/2024-10-08-e1/worksheets/W-nofm.md", 1, "error", "missing-front-matter"),
        ("events/2024-10-08-e1/worksheets/W-placeholder.md", 10, "error", "missing-impact-field"),
        ("events/2024-10-08-e1/worksheets/W-placeholder.md", 12, "warning", "placeholder-text"),
        ("events/2024-10-08-e1/worksheets/W-sjis.md", 4, "error", "invalid-encoding"),
        ("events/2024-10-08-e1/worksheets/W-structure.md", 6, "warning", "missing-theme"),
        ("events/2024-10-08-e1/worksheets/W-structure.md", 7, "warning", "unknown-heading"),
        ("events/2024-10-08-e1/worksheets/W-structure.md", 12, "warning", "unknown-label"),
        ("events/2024-10-08-e1/worksheets/W-structure.md", 16, "error", "duplicate-theme"),
        ("events/2024-10-08-e1/worksheets/W-structure.md", 16, "warning", "empty-theme"),
        ("events/2024-10-08-e1/worksheets/W-structure.md", 18, "warning", "empty-theme"),
        ("events/2024-10-08-e1/worksheets/W-themes.md", 13, "error", "duplicate-threat"),
        ("events/2024-10-08-e1/worksheets/W-themes.md", 20, "warning", "threat-not-in-impacts"),
        ("events/2024-10-08-e1/worksheets/W-themes.md", 23, "error", "duplicate-procedure"),
        ("events/2024-10-08-e1/worksheets/W-themes.md", 27, "error", "missing-reason"),
        ("events/2024-10-08-e1/worksheets/W-themes.md", 27, "warning", "missing-obstacles"),
        ("events/2024-10-08-e1/worksheets/W-themes.md", 36, "error", "procedure-not-chosen"),
        ("events/2024-10-08-e1/worksheets/W-themes.md", 40, "error", "duplicate-procedure"),
        ("events/2024-10-08-e1/worksheets/W-themes2.md", 30, "warning", "missing-obstacles"),
        ("events/2024-10-08-e1/worksheets/W-themes2.md", 31, "warning", "remedy-without-obstacle"),
        ("events/2024-10-08-e1/worksheets/W-unterminated.md", 1, "error", "unterminated-front-matter"),
        ("events/2024-10-08-e1/worksheets/notes.txt", 0, "note", "unexpected-file"),
        ("events/2024-10-09-e2/event.yaml", 2, "error", "invalid-date"),
        ("events/2024-10-09-e2/event.yaml", 3, "error", "unknown-catalogue"),
        ("events/2024-10-10-e3/worksheets", 0, "warning", "unexpected-file"),
    ]

    @Test func everyFindingAtItsPlace() {
        let run = CheckRun.run(.disk(root: Self.root), strict: false)
        let actual = run.findings.map { ($0.location.file, $0.location.line, $0.severity.rawValue, $0.code.rawValue) }
        #expect(actual.count == Self.expected.count)
        for (index, want) in Self.expected.enumerated() where index < actual.count {
            let got = actual[index]
            #expect(got.0 == want.0 && got.1 == want.1 && got.2 == want.2 && got.3 == want.3, "finding \(index): got \(got), want \(want)")
        }
    }

    @Test func theFixtureCoversTheWorksheetCodes() {
        let codes = Set(Self.expected.map(\.3))
        let wanted: [FindingCode] = [
            .invalidEncoding, .binaryFile, .unexpectedFile, .emptyFile, .missingFrontMatter, .unterminatedFrontMatter,
            .invalidYAML, .missingField, .invalidField, .unknownKey, .unknownCatalogue, .invalidDate, .duplicateGroup,
            .missingGroupSheet, .duplicateGroupSheet, .duplicateCatalogue, .duplicateThreatID, .duplicateControl,
            .duplicateProcedureID, .procedureControlMismatch, .invalidISO, .unknownCategory, .invalidCSV,
            .duplicateParticipant, .unknownGroup, .unknownThreat, .excludedThreat, .malformedThreat, .unknownProcedure,
            .malformedProcedure, .missingImpactField, .invalidSeverity, .missingReason, .threatNotInImpacts,
            .procedureNotChosen, .missingObstacles, .obstacleWithoutRemedy, .remedyWithoutObstacle, .duplicateThreat,
            .duplicateProcedure, .duplicateTheme, .missingTheme, .emptyTheme, .unknownHeading, .unknownLabel,
            .titleMismatch, .placeholderText, .acceptedAlias, .invalidPathSegment,
        ]
        for code in wanted {
            #expect(codes.contains(code.rawValue), "the fixture does not trigger \(code.rawValue)")
        }
    }

    @Test func strictTurnsTheThreeIntoErrors() {
        let run = CheckRun.run(.disk(root: Self.root), strict: true)
        for finding in run.findings where [.missingObstacles, .obstacleWithoutRemedy, .missingTheme, .placeholderText].contains(finding.code) {
            #expect(finding.severity == .error)
        }
        #expect(run.findings.contains { $0.code == .titleMismatch && $0.severity == .warning })
    }

    @Test func crlfBOMAndFullWidthAreAcceptedSilently() {
        let run = CheckRun.run(.disk(root: Self.root), strict: true)
        #expect(!run.findings.contains { $0.location.file.hasSuffix("W-crlf.md") })
        let sheet = run.content.events.first?.worksheets.first { $0.participant == "W-crlf" }
        #expect(sheet?.impacts.first?.threat.id == 3)
        #expect(sheet?.choices.first?.procedure.id == ProcedureID(control: 6, number: 1))
        #expect(sheet?.obstacles.first?.procedure.id == ProcedureID(control: 6, number: 1))
        #expect(sheet?.impacts.first?.severity == .high)
    }

    @Test func theShippedContentPassesStrict() {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Content").path
        let run = CheckRun.run(.disk(root: content), strict: true)
        #expect(run.findings.filter { $0.severity != .note }.isEmpty, "\(run.findings.map { "\($0.location.file):\($0.location.line) \($0.code.rawValue) \($0.message)" })")
        #expect(run.content.events.count == 3)
        #expect(run.content.events.reduce(0) { $0 + $1.worksheets.count } >= 17)
    }

    @Test func aSiteWithoutEventsGetsANote() {
        let run = CheckRun.run(.memory(["site.yaml": "title: x\nlanguage: en\n"]), strict: true)
        #expect(run.findings.map(\.code) == [.noEvents])
        #expect(run.findings.first?.severity == .note)
        #expect(!run.findings.hasErrors)
    }
}
