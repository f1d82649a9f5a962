import Foundation
import HummingbirdTesting
import Hummingbird
import Testing
@testable import WorkshopServe

/// The facilitator's dashboard counts what is on disk (hand-written worksheets
/// too) against the rosters, with each worksheet's findings and the group sheets' state.
@Suite("Dashboard")
struct DashboardTests {
    static func roomFixture() throws -> ServeFixture {
        let fixture = try ServeFixture.make()
        let yaml = try String(contentsOf: fixture.eventYAML, encoding: .utf8)
            .replacingOccurrences(of: "{ id: A, name: 卸業・製造業グループ }", with: "{ id: A, name: 卸業・製造業グループ, members: [A-01, A-02, A-03] }")
            .replacingOccurrences(of: "{ id: B, name: 小売業グループ }", with: "{ id: B, name: 小売業グループ, members: [B-01, B-02] }")
        try Data(yaml.utf8).write(to: fixture.eventYAML)
        // By hand: A-01 complete; B-01 broken; Z-09 in group A but not on its roster; B-02 with theme ③ empty.
        try fixture.write(worksheet: "A-01", ServeFixture.worksheet("A-01"))
        try fixture.write(worksheet: "B-01", "---\nparticipant: B-01\ngroup: B\nindustry: [unclosed\n---\n")
        try fixture.write(worksheet: "Z-09", ServeFixture.worksheet("Z-09"))
        let withoutObstacles = ServeFixture.worksheet("B-02", group: "B").components(separatedBy: "## ③ 課題と解決手段")[0]
        try fixture.write(worksheet: "B-02", withoutObstacles)
        return fixture
    }

    @Test func countsMatchTheContent() async throws {
        let fixture = try Self.roomFixture()
        defer { fixture.remove() }
        let server = await fixture.server()
        // A-02 through the endpoint, and group A's sheet.
        #expect(await server.collection.submit(.init(slug: ServeFixture.slug, joinCode: "ABC234", body: Data(ServeFixture.worksheet("A-02").utf8))).status == .created)
        let sheet = GroupEndpointTests.sheet("A")
        #expect(await server.collection.submit(.init(slug: ServeFixture.slug, joinCode: "ABC234", body: Data(sheet.utf8), sheet: .groupSheet)).status == .created)
        await server.site.fullBuild()
        let current = server.site.snapshot.current
        let board = RoomDashboard(content: current.content, findings: current.findings, leftOut: current.leftOut, log: await server.log.allEntries())
        let room = try #require(board.rooms.first)
        #expect(room.expected == 5)
        #expect(room.worksheets == 5)          // Z-09, B-01 (errors), B-02
        #expect(room.missing == 1)
        #expect(room.groupSheets == 1)
        let a = try #require(room.groups.first { $0.id == "A" })
        #expect(a.members.map(\.participant) == ["A-01", "A-02", "A-03", "Z-09"])
        #expect(a.members.map(\.state) == [.submitted, .submitted, .missing, .submitted])
        #expect(a.members.map(\.submittedInTheRoom) == [false, true, false, false])
        #expect(a.members.map(\.onRoster) == [true, true, true, false])
        #expect(a.members[3].warnings >= 1)    // not-on-roster
        #expect(a.sheet == .checked)
        #expect(a.sheetSubmittedInTheRoom)
        let b = try #require(room.groups.first { $0.id == "B" })
        #expect(b.members.map(\.participant) == ["B-01", "B-02"])
        #expect(b.members[0].state == .hasErrors)
        #expect(b.members[0].errors >= 1)
        #expect(b.members[1].missingThemes == [3])
        #expect(b.sheet == .none)
        #expect(a.rosterSize == 3 && b.rosterSize == 2)
    }

