import Testing
import WorkshopCheck
import WorkshopLoad
import WorkshopModel

/// An event whose event.yaml failed to load does not report every sheet as `unknown-group`.
@Suite struct CascadeTests {
    static func files(eventYAML: String?) -> [String: String] {
        var files: [String: String] = [
            "site.yaml": "title: テスト\nlanguage: ja\n",
            "catalogs/threats.yaml": "id: t\ntitle: T\nthreats:\n  - { id: 1, title: ランサムウェア }\n",
            "catalogs/controls.yaml": "id: c\ntitle: C\ncontrols:\n  - { no: 1, category: 組織, iso: \"5.1\", title: 方針, procedures: [{ id: 1-1, text: 策定。 }] }\n",
            "events/e/groups/A.md": "---\ngroup: A\nthreats: [1]\npublish: true\n---\n",
        ]
        for id in ["A-01", "A-02", "B-01"] {
            files["events/e/worksheets/\(id).md"] = "---\nparticipant: \(id)\ngroup: \(id.prefix(1))\nindustry: 卸売\n---\n"
        }
        files["events/e/event.yaml"] = eventYAML
        return files
    }

    @Test(arguments: ["title: 第1回\ndate： 2026-12-08\ngroups: [A, B]\n", "title: [第1回\ngroups: [A]\n"])
    func aBrokenEventYAMLGivesOneFindingAndNoUnknownGroups(eventYAML: String) {
        let run = CheckRun.run(.memory(Self.files(eventYAML: eventYAML)), strict: false)
        #expect(run.findings.filter { $0.code == .invalidYAML }.count == 1)
        #expect(run.findings.filter { $0.code == .unknownGroup }.isEmpty, "\(run.findings.map(\.message))")
    }

    @Test func aMissingEventYAMLGivesNoUnknownGroups() {
        var files = Self.files(eventYAML: nil)
        files["events/e/event.yaml"] = nil
        let run = CheckRun.run(.memory(files.compactMapValues { $0 }), strict: false)
        #expect(run.findings.contains { $0.code == .missingField && $0.location.file == "events/e/event.yaml" })
        #expect(run.findings.filter { $0.code == .unknownGroup }.isEmpty)
    }

    @Test func aReadableEventYAMLStillReportsUnknownGroupsWithoutDoubledBrackets() {
        let run = CheckRun.run(.memory(Self.files(eventYAML: "title: 第1回\ndate: 2026-12-08\ngroups: [A]\n")), strict: false)
        let unknown = run.findings.filter { $0.code == .unknownGroup }
        #expect(unknown.map(\.location.file) == ["events/e/worksheets/B-01.md"])
        let empty = CheckRun.run(.memory(Self.files(eventYAML: "title: 第1回\ndate: 2026-12-08\n")), strict: false)
        let messages = empty.findings.filter { $0.code == .unknownGroup }.map(\.message)
        #expect(messages.count == 4)
        for message in messages + unknown.map(\.message) {
            #expect(!message.contains("（（") && !message.contains("））"), "\(message)")
        }
    }
}
