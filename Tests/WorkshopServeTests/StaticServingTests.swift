import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WorkshopServe
import WorkshopModel

@Suite("Static serving and live reload")
struct StaticServingTests {
    @Test func lookupStaysInsideTheOutputFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-static-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("site/events/a"), withIntermediateDirectories: true)
        try Data("<html><body>home</body></html>".utf8).write(to: folder.appendingPathComponent("site/index.html"))
        try Data("<html><body>a</body></html>".utf8).write(to: folder.appendingPathComponent("site/events/a/index.html"))
        try Data("secret".utf8).write(to: folder.appendingPathComponent("secret.txt"))
        let files = StaticFiles(root: folder.appendingPathComponent("site").path)

        #expect(files.lookup("/../secret.txt") == .refused)
        #expect(files.lookup("/%2e%2e/secret.txt") == .refused)
        #expect(files.lookup("/events/%2E%2E/%2E%2E/secret.txt") == .refused)
        #expect(files.lookup("/events/..%2f..%2fsecret.txt") == .refused)
        #expect(files.lookup("/..\\secret.txt") == .refused)
        #expect(files.lookup("/events/a") == .redirect(to: "/events/a/"))
        guard case .file(let path, let type) = files.lookup("/events/a/") else {
            Issue.record("folder without index")
            return
        }
        #expect(path.hasSuffix("site/events/a/index.html"))
        #expect(type == "text/html; charset=utf-8")
        guard case .file(let home, _) = files.lookup("/./index.html?x=1") else {
            Issue.record("home not found")
            return
        }
        #expect(home.hasSuffix("site/index.html"))
        #expect(files.lookup("/nothing.html") == .notFound)
    }

    @Test func contentTypes() {
        #expect(StaticFiles.contentType(of: "a/site.css") == "text/css; charset=utf-8")
        #expect(StaticFiles.contentType(of: "a/fill.js") == "text/javascript; charset=utf-8")
        #expect(StaticFiles.contentType(of: "heatmap.svg") == "image/svg+xml")
        #expect(StaticFiles.contentType(of: "x.woff2") == "font/woff2")
        #expect(StaticFiles.contentType(of: "procedures.csv") == "text/csv; charset=utf-8")
        #expect(StaticFiles.contentType(of: "report.PDF") == "application/pdf")
    }

    @Test func servesTheBuiltSiteWithTheScriptOnlyInHTML() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let server = await fixture.server()
        #expect(await server.site.lastFailure == nil)
        let app = Application(router: server.makeRouter())
        try await app.test(.router) { client in
            let home = try await client.get("/", as: .facilitator)
            #expect(home.status == .ok)
            #expect(home.headers[.contentType] == "text/html; charset=utf-8")
            #expect(home.headers[.cacheControl] == "no-cache")
            #expect(home.text.contains("/__workshop/events"))
            let onDisk = try String(contentsOfFile: fixture.output + "/index.html", encoding: .utf8)
            #expect(!onDisk.contains("/__workshop/events"))

            let css = try await client.get("/assets/site.css", as: .none)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(!css.text.contains("/__workshop/events"))

            let missing = try await client.get("/no/such/page.html", as: .facilitator)
            #expect(missing.status == .notFound)

            let traversal = try await client.get("/%2e%2e/Content/site.yaml", as: .facilitator)
            #expect(traversal.status == .badRequest)
        }
    }

    /// Content errors at start: the site is built without the files with
    /// errors (as `--keep-going`), never replaced by an error page.
    @Test func contentErrorsNeverReplaceThePages() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        try Data(ServeFixture.worksheet("A-01", procedure: "6-9").utf8).write(to: fixture.worksheets.appendingPathComponent("A-01.md"))
        try Data(ServeFixture.worksheet("A-02").utf8).write(to: fixture.worksheets.appendingPathComponent("A-02.md"))
        let server = await fixture.server()
        #expect(await server.site.lastFailure == nil)
        let app = Application(router: server.makeRouter())
        try await app.test(.router) { client in
            let page = try await client.get("/", as: .facilitator)
            #expect(page.status == .ok)
            #expect(!page.text.contains("--keep-going"))
            #expect(!page.text.contains(fixture.folder.path), "a page shows the server's absolute path")
            #expect(page.text.contains("/__workshop/events"))
            let answer1 = try await client.get("/events/\(ServeFixture.slug)/worksheets/A-02/", as: .facilitator).status
            #expect(answer1 == .ok)
            let answer2 = try await client.get("/events/\(ServeFixture.slug)/worksheets/A-01/", as: .facilitator).status
            #expect(answer2 == .notFound)
            let problems = try await client.get("/problems/", as: .facilitator)
            #expect(problems.status == .ok)
            #expect(problems.text.contains("worksheets/A-01.md"))
        }
    }

    @Test func scriptGoesBeforeTheLastBodyEnd() {
        let html = Data("<html><body><p>x</p></body></html>".utf8)
        let out = String(decoding: LiveReloadScript.inject(into: html), as: UTF8.self)
        #expect(out.hasSuffix("</script>\n</body></html>"))
        #expect(out.contains("EventSource('/__workshop/events')"))
    }

    @Test func liveReloadSendsErrorsToPagesThatConnectLater() async throws {
        let reload = LiveReload()
        await reload.errors(title: "t", findings: [.init(.unknownGroup, at: .init(file: "events/x/worksheets/A.md", line: 3, column: 8), "unknown group 'Z'")],
                            displayRoot: "Content")
        var iterator = await reload.subscribe(facilitator: true).messages.makeAsyncIterator()
        #expect(await iterator.next() == ": connected\n\n")
        let message = try #require(await iterator.next())
        #expect(message.hasPrefix("event: errors\n"))
        #expect(message.contains("Content/events/x/worksheets/A.md"))
        await reload.reload(paths: ["index.html", "assets/site.css"])
        #expect(await iterator.next() == "event: errors\ndata: {\"title\":\"\",\"findings\":[]}\n\n")
        #expect(await iterator.next() == "event: reload\ndata: {\"paths\":[\"assets/site.css\",\"index.html\"]}\n\n")
        await reload.close()
        #expect(await iterator.next() == nil)
    }
}
