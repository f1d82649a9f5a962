import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WorkshopServe

@Suite("Collection endpoint")
struct CollectionEndpointTests {
    @Test func firstSubmissionIsCreatedThenOthersNeedTheToken() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let server = await fixture.server()
        let app = Application(router: server.makeRouter())
        try await app.test(.router) { client in
            let first = try await client.submit(ServeFixture.worksheet("A-01"))
            #expect(first.status == .created)
            let token = try #require(first.json["editToken"] as? String)
            #expect(token.count == 32)
            #expect(first.json["participant"] as? String == "A-01")
            #expect(first.json["file"] as? String == "events/\(ServeFixture.slug)/worksheets/A-01.md")
            #expect(first.json["findings"] is [Any])

            let intruder = try await client.submit(ServeFixture.worksheet("A-01", reason: "上書きしたい"))
            #expect(intruder.status == .conflict)
            let wrongToken = try await client.submit(ServeFixture.worksheet("A-01", reason: "上書きしたい"), token: "0123456789abcdef0123456789abcdef")
            #expect(wrongToken.status == .conflict)
            let saved = try String(contentsOf: fixture.worksheets.appendingPathComponent("A-01.md"), encoding: .utf8)
            #expect(saved == ServeFixture.worksheet("A-01"))

            let edit = try await client.submit(ServeFixture.worksheet("A-01", reason: "書き直しました。"), token: token)
            #expect(edit.status == .ok)
            let replaced = try String(contentsOf: fixture.worksheets.appendingPathComponent("A-01.md"), encoding: .utf8)
            #expect(replaced.contains("書き直しました。"))
        }
    }

    @Test func tokensSurviveARestart() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let first = await fixture.server()
        let reply = await first.collection.submit(.init(slug: ServeFixture.slug, joinCode: "ABC234", body: Data(ServeFixture.worksheet("B-07", group: "B").utf8)))
        #expect(reply.status == .created)
        let token = try #require((try JSONSerialization.jsonObject(with: reply.json) as? [String: Any])?["editToken"] as? String)
        let stateText = try String(contentsOfFile: fixture.folder.appendingPathComponent(".workshop/submissions.json").path, encoding: .utf8)
        #expect(!stateText.contains(token))

        let second = await fixture.server()
        let again = await second.collection.submit(.init(slug: ServeFixture.slug, joinCode: "ABC234", editToken: token,
                                                         body: Data(ServeFixture.worksheet("B-07", group: "B", reason: "再送").utf8)))
        #expect(again.status == .ok)
    }

    @Test func joinCodeIsRequired() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let app = Application(router: await fixture.server().makeRouter())
        try await app.test(.router) { client in
            do { let reply = try await client.submit(ServeFixture.worksheet("A-01"), code: nil); #expect(reply.status == .forbidden) }
            do { let reply = try await client.submit(ServeFixture.worksheet("A-01"), code: "ABC235"); #expect(reply.status == .forbidden) }
            do { let reply = try await client.submit(ServeFixture.worksheet("A-01"), code: ""); #expect(reply.status == .forbidden) }
            do { let reply = try await client.submit(ServeFixture.worksheet("A-01"), code: " abc234 "); #expect(reply.status == .created) }
            let list = try await client.execute(uri: "/api/events/\(ServeFixture.slug)/submissions", method: .get)
            #expect(list.status == .forbidden)
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.worksheets.appendingPathComponent("A-02.md").path))
    }

    @Test func oversizeBodiesAreRefused() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let app = Application(router: await fixture.server().makeRouter())
        try await app.test(.router) { client in
            let big = ServeFixture.worksheet("A-01", reason: String(repeating: "長", count: 100_000))
            #expect(big.utf8.count > 256 * 1024)
            do { let reply = try await client.submit(big); #expect(reply.status == .contentTooLarge) }
            let justUnder = ServeFixture.worksheet("A-02", reason: String(repeating: "a", count: 200 * 1024))
            do { let reply = try await client.submit(justUnder); #expect(reply.status == .created) }
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.worksheets.appendingPathComponent("A-01.md").path))
    }

    @Test(arguments: ["../x", "a/b", "%2e%2e", "..", "A 01", "/etc/passwd", "A-01\\..", String(repeating: "a", count: 65)])
    func participantIdsThatAreNotNamesAreRefused(_ id: String) async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let app = Application(router: await fixture.server().makeRouter())
        try await app.test(.router) { client in
            let reply = try await client.submit(ServeFixture.worksheet("'\(id)'"))
            #expect(reply.status == .badRequest)
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: fixture.worksheets.path)
        #expect(written.isEmpty)
    }

    @Test func fullWidthIdsAreNormalised() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let app = Application(router: await fixture.server().makeRouter())
        try await app.test(.router) { client in
            let reply = try await client.submit(ServeFixture.worksheet("Ａ－０３"))
            #expect(reply.status == .created)
            #expect(reply.json["participant"] as? String == "A-03")
        }
        #expect(FileManager.default.fileExists(atPath: fixture.worksheets.appendingPathComponent("A-03.md").path))
    }

    @Test func badBodiesAreRefused() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let app = Application(router: await fixture.server().makeRouter())
        try await app.test(.router) { client in
            var invalid = Array(ServeFixture.worksheet("A-01").utf8)
            invalid.insert(contentsOf: [0xFF, 0xFE, 0xC3], at: 40)
            do { let reply = try await client.submit(bytes: invalid); #expect(reply.status == .badRequest) }
            do { let reply = try await client.submit("## ① 事業影響の認識\n\n### 脅威 3\n"); #expect(reply.status == .badRequest) }
            do { let reply = try await client.submit(ServeFixture.worksheet("A-01"), contentType: "application/json"); #expect(reply.status == .unsupportedMediaType) }
            do { let reply = try await client.submit(ServeFixture.worksheet("A-01"), slug: "no-such-event"); #expect(reply.status == .notFound) }
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: fixture.worksheets.path)
        #expect(written.isEmpty)
    }

    @Test func worksheetsWithErrorsAreNotWritten() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let app = Application(router: await fixture.server().makeRouter())
        try await app.test(.router) { client in
            let unknownGroup = try await client.submit(ServeFixture.worksheet("A-01", group: "Z"))
            #expect(unknownGroup.status == .unprocessableContent)
            let findings = try #require(unknownGroup.json["findings"] as? [[String: Any]])
            #expect(findings.contains { $0["code"] as? String == "unknown-group" && $0["severity"] as? String == "error" })
            #expect(findings.allSatisfy { $0["line"] is Int && $0["column"] is Int && $0["message"] is String })

            let unknownProcedure = try await client.submit(ServeFixture.worksheet("A-02", procedure: "6-9"))
            #expect(unknownProcedure.status == .unprocessableContent)
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: fixture.worksheets.path)
        #expect(written.isEmpty)
    }

    @Test func tooManySubmissionsAreSlowedDown() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        // One new submission a minute: a slow machine cannot refill the bucket during the test.
        let app = Application(router: await fixture.server(rateLimit: .init(burst: 5, perMinute: 1)).makeRouter())
        try await app.test(.router) { client in
            for index in 1...5 {
                do { let reply = try await client.submit(ServeFixture.worksheet("A-1\(index)")); #expect(reply.status == .created) }
            }
            let sixth = try await client.submit(ServeFixture.worksheet("A-16"))
            #expect(sixth.status == .tooManyRequests)
            let retry = try #require(sixth.headers[.retryAfter].flatMap { Int($0) })
            #expect(retry >= 1 && retry <= 60)
        }
    }

    @Test func fiftyConcurrentSubmissionsLoseNothing() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let app = Application(router: await fixture.server().makeRouter())
        try await app.test(.live) { client in
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for index in 1...50 {
                    group.addTask {
                        try await client.submit(ServeFixture.worksheet(String(format: "P-%02d", index), group: index.isMultiple(of: 2) ? "A" : "B")).status
                    }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(statuses.count == 50)
            #expect(statuses.allSatisfy { $0 == .created })
            var headers = HTTPFields()
            headers[HTTPField.Name("X-Join-Code")!] = "ABC234"
            let list = try await client.execute(uri: "/api/events/\(ServeFixture.slug)/submissions", method: .get, headers: headers)
            #expect(list.status == .ok)
            #expect((list.json["submissions"] as? [Any])?.count == 50)
        }
        for index in 1...50 {
            let name = String(format: "P-%02d", index)
            let text = try String(contentsOf: fixture.worksheets.appendingPathComponent("\(name).md"), encoding: .utf8)
            #expect(text == ServeFixture.worksheet(name, group: index.isMultiple(of: 2) ? "A" : "B"))
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.worksheets.path)
        #expect(files.count == 50)
    }
}
