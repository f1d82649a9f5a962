import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopBuild
import WorkshopModel
import WorkshopRender
@testable import WorkshopServe

@Suite("Who sees what: facilitator key, join code, page kinds")
struct AccessTests {
    static let slug = ServeFixture.slug

    /// A site with one worksheet, so there is a worksheet page to protect.
    static func builtServer(collect: Bool = true, attempts: AccessAttempts.Limits = .unlimited) async throws -> (ServeFixture, DevServer) {
        let fixture = try ServeFixture.make()
        try Data(ServeFixture.worksheet("A-01").utf8).write(to: fixture.worksheets.appendingPathComponent("A-01.md"))
        let server = await fixture.server(collect: collect, attempts: attempts)
        return (fixture, server)
    }

    @Test func pageAccessComesFromThePageKinds() {
        let slug = Self.slug
        for path in ["/", "/index.html", "/events/\(slug)/", "/events/\(slug)/fill/index.html", "/events/\(slug)/seminar/",
                     "/events/\(slug)/groups/A/", "/events/\(slug)/groups/A/present/", "/catalogs/t2024/", "/__workshop/events",
                     "/search/", "/search/index.html"] {
            #expect(PageAccess.required(for: path, collect: true) == .participant, "\(path)")
            #expect(PageAccess.required(for: path, collect: false) == .facilitator, "\(path)")
        }
        for path in ["/events/\(slug)/worksheets/A-01/", "/events/\(slug)/worksheets/", "/problems/", "/__workshop/submissions",
                     "/__workshop/", "/events/\(slug)/report/", "/events/\(slug)/aggregates/", "/events/\(slug)/event.json",
                     "/events/\(slug)/procedures.csv", "/sitemap.xml", "/pdf/x.pdf", "/somewhere/else.html",
                     "/events/\(slug)/%77orksheets/A-01/", "//events//\(slug)/./worksheets/A-01/index.html", "/%zz",
                     // The search index holds the words of every page of the build (docs/search.md).
                     "/pagefind/pagefind.js", "/pagefind/pagefind-entry.json", "/pagefind/fragment/ja_1.pf_fragment", "/%70agefind/x"] {
            #expect(PageAccess.required(for: path, collect: true) == .facilitator, "\(path)")
        }
        for path in ["/assets/site.css", "/404.html", "/__workshop/join", "/api/events/\(slug)/worksheets",
                     "/api/events/\(slug)/submissions", "/api/events/\(slug)/groups"] {
            #expect(PageAccess.required(for: path, collect: true) == Visitor.none, "\(path)")
        }
        #expect(PageAccess.required(for: "/api/other/thing.html", collect: true) == .facilitator)
        // Photos: a public one (publish and reviewed) is the participants'; any other, and the review page in any case, the facilitator's.
        let open = "events/\(slug)/photos/photo-0123456789abcdef-480.jpg"
        let photos: Set<String> = [open]
        #expect(PageAccess.required(for: "/" + open, collect: true, publicPhotos: photos) == .participant)
        #expect(PageAccess.required(for: "/events/\(slug)/photos/photo-fedcba9876543210-480.jpg", collect: true, publicPhotos: photos) == .facilitator)
        #expect(PageAccess.required(for: "/events/\(slug)/photos/PHOTO-0123456789ABCDEF-480.JPG", collect: true, publicPhotos: photos) == .facilitator)
        for review in ["review/", "Review/", "REVIEW/index.html"] {
            #expect(PageAccess.required(for: "/events/\(slug)/photos/\(review)", collect: true, publicPhotos: photos) == .facilitator, "\(review)")
        }
    }

