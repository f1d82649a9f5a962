import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
@testable import WorkshopServe
#if canImport(Glibc)
import Glibc
#endif

/// Issue 7, "What was seen" 5: closed live-reload clients kept their socket
/// (CLOSE-WAIT) until the next event, so connect/close loops ran the process
/// out of descriptors.
@Suite("Live-reload sockets")
struct LiveReloadSocketTests {
    /// Opens `GET /__workshop/events` on a plain socket, waits for the first comment, returns the socket.
    static func openEventStream(port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EMFILE) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw POSIXError(.ECONNREFUSED)
        }
        let request = Array("GET /__workshop/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\nCookie: workshop-join=ABC234\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
        var received = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !String(decoding: received, as: UTF8.self).contains(": connected") {
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            received += buffer[0..<count]
        }
        return socket
    }

    static var openDescriptors: Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/fd")))
    func closedClientsAreDroppedAndTheirSocketsFreed() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        var options = fixture.options()
        options.heartbeatInterval = .milliseconds(100)
        let server = DevServer(options: options, say: { _ in })
        await server.site.fullBuild()
        let app = Application(router: server.makeRouter(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            // Warm up (the server's first connection opens what it keeps).
            close(try Self.openEventStream(port: port))
            try await Task.sleep(for: .milliseconds(500))
            let before = Self.openDescriptors
            for _ in 0..<60 {
                close(try Self.openEventStream(port: port))
            }
            var listeners = await server.reload.listenerCount
            for _ in 0..<50 where listeners > 0 {
                try await Task.sleep(for: .milliseconds(100))
                listeners = await server.reload.listenerCount
            }
            #expect(listeners == 0, "closed pages are dropped within a few heartbeats")
            var after = Self.openDescriptors
            for _ in 0..<30 where after > before + 2 {
                try await Task.sleep(for: .milliseconds(100))
                after = Self.openDescriptors
            }
            #expect(after <= before + 2, "descriptors before \(before), after 60 connect/close: \(after)")

            // An open page stays and gets heartbeats.
            let open = try Self.openEventStream(port: port)
            defer { close(open) }
            try await Task.sleep(for: .milliseconds(350))
            #expect(await server.reload.listenerCount == 1)
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = recv(open, &buffer, buffer.count, 0)
            #expect(count > 0 && String(decoding: buffer[0..<max(count, 0)], as: UTF8.self).contains(": heartbeat"))
        }
    }

    @Test func theListenerCountIsBounded() async {
        let reload = LiveReload(maximumListeners: 4)
        var first = await reload.subscribe(facilitator: true).messages.makeAsyncIterator()
        #expect(await first.next() == ": connected\n\n")
        var kept: [LiveReload.Subscription] = []
        for _ in 0..<10 { kept.append(await reload.subscribe(facilitator: true)) }
        #expect(await reload.listenerCount == 4)
        #expect(await first.next() == nil, "the oldest page was let go")
        await reload.close()
        #expect(kept.count == 10)
    }

    /// "Builds never block serving" also means a participant cannot force one
    /// full build per edit: changes made while a build runs are taken together.
    @Test func changesDuringARebuildAreCoalesced() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("a".utf8).write(to: folder.appendingPathComponent("first.md"))
        let watcher = ContentWatcher(contentRoot: folder.path, themeFolders: [], interval: .milliseconds(50))
        let changes = Changes()
        let task = Task {
            await watcher.run { change in
                changes.add(change.contentPaths)
                // The first rebuild is a slow full build: it lasts until the test lets it end.
                while changes.count == 1 && !changes.released { try? await Task.sleep(for: .milliseconds(20)) }
            }
        }
        defer { task.cancel() }
        try await Task.sleep(for: .milliseconds(300))
        try Data("b".utf8).write(to: folder.appendingPathComponent("first.md"))
        for _ in 0..<200 where changes.count < 1 { try await Task.sleep(for: .milliseconds(50)) }
        #expect(changes.count == 1)
        for n in 1...5 {
            try Data("edit \(n)".utf8).write(to: folder.appendingPathComponent("sheet-\(n).md"))
            try await Task.sleep(for: .milliseconds(120))
        }
        changes.release()
        for _ in 0..<200 where changes.count < 2 { try await Task.sleep(for: .milliseconds(50)) }
        try await Task.sleep(for: .milliseconds(500))
        #expect(changes.count == 2, "\(changes.all)")
        #expect(changes.all.last == (1...5).map { "sheet-\($0).md" })
    }
}

final class Changes: Sendable {
    private let list = Mutex<[[String]]>([])
    private let done = Mutex(false)
    func release() { done.withLock { $0 = true } }
    var released: Bool { done.withLock { $0 } }
    func add(_ paths: [String]) { list.withLock { $0.append(paths) } }
    var count: Int { list.withLock { $0.count } }
    var all: [[String]] { list.withLock { $0 } }
}
