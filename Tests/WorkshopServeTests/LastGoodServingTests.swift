import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
import WorkshopBuild
import WorkshopModel
import WorkshopRender
import WorkshopScaffold
@testable import WorkshopServe

/// Issue 7, "What was seen" 3: one content error anywhere turned every served
/// page into an error page. Now the room keeps the last good version of each page.
@Suite("Last good serving")
struct LastGoodServingTests {
    static let slug = ServeFixture.slug
    static let b01 = "events/\(slug)/worksheets/B-01.md"
    static let present = "/events/\(slug)/groups/A/present/"
    static let fill = "/events/\(slug)/fill/"

    /// A site with A-01 (group A), B-01 (group B) and group sheets A and B, built once.
    static func room() async throws -> (ServeFixture, DevServer) {
        let fixture = try ServeFixture.make()
        try fixture.write(worksheet: "A-01", ServeFixture.worksheet("A-01", reason: "A-01 の理由です。"))
        try fixture.write(worksheet: "B-01", ServeFixture.worksheet("B-01", group: "B", reason: "最初の理由です。"))
        try fixture.writeGroupSheet("A", hint: "グループAのヒントです。")
        try fixture.writeGroupSheet("B")
        let server = await fixture.server()
        return (fixture, server)
    }

    @Test func aBrokenWorksheetOfAnotherGroupTakesDownNothing() async throws {
        let (fixture, server) = try await Self.room()
        defer { fixture.remove() }
        let app = Application(router: server.makeRouter())
        try await app.test(.router) { client in
            // `### 6-4` in group B's worksheet: a procedure the table does not have.
            try fixture.write(worksheet: "B-01", ServeFixture.worksheet("B-01", group: "B", procedure: "6-4", reason: "壊れた版です。"))
            let result = await server.site.rebuild(changed: [Self.b01], themeChanged: false)
            await server.report(result)
            #expect(result.failure == nil)
            #expect(result.leftOut == [Self.b01])
            #expect(result.keptFromBefore == [Self.b01])
            // Pages participants open did not change, so none of them is told
            // "a newer version of this page exists"; the facilitator's did.
            let participantPages = result.changedPaths.filter { PageKind.of($0).participantsMayOpen }
            #expect(participantPages.isEmpty, "changed: \(participantPages)")
            #expect(result.changedPaths.contains("problems/index.html"))

            let (presentStatus, present) = try await ServeFixture.page(client, Self.present, as: .participant)
            #expect(presentStatus == .ok)
            #expect(present.contains("グループAのヒントです。"))
            let (fillStatus, fill) = try await ServeFixture.page(client, Self.fill, as: .participant)
            #expect(fillStatus == .ok)
            #expect(fill.contains("fill-app"))
            #expect(!fill.contains("problems/") && !present.contains("problems/"), "no link participants could not open")
            let (homeStatus, home) = try await ServeFixture.page(client, "/")
            #expect(homeStatus == .ok)
            #expect(!home.contains("problems/"))
            let (_, worksheets) = try await ServeFixture.page(client, "/events/\(Self.slug)/worksheets/")
            #expect(worksheets.contains("problems/"), "the facilitator's pages link the problems page")
            let (sheetStatus, sheet) = try await ServeFixture.page(client, "/events/\(Self.slug)/worksheets/B-01/")
            #expect(sheetStatus == .ok)
            #expect(sheet.contains("最初の理由です。"), "B-01 keeps its last good version")
            #expect(!sheet.contains("壊れた版です。"))
            let (_, problems) = try await ServeFixture.page(client, "/problems/")
            #expect(problems.contains(Self.b01))
            #expect(problems.contains("unknown-procedure"))
        }
    }

    @Test func aBlankSheetFromNewWorksheetIsLeftOut() async throws {
        let (fixture, server) = try await Self.room()
        defer { fixture.remove() }
        let path = "events/\(Self.slug)/worksheets/A-02.md"
        try fixture.write(worksheet: "A-02", WorksheetScaffold(participant: "A-02", group: "A").text)
        let result = await server.site.rebuild(changed: [path], themeChanged: false)
        #expect(result.failure == nil)
        #expect(result.leftOut == [path])
        #expect(result.keptFromBefore.isEmpty, "never good: nothing to keep")
        let app = Application(router: server.makeRouter())
        try await app.test(.router) { client in
            let answer1 = try await ServeFixture.page(client, Self.present, as: .participant).0
            #expect(answer1 == .ok)
            let answer2 = try await ServeFixture.page(client, Self.fill, as: .participant).0
            #expect(answer2 == .ok)
            let answer3 = try await ServeFixture.page(client, "/events/\(Self.slug)/worksheets/A-01/").0
            #expect(answer3 == .ok)
            let answer4 = try await ServeFixture.page(client, "/events/\(Self.slug)/worksheets/A-02/").0
            #expect(answer4 == .notFound)
        }
    }