    @Test func facilitatorPagesNeedTheKey() async throws {
        let (fixture, server) = try await Self.builtServer()
        defer { fixture.remove() }
        let worksheet = "/events/\(Self.slug)/worksheets/A-01/"
        try await Application(router: server.makeRouter()).test(.router) { client in
            for visitor in [Visitor.none, .participant] {
                for path in [worksheet, "/__workshop/submissions", "/events/\(Self.slug)/worksheets/", "/events/\(Self.slug)/event.json"] {
                    let page = try await client.get(path, as: visitor)
                    #expect(page.status == .forbidden, "\(visitor) \(path)")
                    #expect(!page.text.contains("ABC234"), "the join code leaked to \(visitor) on \(path)")
                }
            }
            let allowed = try await client.get(worksheet, as: .facilitator)
            #expect(allowed.status == .ok)
            #expect(allowed.text.contains("A-01"))
            let dashboard = try await client.get("/__workshop/submissions", as: .facilitator)
            #expect(dashboard.status == .ok)
            #expect(dashboard.text.contains("ABC234"))
            var header = HTTPFields()
            header[HTTPField.Name("X-Facilitator-Key")!] = ServeFixture.facilitatorKey
            #expect(try await client.execute(uri: worksheet, method: .get, headers: header).status == .ok)
            var wrong = HTTPFields()
            wrong[.cookie] = "workshop-key=FACKEY234568"
            let refused = try await client.execute(uri: worksheet, method: .get, headers: wrong)
            #expect(refused.status == .forbidden)
            #expect(refused.headers[values: .setCookie].contains { $0.hasPrefix("workshop-key=;") && $0.contains("Max-Age=0") })
        }
    }

    @Test func participantsReachTheirEventsPages() async throws {
        let (fixture, server) = try await Self.builtServer()
        defer { fixture.remove() }
        try await Application(router: server.makeRouter()).test(.router) { client in
            for path in ["/", "/events/\(Self.slug)/", "/events/\(Self.slug)/fill/"] {
                #expect(try await client.get(path, as: .participant).status == .ok, "\(path)")
                let refused = try await client.get(path, as: .none)
                #expect(refused.status == .forbidden, "\(path)")
                #expect(refused.text.contains("name=\"code\""), "the join form is missing on \(path)")
            }
            #expect(try await client.get("/assets/site.css", as: .none).status == .ok)
        }
    }

    @Test func keyAndCodeAreSwappedForCookies() async throws {
        let (fixture, server) = try await Self.builtServer()
        defer { fixture.remove() }
        try await Application(router: server.makeRouter()).test(.router) { client in
            let key = try await client.get("/__workshop/?key=\(ServeFixture.facilitatorKey.lowercased())", as: .none)
            #expect(key.status == .seeOther)
            #expect(key.headers[.location] == "/__workshop/")
            let cookie = try #require(key.headers[values: .setCookie].first { $0.hasPrefix("workshop-key=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/"))

            let page = try await client.get("/events/\(Self.slug)/worksheets/A-01/?key=\(ServeFixture.facilitatorKey)&x=1", as: .none)
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/events/\(Self.slug)/worksheets/A-01/?x=1")

            let code = try await client.get("/__workshop/join?code=abc234&next=/events/\(Self.slug)/fill/", as: .none)
            #expect(code.status == .seeOther)
            #expect(code.headers[.location] == "/events/\(Self.slug)/fill/")
            #expect(code.headers[values: .setCookie].contains { $0.hasPrefix("workshop-join=0.ABC234") && $0.contains("SameSite=Strict") })

            let offsite = try await client.get("/__workshop/join?code=ABC234&next=//attacker.example/", as: .none)
            #expect(offsite.headers[.location] == "/attacker.example/")

            let wrong = try await client.get("/__workshop/join?code=ABC235", as: .none)
            #expect(wrong.status == .forbidden)
            #expect(wrong.headers[values: .setCookie].isEmpty)
            let joinPage = try await client.get("/__workshop/join?next=/events/\(Self.slug)/fill/", as: .none)
            #expect(joinPage.status == .ok)
            #expect(joinPage.text.contains("参加コード"))
        }
    }

    @Test func withoutCollectEveryPageIsTheFacilitators() async throws {
        let (fixture, server) = try await Self.builtServer(collect: false)
        defer { fixture.remove() }
        try await Application(router: server.makeRouter()).test(.router) { client in
            #expect(try await client.get("/events/\(Self.slug)/", as: .none).status == .forbidden)
            #expect(try await client.get("/events/\(Self.slug)/", as: .participant).status == .forbidden)
            #expect(try await client.get("/events/\(Self.slug)/", as: .facilitator).status == .ok)
            let start = try await client.get("/__workshop/?key=\(ServeFixture.facilitatorKey)", as: .none)
            #expect(start.headers[.location] == "/__workshop/")  // the dashboard, with or without --collect
        }
    }

