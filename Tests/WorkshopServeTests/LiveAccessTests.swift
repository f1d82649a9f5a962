import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WorkshopServe

/// Through a real socket: the server on 127.0.0.1, clients from 127.0.0.2
/// and 127.0.0.3 (other machines, as far as the server can tell).
@Suite("Live server: Host, second client address, connection limits")
struct LiveAccessTests {
    static let slug = ServeFixture.slug

    @Test func otherHostNamesReachNothing() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        try Data(ServeFixture.worksheet("A-01").utf8).write(to: fixture.worksheets.appendingPathComponent("A-01.md"))
        let server = await fixture.server()
        try await withLiveServer(server) { port in
            let http = LoopbackClient(port: port)
            let cookie = ["Cookie": "workshop-key=\(ServeFixture.facilitatorKey)"]
            let rebound = "attacker.example:\(http.port)"
            let answers = try await offThePool {
                [try http.request("/", host: rebound, headers: cookie),
                 try http.request("/__workshop/submissions", host: rebound, headers: cookie),
                 try http.request("/events/\(Self.slug)/worksheets/A-01/", host: rebound, headers: cookie),
                 try http.request("/__workshop/events", host: rebound, headers: cookie),
                 try http.request("/api/events/\(Self.slug)/worksheets", method: "POST", host: rebound,
                                  headers: ["X-Join-Code": "ABC234", "Content-Type": "text/markdown"], body: ServeFixture.worksheet("A-02"))]
            }
            for answer in answers {
                #expect(answer.status == 421)
                #expect(!answer.body.contains("ABC234") && !answer.body.contains("A-01"))
            }
            let own = try await offThePool { try http.request("/events/\(Self.slug)/worksheets/A-01/", headers: cookie) }
            #expect(own.status == 200)
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.worksheets.appendingPathComponent("A-02.md").path))
    }

    @Test func aSecondAddressNeedsTheKey() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        try Data(ServeFixture.worksheet("A-01", reason: "非公開の理由").utf8).write(to: fixture.worksheets.appendingPathComponent("A-01.md"))
        let server = await fixture.server()
        try await withLiveServer(server) { port in
            let http = LoopbackClient(from: "127.0.0.2", port: port)
            let page = "/events/\(Self.slug)/worksheets/A-01/"
            let (refused, dashboard, exchanged) = try await offThePool {
                (try http.request(page), try http.request("/__workshop/submissions"),
                 try http.request("/__workshop/?key=\(ServeFixture.facilitatorKey)"))
            }
            #expect(refused.status == 403)
            #expect(!refused.body.contains("非公開の理由"))
            #expect(dashboard.status == 403)
            #expect(!dashboard.body.contains("ABC234"))
            #expect(exchanged.status == 303)
            let cookie = try #require(exchanged.header("Set-Cookie").first?.split(separator: ";").first.map(String.init))
            let allowed = try await offThePool { try http.request(page, headers: ["Cookie": cookie]) }
            #expect(allowed.status == 200)
            #expect(allowed.body.contains("非公開の理由"))
        }
    }

    @Test func idleAndHalfSentRequestsAreClosed() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let limits = ConnectionLimits(headerTimeout: .milliseconds(800), bodyTimeout: .milliseconds(800), idleTimeout: .seconds(30),
                                      perClient: 32, total: 512)
        let server = await fixture.server(connections: limits)
        try await withLiveServer(server) { port in
            let http = LoopbackClient(from: "127.0.0.3", port: port)
            let closed = try await offThePool { () -> [Bool] in
                let idle = try http.connect()
                let halfHeaders = try http.connect()
                halfHeaders.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                let silentBody = try http.connect()
                silentBody.send("POST /api/events/\(Self.slug)/worksheets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Join-Code: ABC234\r\nContent-Type: text/markdown\r\nContent-Length: 1000\r\n\r\nabc")
                let chunked = try http.connect()
                chunked.send("POST /api/events/\(Self.slug)/worksheets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Join-Code: ABC234\r\nContent-Type: text/markdown\r\nTransfer-Encoding: chunked\r\n\r\n")
                let end = Date().addingTimeInterval(3)
                while Date() < end {
                    chunked.send("1\r\nx\r\n")
                    Thread.sleep(forTimeInterval: 0.1)
                }
                let result = [idle, halfHeaders, silentBody, chunked].map { $0.waitForClose(timeout: 30) }
                [idle, halfHeaders, silentBody, chunked].forEach { $0.close() }
                return result
            }
            #expect(closed == [true, true, true, true])
            let normal = try await offThePool { try http.request("/assets/site.css") }
            #expect(normal.status == 200)
        }
    }

    @Test func manyConnectionsFromOneClientDoNotShutOthersOut() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let limits = ConnectionLimits(headerTimeout: .seconds(20), bodyTimeout: .seconds(20), idleTimeout: .seconds(30), perClient: 8, total: 512)
        let server = await fixture.server(connections: limits)
        try await withLiveServer(server) { port in
            let flood = LoopbackClient(from: "127.0.0.3", port: port)
            let other = LoopbackClient(from: "127.0.0.2", port: port)
            let (refusedCount, answer) = try await offThePool { () -> (Int, LoopbackClient.Answer) in
                let held = try (0..<40).map { _ in try flood.connect() }
                // The server closes every connection over the cap as it accepts it (a loaded machine accepts slowly).
                var closed = Set<Int>()
                let end = Date().addingTimeInterval(30)
                while closed.count < 32 && Date() < end {
                    for (index, connection) in held.enumerated() where !closed.contains(index) && connection.waitForClose(timeout: 0.01) {
                        closed.insert(index)
                    }
                }
                let refused = closed.count
                let answer = try other.request("/assets/site.css", timeout: 30)
                held.forEach { $0.close() }
                return (refused, answer)
            }
            #expect(refusedCount >= 32)
            #expect(answer.status == 200)
        }
    }

    @Test func aLiveReloadStreamOutlivesTheHeaderTimeout() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let limits = ConnectionLimits(headerTimeout: .milliseconds(500), bodyTimeout: .milliseconds(500), idleTimeout: .seconds(30),
                                      perClient: 32, total: 512)
        let server = await fixture.server(connections: limits)
        try await withLiveServer(server) { port in
            let http = LoopbackClient(from: "127.0.0.2", port: port)
            let (first, closedEarly) = try await offThePool { () -> (String, Bool) in
                let stream = try http.connect()
                defer { stream.close() }
                stream.send("GET /__workshop/events HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: workshop-join=ABC234\r\n\r\n")
                // Patient for the first bytes (the test pool may be busy), then
                // well past the 500 ms header timeout: the stream stays open.
                let (data, closedBefore) = stream.read(until: ": connected", timeout: 30)
                let (_, closedAfter) = stream.readAll(timeout: 2)
                return (String(decoding: data, as: UTF8.self), closedBefore || closedAfter)
            }
            #expect(first.contains("200"))
            #expect(first.contains(": connected"))
            #expect(!closedEarly)
        }
    }
}
