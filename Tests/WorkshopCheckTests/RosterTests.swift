import Testing
import WorkshopLoad
import WorkshopModel
@testable import WorkshopCheck

/// The groups' rosters (`members:` in event.yaml): read, checked against the worksheets.
@Suite struct RosterTests {
    static func site(members a: String, members b: String = "[]") -> [String: String] {
        [
            "site.yaml": "title: t\n",
            "catalogs/t.yaml": "id: t\ntitle: 脅威\nthreats:\n  - id: 3\n    title: 内部不正\n",
            "catalogs/c.yaml": "id: c\ntitle: 管理策\ncontrols:\n  - no: 6\n    category: people\n    iso: \"6.3\"\n    title: 教育\n    procedures:\n      - id: 6-1\n        text: 研修\n",
            "events/e/event.yaml": """
                title: 第1回
                threats: t
                controls: c
                groups:
                  - { id: A, name: 卸業, members: \(a) }
                  - { id: B, name: 小売, members: \(b) }
                """,
            "events/e/worksheets/A-01.md": "---\nparticipant: Ａ－０１\ngroup: A\nindustry: 卸売\n---\n## ① 事業影響の認識\n",
            "events/e/worksheets/A-07.md": "---\nparticipant: A-07\ngroup: A\nindustry: 卸売\n---\n## ① 事業影響の認識\n",
        ]
    }

    static func check(_ files: [String: String]) -> (Content, [Finding]) {
        let loaded = ContentLoader(fileSystem: .memory(files)).load()
        return (loaded.content, loaded.findings + Checker(language: .ja).check(loaded.content))
    }

    @Test func theRosterIsReadNormalised() {
        let (content, findings) = Self.check(Self.site(members: "[Ａ－０１, A-02]"))
        #expect(content.events.first?.groups.first?.members == ["A-01", "A-02"])
        #expect(content.events.first?.groups.last?.members == [])
        #expect(!findings.contains { $0.code == .duplicateMember })
    }

    @Test func aWorksheetOffItsGroupsRosterIsAWarning() throws {
        let (_, findings) = Self.check(Self.site(members: "[A-01, A-02]"))
        let off = findings.filter { $0.code == .notOnRoster }
        #expect(off.count == 1)
        let finding = try #require(off.first)
        #expect(finding.severity == .warning)
        #expect(finding.location.file == "events/e/worksheets/A-07.md")
        #expect(finding.location.line == 2)
        #expect(finding.message.contains("A-07"))
    }

    @Test func aGroupWithoutARosterAcceptsAnyone() {
        var files = Self.site(members: "[]")
        files["events/e/event.yaml"] = "title: 第1回\nthreats: t\ncontrols: c\ngroups:\n  - { id: A, name: 卸業 }\n"
        #expect(!Self.check(files).1.contains { $0.code == .notOnRoster })
        #expect(!Self.check(Self.site(members: "[]")).1.contains { $0.code == .notOnRoster })
    }

    @Test func aPseudonymOnTwoRostersIsAWarningAtItsSecondPlace() throws {
        let (content, findings) = Self.check(Self.site(members: "[A-01, A-07]", members: "[B-01, Ａ－０７]"))
        let twice = try #require(findings.first { $0.code == .duplicateMember })
        #expect(twice.severity == .warning)
        #expect(twice.location.line == 6)
        #expect(content.events.first?.groups.last?.members == ["B-01"])
        // The roster is not an id list in disguise: A-07 stays on A's roster.
        #expect(!findings.contains { $0.code == .notOnRoster })
    }

    @Test func aRosterEntryThatIsNotAPseudonymIsAnError() {
        let (_, findings) = Self.check(Self.site(members: "[A-01, { x: 1 }]"))
        #expect(findings.contains { $0.code == .invalidField && $0.location.file == "events/e/event.yaml" })
    }
}
