import Foundation
import Testing
import WorkshopLoad
import WorkshopModel

/// Every worksheet and group sheet shipped in `Content/` was written to the
/// spec: reading them must give no finding at all.
@Suite struct ShippedSheetsTests {
    static let events = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content/events")

    static func files(_ folder: String) -> [URL] {
        let eventFolders = (try? FileManager.default.contentsOfDirectory(at: events, includingPropertiesForKeys: nil)) ?? []
        return eventFolders.flatMap { event in
            ((try? FileManager.default.contentsOfDirectory(at: event.appendingPathComponent(folder), includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.pathExtension == "md" }
        }.sorted { $0.path < $1.path }
    }

    static func text(_ url: URL) throws -> String {
        try SourceText.decode(Data(contentsOf: url), file: url.lastPathComponent, language: .ja).get()
    }

    @Test func worksheetsHaveNoFindings() throws {
        let files = Self.files("worksheets")
        #expect(files.count >= 18)
        for url in files {
            let (sheet, findings) = WorksheetReader(language: .ja).read(try Self.text(url), file: url.path)
            #expect(findings.isEmpty, "\(url.lastPathComponent): \(findings.map { "\($0.location.line):\($0.location.column) \($0.code.rawValue) \($0.message)" })")
            let ws = try #require(sheet, "\(url.path)")
            #expect(ws.participant == url.deletingPathExtension().lastPathComponent)
            #expect(!ws.impacts.isEmpty && !ws.choices.isEmpty && !ws.obstacles.isEmpty)
            #expect(ws.impacts.allSatisfy { $0.threat.id != nil && $0.business != nil && $0.impact != nil && $0.severity != nil })
            #expect(ws.choices.allSatisfy { $0.procedure.id != nil && !$0.threats.isEmpty && $0.reason != nil })
            #expect(ws.obstacles.allSatisfy { $0.procedure.id != nil && !$0.pairs.isEmpty && $0.pairs.allSatisfy { !$0.remedies.isEmpty } })
        }
    }

    @Test func groupSheetsHaveNoFindings() throws {
        let files = Self.files("groups")
        #expect(files.count >= 5)
        for url in files {
            let (sheet, findings) = GroupSheetReader(language: .ja).read(try Self.text(url), file: url.path)
            #expect(findings.isEmpty, "\(url.lastPathComponent): \(findings.map { "\($0.location.line):\($0.location.column) \($0.code.rawValue) \($0.message)" })")
            let group = try #require(sheet, "\(url.path)")
            #expect(group.group == url.deletingPathExtension().lastPathComponent)
            #expect(!group.threats.isEmpty && group.threats.allSatisfy { $0.id != nil })
            #expect(!group.impacts.isEmpty && !group.commonProcedures.isEmpty && !group.diverseViews.isEmpty)
            #expect(!group.obstacles.isEmpty && group.hint != nil)
            #expect(group.commonProcedures.allSatisfy { $0.procedure.id != nil && $0.reason != nil })
        }
    }
}
