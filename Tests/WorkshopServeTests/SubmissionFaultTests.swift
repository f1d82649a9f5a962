import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopBuild
import WorkshopModel
import WorkshopRender
import WorkshopScaffold
@testable import WorkshopServe

/// A lost answer, a full disk, a pre-created worksheet, a killed write.
@Suite("Collection faults: retries, failed saves, scaffolds, leftovers")
struct SubmissionFaultTests {
    static func json(_ reply: CollectionReply) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: reply.json)) as? [String: Any] ?? [:]
    }

    static func submission(_ text: String, token: String? = nil) -> CollectionEndpoint.Submission {
        .init(slug: ServeFixture.slug, joinCode: "ABC234", editToken: token, body: Data(text.utf8))
    }

    @Test func theSameBytesAgainGetTheSameToken() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let server = await fixture.server()
        let first = await server.collection.submit(Self.submission(ServeFixture.worksheet("A-01")))
        #expect(first.status == .created)
        let token = try #require(Self.json(first)["editToken"] as? String)
        // The answer was lost: the form sends the same bytes again, without a token.
        let retry = await server.collection.submit(Self.submission(ServeFixture.worksheet("A-01")))
        #expect(retry.status == .created)
        #expect(Self.json(retry)["editToken"] as? String == token)
        // Other bytes without the token are still someone else's overwrite.
        let other = await server.collection.submit(Self.submission(ServeFixture.worksheet("A-01", reason: "別の人")))
        #expect(other.status == .conflict)
        let edit = await server.collection.submit(Self.submission(ServeFixture.worksheet("A-01", reason: "直しました。"), token: token))
        #expect(edit.status == .ok)
        // After the edit, the first bytes are not the worksheet any more: no token for them.
        let stale = await server.collection.submit(Self.submission(ServeFixture.worksheet("A-01")))
        #expect(stale.status == .conflict)
        let entries = await server.log.entries(event: ServeFixture.slug)
        #expect(entries.first?.submissions == 2)
    }

    @Test func theRetryWindowDoesNotSurviveARestart() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let first = await fixture.server()
        #expect(await first.collection.submit(Self.submission(ServeFixture.worksheet("A-01"))).status == .created)
        let restarted = await fixture.server()
        #expect(await restarted.collection.submit(Self.submission(ServeFixture.worksheet("A-01"))).status == .conflict)
    }

    /// A writer that fails for the state file only (a full disk when the tokens are saved).
    static func failingState(_ data: Data, _ path: String, _ mode: mode_t) throws -> StagedFile {
        if path.hasSuffix("submissions.json") { throw AtomicFile.Failure.couldNotWrite(detail: "No space left on device") }
        return try AtomicFile.stage(data, to: path, mode: mode)
    }

    static func endpoint(_ fixture: ServeFixture, server: DevServer, log: SubmissionLog) -> CollectionEndpoint {
        let site = server.site
        return CollectionEndpoint(joinCode: server.joinCode, log: log, limiter: server.limiter, content: { await site.currentContent })
    }

    @Test func aTokenThatCouldNotBeSavedIsNotACreated() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let server = await fixture.server()
        let state = fixture.folder.appendingPathComponent(".workshop").path
        let broken = SubmissionLog(contentRoot: fixture.root, stateFolder: state, write: Self.failingState)
        let endpoint = Self.endpoint(fixture, server: server, log: broken)
        let reply = await endpoint.submit(Self.submission(ServeFixture.worksheet("A-01")))
        #expect(reply.status == .serviceUnavailable)
        #expect(Self.json(reply)["editToken"] == nil)
        let message = try #require(Self.json(reply)["error"] as? String)
        #expect(message.contains("submissions.json"))
        #expect(!message.contains(fixture.folder.path))
        // Not half-accepted: no worksheet, no entry; the disk has room again and the same submission is a 201.
        #expect(!FileManager.default.fileExists(atPath: fixture.worksheets.appendingPathComponent("A-01.md").path))
        #expect(await broken.entries(event: ServeFixture.slug).isEmpty)
        let healthy = Self.endpoint(fixture, server: server, log: SubmissionLog(contentRoot: fixture.root, stateFolder: state))
        #expect(await healthy.submit(Self.submission(ServeFixture.worksheet("A-01"))).status == .created)
    }

    @Test func aReplacementThatCouldNotBeSavedLeavesTheWorksheetAsItWas() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let server = await fixture.server()
        let first = await server.collection.submit(Self.submission(ServeFixture.worksheet("A-01")))
        let token = try #require(Self.json(first)["editToken"] as? String)
        let broken = SubmissionLog(contentRoot: fixture.root, stateFolder: fixture.folder.appendingPathComponent(".workshop").path,
                                   write: Self.failingState)
        let reply = await Self.endpoint(fixture, server: server, log: broken)
            .submit(Self.submission(ServeFixture.worksheet("A-01", reason: "書き換え"), token: token))
        #expect(reply.status == .serviceUnavailable)
        let saved = try String(contentsOf: fixture.worksheets.appendingPathComponent("A-01.md"), encoding: .utf8)
        #expect(saved == ServeFixture.worksheet("A-01"))
    }

    /// Review findings 6, 7, 13: a deleted worksheet locked its participant out; an unreadable state
    /// file was dropped and overwritten; the state file was briefly readable by anyone.
    @Test func theStateFileIsKeptPrivateAndAnUnreadableOneIsKeptAside() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let server = await fixture.server()
        let state = fixture.folder.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        try Data("{ not json".utf8).write(to: state.appendingPathComponent("submissions.json"))
        let log = SubmissionLog(contentRoot: fixture.root, stateFolder: state.path)
        let aside = try #require(log.unreadableStateFile)
        #expect(aside.hasPrefix("submissions.json.unreadable-"))
        #expect(try String(contentsOf: state.appendingPathComponent(aside), encoding: .utf8) == "{ not json", "kept as it was")
        let endpoint = Self.endpoint(fixture, server: server, log: log)
        let first = await endpoint.submit(Self.submission(ServeFixture.worksheet("A-01")))
        #expect(first.status == .created)
        let attributes = try FileManager.default.attributesOfItem(atPath: state.appendingPathComponent("submissions.json").path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(FileManager.default.fileExists(atPath: state.appendingPathComponent(aside).path))

        // The facilitator deletes the worksheet: its participant starts again with a new token.
        try FileManager.default.removeItem(at: fixture.worksheets.appendingPathComponent("A-01.md"))
        let again = await endpoint.submit(Self.submission(ServeFixture.worksheet("A-01", reason: "もう一度")))
        #expect(again.status == .created)
        #expect(Self.json(again)["editToken"] as? String != Self.json(first)["editToken"] as? String)
        // While the worksheet exists, a submission without its token is still a conflict.
        #expect(await endpoint.submit(Self.submission(ServeFixture.worksheet("A-01", reason: "横取り"))).status == .conflict)
    }

    @Test func aWorksheetThatCannotBeWrittenSaysWhichFileNotWhere() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let server = await fixture.server()
        let full = SubmissionLog(contentRoot: fixture.root, stateFolder: nil, write: { _, _, _ in
            throw AtomicFile.Failure.couldNotWrite(detail: "No space left on device")
        })
        let reply = await Self.endpoint(fixture, server: server, log: full).submit(Self.submission(ServeFixture.worksheet("A-01")))
        #expect(reply.status == .internalServerError)
        let body = String(decoding: reply.json, as: UTF8.self)
        #expect(body.contains("events/\(ServeFixture.slug)/worksheets/A-01.md"))
        #expect(body.contains("No space left on device"))
        #expect(!body.contains(fixture.folder.path))
        #expect(!body.contains(FileManager.default.temporaryDirectory.path))
    }

    @Test func aScaffoldedWorksheetIsReplacedByTheFirstSubmission() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        for language in [Language.ja, .en] {
            let scaffold = WorksheetScaffold(participant: "A-01", group: "A", language: language).text
            #expect(ScaffoldedWorksheet.isScaffold(Data(scaffold.utf8)), "\(language)")
        }
        #expect(!ScaffoldedWorksheet.isScaffold(Data(ServeFixture.worksheet("A-01").utf8)))
        let halfFilled = WorksheetScaffold(participant: "A-02", group: "A").text.replacingOccurrences(of: "- 影響: （記入してください）", with: "- 影響: 顧客が離れる。")
        #expect(!ScaffoldedWorksheet.isScaffold(Data(halfFilled.utf8)))

        try Data(WorksheetScaffold(participant: "A-01", group: "A").text.utf8).write(to: fixture.worksheets.appendingPathComponent("A-01.md"))
        try Data(halfFilled.utf8).write(to: fixture.worksheets.appendingPathComponent("A-02.md"))
        let server = await fixture.server()
        let created = await server.collection.submit(Self.submission(ServeFixture.worksheet("A-01")))
        #expect(created.status == .created)
        #expect(Self.json(created)["editToken"] is String)
        #expect(try String(contentsOf: fixture.worksheets.appendingPathComponent("A-01.md"), encoding: .utf8) == ServeFixture.worksheet("A-01"))
        // Once submitted it is the participant's: the next one needs the token.
        #expect(await server.collection.submit(Self.submission(ServeFixture.worksheet("A-01", reason: "別の人"))).status == .conflict)
        // A sheet the facilitator started filling in is not a scaffold.
        #expect(await server.collection.submit(Self.submission(ServeFixture.worksheet("A-02"))).status == .conflict)
    }

    @Test func temporaryFilesOfAKilledWriteAreRemovedAtStart() throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let groups = fixture.folder.appendingPathComponent("Content/events/\(ServeFixture.slug)/groups")
        let state = fixture.folder.appendingPathComponent(".workshop")
        try FileManager.default.createDirectory(at: groups, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        let leftovers = [fixture.worksheets.appendingPathComponent(".A-01.md.tmp-3k2j"), groups.appendingPathComponent(".A.md.tmp-x9"),
                         state.appendingPathComponent(".submissions.json.tmp-1z")]
        let kept = [fixture.worksheets.appendingPathComponent("A-01.md"), fixture.worksheets.appendingPathComponent(".gitkeep")]
        for url in leftovers + kept { try Data("x".utf8).write(to: url) }
        let removed = LeftoverTemporaryFiles(contentRoot: fixture.root, stateFolder: state.path).remove()
        #expect(removed.count == 3)
        #expect(removed.allSatisfy { !$0.hasPrefix("/") })
        for url in leftovers { #expect(!FileManager.default.fileExists(atPath: url.path), "\(url.lastPathComponent)") }
        for url in kept { #expect(FileManager.default.fileExists(atPath: url.path), "\(url.lastPathComponent)") }
    }

    @Test func symbolicLinksOutOfTheOutputAreNotFollowed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-links-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("events"), withIntermediateDirectories: true)
        try Data("secret".utf8).write(to: folder.appendingPathComponent("secret.txt"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("outside"), withIntermediateDirectories: true)
        try Data("<p>outside</p>".utf8).write(to: folder.appendingPathComponent("outside/index.html"))
        try Data("inside".utf8).write(to: site.appendingPathComponent("inside.txt"))
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("leak.txt").path, withDestinationPath: "../secret.txt")
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("events/out").path, withDestinationPath: folder.appendingPathComponent("outside").path)
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("alias.txt").path, withDestinationPath: "inside.txt")
        let files = StaticFiles(root: site.path)
        #expect(files.lookup("/leak.txt") == .notFound)
        #expect(files.lookup("/events/out/") == .notFound)
        #expect(files.lookup("/events/out/index.html") == .notFound)
        guard case .file = files.lookup("/alias.txt") else {
            Issue.record("a link inside the output folder is not served")
            return
        }
    }
}
