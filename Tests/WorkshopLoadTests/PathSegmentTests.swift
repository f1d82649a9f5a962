import Testing
import WorkshopModel
@testable import WorkshopLoad

/// Whatever becomes a folder of the site is checked when it is read.
@Suite struct PathSegmentTests {
    static let longID = "A" + String(repeating: "-_", count: 150)

    @Test func theRules() {
        for id in ["A-01", "a_b", "Ａ－０１", String(repeating: "x", count: 64)] { #expect(PathSegment.isValidID(id), "\(id)") }
        for id in ["", "山田", "A 01", "A/01", "A.01", String(repeating: "x", count: 65), Self.longID] { #expect(!PathSegment.isValidID(id), "\(id)") }
        for name in ["2024-10-08-session-06", "02-cloud", "v1.2", "e"] { #expect(PathSegment.isValidName(name), "\(name)") }
        for name in ["", ".hidden", "-x", "第1回", "a b", String(repeating: "x", count: 101)] { #expect(!PathSegment.isValidName(name), "\(name)") }
    }

    @Test func aLongParticipantIsAnErrorAtItsLine() throws {
        let result = LoaderTestSupport.loadMinimal([
            "events/e/event.yaml": "title: 第1回\ndate: 2026-12-08\ngroups: [A, 'グループ']\n",
            "events/e/worksheets/long.md": "---\nparticipant: \(Self.longID)\ngroup: A\nindustry: 卸売\n---\n",
            "events/e/groups/G.md": "---\ngroup: 'A B'\nthreats: [1]\n---\n",
        ])
        let found = result.findings(.invalidPathSegment)
        let at = found.map { "\($0.location.file):\($0.location.line)" }
        #expect(at.contains("events/e/worksheets/long.md:2"))
        #expect(at.contains("events/e/event.yaml:3"))
        #expect(at.contains("events/e/groups/G.md:2"))
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(found.allSatisfy { $0.message.count < 300 }, "the value is shortened in the message")
        #expect(result.content.events.first?.groups.map(\.id) == ["A"], "an unusable group id is not declared")
    }

    @Test func eventSlugsSeminarPagesAndCataloguesToo() {
        var files = LoaderTestSupport.minimal
        files["events/第1回/event.yaml"] = "title: 第1回\ndate: 2026-12-08\n"
        files["events/ok/event.yaml"] = "title: 第2回\ndate: 2026-12-22\n"
        files["events/ok/seminar/クラウド.md"] = "# クラウド\n"
        files["catalogs/bad.yaml"] = "id: 'bad id'\ntitle: X\nthreats:\n  - { id: 1, title: A }\n"
        let result = LoaderTestSupport.load(files)
        let at = result.findings(.invalidPathSegment).map { "\($0.location.file):\($0.location.line)" }
        #expect(at.contains("events/第1回/event.yaml:1"))
        #expect(at.contains("events/ok/seminar/クラウド.md:1"))
        #expect(at.contains("catalogs/bad.yaml:1"))
        #expect(!result.content.threatCatalogues.map(\.id).contains("bad id"), "a catalogue that cannot have a page is not used")
    }
}
