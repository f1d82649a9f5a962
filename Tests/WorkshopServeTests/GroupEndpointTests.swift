import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopLoad
@testable import WorkshopServe

/// `POST /api/events/<slug>/groups`: group sheets collected with the worksheets' rules.
@Suite("Group sheet endpoint")
struct GroupEndpointTests {
    static func sheet(_ group: String, reason: String = "全員が同じ話を一度は聞いている状態を作るのが第一歩だから。", hint: String? = nil) -> String {
        var text = ServeFixture.groupSheet(group).replacingOccurrences(of: "全員が同じ話を一度は聞いている状態を作るのが第一歩だから。", with: reason)
        // The form never writes a hint: drop the fixture's.
        text = GroupSheetHint.replacing(in: text, with: hint.map { "## ヒント\n\($0)" })
        return text
    }

    @Test func eachStatusAsTheSpecSays() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let app = Application(router: await fixture.server().makeRouter())
        let file = fixture.groups.appendingPathComponent("A.md")
        try await app.test(.router) { client in
            // 403: no code, wrong code.
            #expect(try await client.submitGroup(Self.sheet("A"), code: nil).status == .forbidden)
            #expect(try await client.submitGroup(Self.sheet("A"), code: "ABC235").status == .forbidden)
            // 400: no front matter; a group that cannot name a file; not UTF-8.
            #expect(try await client.submitGroup("## ① 事業影響の認識\n- x\n").status == .badRequest)
            #expect(try await client.submitGroup(Self.sheet("A").replacingOccurrences(of: "group: A", with: "group: ../A")).status == .badRequest)
            #expect(try await client.submit(bytes: [0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe], to: "groups").status == .badRequest)
            // 413: over 256 KiB.
            let big = Self.sheet("A", reason: String(repeating: "長", count: 100_000))
            #expect(try await client.submitGroup(big).status == .contentTooLarge)
            // 422: a group event.yaml does not declare; an unknown procedure. Nothing written.
            let undeclared = try await client.submitGroup(Self.sheet("A").replacingOccurrences(of: "group: A", with: "group: Z"))
            #expect(undeclared.status == .unprocessableContent)
            #expect((undeclared.json["findings"] as? [[String: Any]])?.contains { $0["code"] as? String == "unknown-group" } == true)
            let unknown = try await client.submitGroup(Self.sheet("A").replacingOccurrences(of: "### 6-1", with: "### 6-9"))
            #expect(unknown.status == .unprocessableContent)
            #expect(!FileManager.default.fileExists(atPath: file.path))
            // 201, with the group, the file and a token.
            let created = try await client.submitGroup(Self.sheet("A"))
            #expect(created.status == .created)
            #expect(created.json["group"] as? String == "A")
            #expect(created.json["participant"] == nil)
            #expect(created.json["file"] as? String == "events/\(ServeFixture.slug)/groups/A.md")
            let token = try #require(created.json["editToken"] as? String)
            #expect(try String(contentsOf: file, encoding: .utf8) == Self.sheet("A"))
            // An idempotent retry (the answer was lost): the same bytes get the same token.
            let retry = try await client.submitGroup(Self.sheet("A"))
            #expect(retry.status == .created)
            #expect(retry.json["editToken"] as? String == token)
            // 409: another scribe without the token, or with a wrong one.
            #expect(try await client.submitGroup(Self.sheet("A", reason: "別の案")).status == .conflict)
            #expect(try await client.submitGroup(Self.sheet("A", reason: "別の案"), token: String(repeating: "0", count: 32)).status == .conflict)
            // 200: the group's own token replaces it.
            let replaced = try await client.submitGroup(Self.sheet("A", reason: "話し合って変えた。"), token: token)
            #expect(replaced.status == .ok)
            #expect(try String(contentsOf: file, encoding: .utf8).contains("話し合って変えた。"))
            // The group sheet endpoint and the worksheet endpoint keep separate tokens: participant "A" is not group A.
            #expect(try await client.submit(ServeFixture.worksheet("A")).status == .created)
        }
    }

    @Test func tooManySubmissionsGet429() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let app = Application(router: await fixture.server(rateLimit: .init(burst: 2, perMinute: 1)).makeRouter())
        try await app.test(.router) { client in
            var statuses: [HTTPResponse.Status] = []
            for group in ["A", "B", "A", "B"] { statuses.append(try await client.submitGroup(Self.sheet(group)).status) }
            #expect(statuses.prefix(2).allSatisfy { $0 == .created })
            #expect(statuses.last == .tooManyRequests)
        }
    }

    @Test func theFacilitatorsHintStays() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let server = await fixture.server()
        let file = fixture.groups.appendingPathComponent("B.md")
        let first = await server.collection.submit(.init(slug: ServeFixture.slug, joinCode: "ABC234", body: Data(Self.sheet("B").utf8), sheet: .groupSheet))
        #expect(first.status == .created)
        let token = try #require((try JSONSerialization.jsonObject(with: first.json) as? [String: Any])?["editToken"] as? String)
        // The facilitator adds a hint by hand; the scribe's next version (with no hint, or another one) keeps it.
        let withHint = GroupSheetHint.replacing(in: try String(contentsOf: file, encoding: .utf8), with: "## ヒント\n投資として説明する。")
        try Data(withHint.utf8).write(to: file)
        for hint in [nil, "私たちのヒント"] {
            let next = await server.collection.submit(.init(slug: ServeFixture.slug, joinCode: "ABC234", editToken: token,
                                                            body: Data(Self.sheet("B", reason: "変えた理由。", hint: hint).utf8), sheet: .groupSheet))
            #expect(next.status == .ok)
            let saved = try String(contentsOf: file, encoding: .utf8)
            #expect(saved.contains("変えた理由。"))
            #expect(GroupSheetHint.section(in: saved) == "## ヒント\n投資として説明する。")
            #expect(!saved.contains("私たちのヒント"))
        }
    }

    /// Two scribes of one group at once: exactly one creates the sheet, the other gets 409; nothing is half-written.
    @Test func twoScribesOfOneGroup() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let server = await fixture.server()
        let endpoint = server.collection
        let texts = [Self.sheet("A", reason: "一人目の案。"), Self.sheet("A", reason: "二人目の案。")]
        let statuses = await withTaskGroup(of: HTTPResponse.Status.self) { group in
            for text in texts {
                group.addTask { await endpoint.submit(.init(slug: ServeFixture.slug, joinCode: "ABC234", body: Data(text.utf8), sheet: .groupSheet)).status }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses.sorted { $0.code < $1.code } == [.created, .conflict])
        let saved = try String(contentsOf: fixture.groups.appendingPathComponent("A.md"), encoding: .utf8)
        #expect(texts.contains(saved))
    }

    @Test func tokensSurviveARestart() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let first = await fixture.server()
        let reply = await first.collection.submit(.init(slug: ServeFixture.slug, joinCode: "ABC234", body: Data(Self.sheet("B").utf8), sheet: .groupSheet))
        #expect(reply.status == .created)
        let token = try #require((try JSONSerialization.jsonObject(with: reply.json) as? [String: Any])?["editToken"] as? String)
        let second = await fixture.server()
        let again = await second.collection.submit(.init(slug: ServeFixture.slug, joinCode: "ABC234", editToken: token,
                                                         body: Data(Self.sheet("B", reason: "再送。").utf8), sheet: .groupSheet))
        #expect(again.status == .ok)
        let intruder = await second.collection.submit(.init(slug: ServeFixture.slug, joinCode: "ABC234",
                                                             body: Data(Self.sheet("B", reason: "横取り。").utf8), sheet: .groupSheet))
        #expect(intruder.status == .conflict)
    }

    /// A hand-written group sheet on file is the facilitator's: without a token it is not replaced.
    @Test func aHandWrittenSheetIsNotReplacedWithoutAToken() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        try fixture.writeGroupSheet("A")
        let server = await fixture.server()
        let reply = await server.collection.submit(.init(slug: ServeFixture.slug, joinCode: "ABC234", body: Data(Self.sheet("A").utf8), sheet: .groupSheet))
        #expect(reply.status == .conflict)
        #expect(try String(contentsOf: fixture.groups.appendingPathComponent("A.md"), encoding: .utf8) == ServeFixture.groupSheet("A"))
    }
}