    /// A hand-written worksheet with errors whose participant is on no roster
    /// stands under the group its front matter names, not among the strays.
    @Test func aBrokenWorksheetOffTheRosterStandsUnderItsGroup() async throws {
        let fixture = try Self.roomFixture()
        defer { fixture.remove() }
        try fixture.write(worksheet: "B-99", ServeFixture.worksheet("B-99", group: "B", procedure: "99-9"))
        try fixture.write(worksheet: "Q-01", "---\nparticipant: Q-01\nindustry: 卸売業\n---\n")
        let server = await fixture.server()
        let current = server.site.snapshot.current
        #expect(current.leftOut.contains("events/\(ServeFixture.slug)/worksheets/B-99.md"))
        #expect(current.leftOutGroups["events/\(ServeFixture.slug)/worksheets/B-99.md"] == "B")
        let room = try #require(RoomDashboard(content: current.content, findings: current.findings, leftOut: current.leftOut, log: [:],
                                              leftOutGroups: current.leftOutGroups).rooms.first)
        let b = try #require(room.groups.first { $0.id == "B" })
        let broken = try #require(b.members.first { $0.participant == "B-99" })
        #expect(broken.state == .hasErrors && !broken.onRoster && broken.errors >= 1)
        // Without a readable group it stays among the strays.
        #expect(room.elsewhere.map(\.participant) == ["Q-01"])
        try await Application(router: server.makeRouter()).test(.router) { client in
            let page = try await client.get("/__workshop/", as: .facilitator).text
            let groupB = try #require(page.components(separatedBy: "data-group=\"B\"").dropFirst().first)
            #expect(groupB.components(separatedBy: "</section>")[0].contains("data-participant=\"B-99\""))
            // Group B's roster is B-01 (errors) and B-02: both are in; B-99 is counted apart.
            #expect(groupB.contains("<small>2/2 ＋名簿にない 1</small>"), "\(groupB.prefix(300))")
        }
    }

    @Test func groupsWithoutARosterExpectNobody() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        try fixture.write(worksheet: "A-01", ServeFixture.worksheet("A-01"))
        let server = await fixture.server()
        let current = server.site.snapshot.current
        let room = try #require(RoomDashboard(content: current.content, findings: current.findings, leftOut: current.leftOut, log: [:]).rooms.first)
        #expect(room.expected == 0)
        #expect(room.worksheets == 1)
        #expect(room.missing == 0)
        #expect(room.groups.first?.members.first?.onRoster == true)
    }

    @Test func onlyTheFacilitatorSeesItAndItSaysWhoIsMissing() async throws {
        let fixture = try Self.roomFixture()
        defer { fixture.remove() }
        let server = await fixture.server()
        try await Application(router: server.makeRouter()).test(.router) { client in
            for path in ["/__workshop/", "/__workshop/submissions"] {
                let page = try await client.get(path, as: .facilitator)
                #expect(page.status == .ok)
                #expect(page.text.contains("data-participant=\"A-03\" data-state=\"missing\""))
                #expect(page.text.contains("data-participant=\"B-01\" data-state=\"errors\""))
                #expect(page.text.contains("ABC234"))
                #expect(page.text.contains("/events/\(ServeFixture.slug)/groups/A/present/"))
                #expect(try await client.get(path, as: .participant).status == .forbidden)
                #expect(try await client.get(path, as: .none).status == .forbidden)
            }
        }
    }

    @Test func writtenTextIsEscaped() async throws {
        let fixture = try Self.roomFixture()
        defer { fixture.remove() }
        let yaml = try String(contentsOf: fixture.eventYAML, encoding: .utf8)
            .replacingOccurrences(of: "name: 小売業グループ", with: "name: \"<img src=x onerror=alert(1)>\"")
        try Data(yaml.utf8).write(to: fixture.eventYAML)
        let server = await fixture.server()
        try await Application(router: server.makeRouter()).test(.router) { client in
            let page = try await client.get("/__workshop/", as: .facilitator)
            #expect(!page.text.contains("<img src=x"))
            #expect(page.text.contains("&lt;img src=x"))
        }
    }
}