    @Test func crossSitePostsAreRefused() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let server = await fixture.server()
        let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
        let cases: [(String, [HTTPField.Name: String], HTTPResponse.Status)] = [
            ("A-01", [.origin: "http://attacker.example"], .forbidden),
            ("A-02", [.origin: "null"], .forbidden),
            ("A-03", [secFetchSite: "cross-site"], .forbidden),
            ("A-04", [secFetchSite: "same-site"], .forbidden),
            ("A-05", [.origin: "http://localhost:9999"], .forbidden),
            ("A-06", [.origin: "http://localhost", secFetchSite: "same-origin"], .created),
            ("A-07", [:], .created),
        ]
        try await Application(router: server.makeRouter()).test(.router) { client in
            for (participant, extra, expected) in cases {
                var headers: HTTPFields = [.contentType: "text/markdown; charset=utf-8"]
                headers[HTTPField.Name("X-Join-Code")!] = "ABC234"
                for (name, value) in extra { headers[name] = value }
                let reply = try await client.execute(uri: "/api/events/\(ServeFixture.slug)/worksheets", method: .post, headers: headers,
                                                     body: ByteBuffer(string: ServeFixture.worksheet(participant)))
                #expect(reply.status == expected, "\(participant) \(extra)")
            }
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: fixture.worksheets.path).sorted()
        #expect(written == ["A-06.md", "A-07.md"])
    }

    @Test func guessingIsLimitedBeforeTheCompareAndBeforeTheBody() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let limits = AccessAttempts.Limits(perClient: .init(burst: 3, perMinute: 1), overall: .unlimited)
        let server = await fixture.server(attempts: limits)
        try await Application(router: server.makeRouter()).test(.router) { client in
            // A body over the size limit: the wrong code is answered first (403, not 413), nothing is read.
            let huge = String(repeating: "x", count: 300 * 1024)
            for _ in 0..<3 {
                #expect(try await client.submit(huge, code: "WRONG2").status == .forbidden)
            }
            // The bucket is empty: even the right code is not compared.
            let blocked = try await client.submit(ServeFixture.worksheet("A-01"))
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.headers[.retryAfter] != nil)
            var headers = HTTPFields()
            headers[HTTPField.Name("X-Join-Code")!] = "ABC234"
            #expect(try await client.execute(uri: "/api/events/\(ServeFixture.slug)/submissions", method: .get, headers: headers).status == .tooManyRequests)
            #expect(try await client.get("/events/\(ServeFixture.slug)/", as: .participant).status == .tooManyRequests)
            // The facilitator key has buckets of its own: guessing the join code never locks the facilitator out.
            #expect(try await client.get("/__workshop/?key=\(ServeFixture.facilitatorKey)", as: .none).status == .seeOther)
            for _ in 0..<3 { #expect(try await client.get("/__workshop/?key=WRONGKEY2345", as: .none).status == .forbidden) }
            #expect(try await client.get("/__workshop/?key=\(ServeFixture.facilitatorKey)", as: .none).status == .tooManyRequests)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.worksheets.path).isEmpty)
    }

    /// Review finding 4: after a restart (new random code and key) every open tab's cookie was a wrong guess,
    /// and 30 tabs used up the shared limit, facilitator included, for minutes.
    @Test func cookiesOfAnEarlierRunAreClearedWithoutCounting() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let limits = AccessAttempts.Limits(perClient: .init(burst: 3, perMinute: 1), overall: .init(burst: 3, perMinute: 1))
        var options = fixture.options(attempts: limits)
        options.joinCode = nil
        options.facilitatorKey = nil
        let earlier = DevServer(options: options, say: { _ in })
        let server = DevServer(options: options, say: { _ in })
        _ = await server.site.fullBuild()
        let page = "/events/\(ServeFixture.slug)/"
        try await Application(router: earlier.makeRouter()).test(.router) { old in
            // The cookies a browser got from the earlier run.
            let join = try await old.execute(uri: "/__workshop/join?code=\(earlier.joinCode.value)", method: .get)
            let key = try await old.execute(uri: "/__workshop/?key=\(earlier.facilitatorKey.value)", method: .get)
            let joinCookie = try #require(join.headers[values: .setCookie].first { $0.hasPrefix("workshop-join=") }?.split(separator: ";").first)
            let keyCookie = try #require(key.headers[values: .setCookie].first { $0.hasPrefix("workshop-key=") }?.split(separator: ";").first)
            try await Application(router: server.makeRouter()).test(.router) { client in
                for _ in 0..<20 {
                    for cookie in [joinCookie, keyCookie] {
                        let answer = try await client.execute(uri: page, method: .get, headers: [.cookie: String(cookie)])
                        #expect(answer.status == .forbidden, "a stale cookie is not a guess: never 429")
                        #expect(answer.headers[values: .setCookie].contains { $0.contains("Max-Age=0") }, "and it is cleared")
                    }
                    // Assets need nobody: a wrong cookie there is not even looked at.
                    let asset = try await client.execute(uri: "/assets/site.css", method: .get, headers: [.cookie: "workshop-join=WRONG2"])
                    #expect(asset.status == .ok)
                }
                let joined = try await client.execute(uri: "/__workshop/join?code=\(server.joinCode.value)", method: .get)
                #expect(joined.status == .seeOther, "the new code still works: nothing was counted")
                // A wrong cookie of this run is a guess; refused with 429 once the limit is reached, and cleared then too.
                for _ in 0..<3 { _ = try await client.execute(uri: page, method: .get, headers: [.cookie: "workshop-join=WRONG2"]) }
                let limited = try await client.execute(uri: page, method: .get, headers: [.cookie: "workshop-join=WRONG2"])
                #expect(limited.status == .tooManyRequests)
                #expect(limited.headers[values: .setCookie].contains { $0.hasPrefix("workshop-join=") && $0.contains("Max-Age=0") })
            }
        }
    }

    @Test func rightAnswersDoNotCountAndTheCeilingIsShared() async {
        let attempts = AccessAttempts(limits: .init(perClient: .init(burst: 3, perMinute: 1), overall: .init(burst: 5, perMinute: 1)))
        for _ in 0..<20 { #expect(await attempts.check(client: "10.0.0.1", { true }) == .granted) }
        for _ in 0..<3 { #expect(await attempts.check(client: "10.0.0.1", { false }) == .denied) }
        guard case .tooMany = await attempts.check(client: "10.0.0.1", { true }) else {
            Issue.record("a fourth try from the same client was compared")
            return
        }
        #expect(await attempts.check(client: "10.0.0.2", { false }) == .denied)
        #expect(await attempts.check(client: "10.0.0.3", { false }) == .denied)
        guard case .tooMany = await attempts.check(client: "10.0.0.4", { false }) else {
            Issue.record("the overall ceiling did not hold across clients")
            return
        }
    }

    @Test func codesAndKeysFollowTheAlphabet() {
        #expect(JoinCode.problem(with: "DAY8K3") == nil)
        #expect(JoinCode.problem(with: "day8k3") == nil)
        #expect(JoinCode.problem(with: "AB23")?.contains("at least 6") == true)
        #expect(JoinCode.problem(with: "ABC10O")?.contains("may only use") == true)
        #expect(JoinCode.problem(with: "ABC-23")?.contains("may only use") == true)
        #expect(FacilitatorKey.problem(with: "ABCDEF2345") == nil)
        #expect(FacilitatorKey.problem(with: "ABCDEF234")?.contains("at least 10") == true)
        #expect(JoinCode.problem(with: "AB23", in: .ja) == "--join-code は 6 文字以上にしてください（いまは 4 文字）")
        #expect(FacilitatorKey.problem(with: "ABC-DEF2345", in: .ja)?.contains("'-' は使えません") == true)
        for _ in 0..<100 {
            let key = FacilitatorKey.random().value
            #expect(key.count == 12)
            #expect(key.allSatisfy { JoinCode.alphabet.contains($0) })
        }
        #expect(FacilitatorKey("ABCDEF234567").matches("abcdef234567"))
        #expect(!FacilitatorKey("ABCDEF234567").matches("ABCDEF23456"))
    }

    @Test func hostNamesOfThisServerOnly() {
        let hosts = HostAllowlist(boundHost: "0.0.0.0", printedHosts: ["192.168.1.20"], allowed: ["Workshop.Local"])
        for header in ["localhost", "localhost:8411", "127.0.0.1:8411", "[::1]:8411", "192.168.1.20:8411", "workshop.local:8411", "LOCALHOST:8411", "localhost:8412"] {
            #expect(hosts.admits(header), "\(header)")
        }
        for header in ["attacker.example:8411", "attacker.example", "localhost:x", "0.0.0.0:8411", "127.0.0.2:8411", "", "localhost.attacker.example"] {
            #expect(!hosts.admits(header), "\(header)")
        }
        #expect(!hosts.admits(nil))
    }
}