    /// A full-width colon in event.yaml: the event keeps its last loaded state; submissions are told why they wait.
    @Test func aBrokenEventYAMLKeepsTheEventAndPausesSubmissions() async throws {
        let (fixture, server) = try await Self.room()
        defer { fixture.remove() }
        let file = "events/\(Self.slug)/event.yaml"
        let good = try String(contentsOf: fixture.eventYAML, encoding: .utf8)
        try good.replacingOccurrences(of: "date: 2024-10-08", with: "date： 2024-10-08").write(to: fixture.eventYAML, atomically: true, encoding: .utf8)
        let result = await server.site.rebuild(changed: [file], themeChanged: false)
        #expect(result.failure == nil)
        #expect(result.leftOut.contains(file))
        #expect(result.keptFromBefore.contains(file))
        #expect(!server.site.snapshot.current.eventErrors(Self.slug).isEmpty)

        let app = Application(router: server.makeRouter())
        try await app.test(.router) { client in
            let (eventStatus, event) = try await ServeFixture.page(client, "/events/\(Self.slug)/")
            #expect(eventStatus == .ok)
            #expect(event.contains("第6回 セミナー・ワークショップ"))
            let answer5 = try await ServeFixture.page(client, Self.present, as: .participant).0
            #expect(answer5 == .ok)
            let (fillStatus, fill) = try await ServeFixture.page(client, Self.fill, as: .participant)
            #expect(fillStatus == .ok)
            #expect(fill.contains("卸業・製造業グループ"), "the form still offers the event's groups")

            let paused = try await client.submit(ServeFixture.worksheet("A-07"))
            #expect(paused.status == .serviceUnavailable)
            #expect(paused.headers[.retryAfter] != nil)
            #expect((paused.json["error"] as? String)?.contains("event.yaml") == true)
            let findings = paused.json["findings"] as? [[String: Any]] ?? []
            #expect(!findings.isEmpty)
            #expect(!findings.contains { $0["code"] as? String == FindingCode.unknownGroup.rawValue })
            #expect(!FileManager.default.fileExists(atPath: fixture.worksheets.appendingPathComponent("A-07.md").path))

            try good.write(to: fixture.eventYAML, atomically: true, encoding: .utf8)
            let fixed = await server.site.rebuild(changed: [file], themeChanged: false)
            #expect(fixed.leftOut.isEmpty)
            let accepted = try await client.submit(ServeFixture.worksheet("A-07"))
            #expect(accepted.status == .created)
        }
    }

    /// "What was seen" 2 and 1: a submission reloaded every open page, the forms included.
    @Test func theReloadEventNamesOnlyTheChangedPaths() async throws {
        let (fixture, server) = try await Self.room()
        defer { fixture.remove() }
        var messages = await server.reload.subscribe(facilitator: false).messages.makeAsyncIterator()
        #expect(await messages.next() == ": connected\n\n")
        try fixture.write(worksheet: "B-01", ServeFixture.worksheet("B-01", group: "B", reason: "編集した理由です。"))
        let result = await server.site.rebuild(changed: [Self.b01], themeChanged: false)
        #expect(result.incremental)
        await server.report(result)
        let message = try #require(await messages.next())
        #expect(message.hasPrefix("event: reload\ndata: "))
        let json = String(message.dropFirst("event: reload\ndata: ".count)).trimmingCharacters(in: .whitespacesAndNewlines)
        let payload = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let paths = try #require(payload["paths"] as? [String])
        #expect(paths.contains("events/\(Self.slug)/worksheets/B-01/index.html"))
        #expect(!paths.contains("events/\(Self.slug)/fill/index.html"), "the forms are not told to reload")
        #expect(!paths.contains("events/\(Self.slug)/groups/A/present/index.html"), "group A's projection did not change")
        #expect(!paths.contains("events/\(Self.slug)/worksheets/A-01/index.html"))
        #expect(Set(paths) == Set(result.changedPaths))
    }

    @Test func aFullBuildNamesOnlyTheFilesWhoseBytesChanged() async throws {
        let (fixture, server) = try await Self.room()
        defer { fixture.remove() }
        try fixture.writeGroupSheet("B", hint: "新しいヒントです。")
        let result = await server.site.rebuild(changed: ["events/\(Self.slug)/groups/B.md"], themeChanged: false)
        #expect(!result.incremental)
        #expect(result.changedPaths.contains("events/\(Self.slug)/groups/B/present/index.html"))
        #expect(!result.changedPaths.contains("events/\(Self.slug)/groups/A/present/index.html"))
        #expect(!result.changedPaths.contains("events/\(Self.slug)/fill/index.html"))
        #expect(!result.changedPaths.contains("assets/site.css"))
    }

    /// The errors overlay is for the facilitator's pages only.
    @Test func errorsGoOnlyToFacilitatorPages() async throws {
        let reload = LiveReload()
        var participant = await reload.subscribe(facilitator: false).messages.makeAsyncIterator()
        var facilitator = await reload.subscribe(facilitator: true).messages.makeAsyncIterator()
        #expect(await participant.next() == ": connected\n\n")
        #expect(await facilitator.next() == ": connected\n\n")
        await reload.errors(title: "t", findings: [Finding(.unknownProcedure, at: SourceLocation(file: Self.b01, line: 14, column: 5), "6-4")],
                            displayRoot: "Content")
        await reload.reload(paths: ["events/x/index.html"], contentHasErrors: true)
        #expect(await facilitator.next()?.hasPrefix("event: errors\n") == true)
        #expect(await facilitator.next()?.hasPrefix("event: reload\n") == true)
        #expect(await participant.next()?.hasPrefix("event: reload\n") == true, "the participant's page never sees the errors")
        var late = await reload.subscribe(facilitator: false).messages.makeAsyncIterator()
        #expect(await late.next() == ": connected\n\n")
        await reload.submissionsChanged()
        #expect(await late.next() == "event: submissions\ndata: {}\n\n")
        #expect(await facilitator.next() == "event: submissions\ndata: {}\n\n")
        // Fixed: the facilitator's overlay is taken down.
        await reload.reload(paths: [], contentHasErrors: false)
        #expect(await facilitator.next() == "event: errors\ndata: {\"title\":\"\",\"findings\":[]}\n\n")
        await reload.close()
    }

    /// "What was seen" 7 (serve log): failures printed 「…（0 ファイル）」.
    @Test func theTerminalSaysWhatWasLeftOut() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        try fixture.write(worksheet: "A-01", ServeFixture.worksheet("A-01"))
        let lines = Lines()
        let server = DevServer(options: fixture.options(), say: { lines.append($0) })
        await server.report(await server.site.fullBuild())
        try fixture.write(worksheet: "A-01", ServeFixture.worksheet("A-01", procedure: "6-4"))
        await server.report(await server.site.rebuild(changed: ["events/\(Self.slug)/worksheets/A-01.md"], themeChanged: false))
        let text = lines.all.joined(separator: "\n")
        #expect(!text.contains("（0 ファイル）"))
        #expect(text.contains("worksheets/A-01.md:"))
        #expect(text.contains("[unknown-procedure]"))
        #expect(text.contains("1 ファイルを除外しました（1 件は前回の正しい内容を表示しています）"), "\(text)")
    }

    /// "What was seen" 5: a full rebuild stalled every request. Requests
    /// read the snapshot, never the build actor: while it is busy, pages and
    /// submissions are answered.
    @Test func requestsAreAnsweredWhileTheBuildActorIsBusy() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        for n in 1...300 {
            let id = String(format: "A-%03d", n)
            try fixture.write(worksheet: id, ServeFixture.worksheet(id))
        }
        let server = await fixture.server()
        let order = Order()
        let app = Application(router: server.makeRouter())
        try await app.test(.router) { client in
            let clock = ContinuousClock()
            let start = clock.now
            let build = Task {
                await server.site.fullBuild()
                order.add("build")
                return clock.now - start
            }
            // While the build runs, pages keep being answered.
            var answered = 0
            while order.all.isEmpty {
                let page = try await client.get(Self.fill, as: .participant)
                #expect(page.status == .ok)
                if order.all.isEmpty { answered += 1 }
            }
            _ = await build.value
            #expect(answered > 0, "no page was answered during the build: \(order.all)")

            // A submission while the build queue is held for 10 s (as by a long build, but without
            // using the CPU, so a loaded machine cannot blur the answer): it is answered long before.
            let held = Order()
            let hold = Task { await server.site.occupy(for: .seconds(10)) { held.add("held") } }
            while held.all.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
            let before = clock.now
            let submission = try await client.submit(ServeFixture.worksheet("B-01", group: "B"))
            let took = clock.now - before
            #expect(submission.status == .created)
            #expect(took < .seconds(8), "the submission (\(took)) waited for the build queue")
            _ = await hold.value
        }
    }
}

/// Lines a test collects from `say`.
final class Lines: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

/// The order in which concurrent steps finished.
final class Order: Sendable {
    private let steps = Mutex<[String]>([])
    func add(_ step: String) { steps.withLock { $0.append(step) } }
    var all: [String] { steps.withLock { $0 } }
}
