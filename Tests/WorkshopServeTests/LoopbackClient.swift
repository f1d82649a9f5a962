import Foundation
import Logging
import NIOCore
import ServiceLifecycle
@testable import WorkshopServe

/// A plain HTTP/1.1 client over a POSIX socket, bound to a chosen loopback
/// address (127.0.0.2 is "another machine" to the server), so tests can send
/// any `Host`, hold connections open, or send half a request.
struct LoopbackClient: Sendable {
    var from: String = "127.0.0.2"
    var port: Int

    struct Answer: Sendable {
        var status: Int
        var head: String
        var body: String

        func header(_ name: String) -> [String] {
            head.split(separator: "\r\n").compactMap { line in
                let parts = line.split(separator: ":", maxSplits: 1)
                guard parts.count == 2, parts[0].lowercased() == name.lowercased() else { return nil }
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
    }

    /// An open socket; closed by `close()`.
    final class Connection: @unchecked Sendable {
        let descriptor: Int32
        init(descriptor: Int32) { self.descriptor = descriptor }

        func send(_ text: String) {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { Foundation.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }

        /// Everything until the server closes or `timeout` passes.
        func readAll(timeout: Double) -> (data: [UInt8], closed: Bool) { read(until: nil, timeout: timeout) }

        /// Reads until `marker` has arrived, the server closes, or `timeout`
        /// passes: quick when the server is, patient on a loaded machine.
        func read(until marker: String?, timeout: Double) -> (data: [UInt8], closed: Bool) {
            var data: [UInt8] = []
            let end = Date().addingTimeInterval(timeout)
            let wanted = marker.map { Array($0.utf8) }
            var buffer = [UInt8](repeating: 0, count: 65536)
            while Date() < end {
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, Int32(max(1, end.timeIntervalSinceNow * 1000)))
                if ready <= 0 { continue }
                let count = recv(descriptor, &buffer, buffer.count, 0)
                if count <= 0 { return (data, true) }
                data += buffer[0..<count]
                if let wanted, data.count >= wanted.count,
                   (0...(data.count - wanted.count)).contains(where: { data[$0..<$0 + wanted.count].elementsEqual(wanted) }) {
                    return (data, false)
                }
            }
            return (data, false)
        }

        /// Reads until the peer closes; true when it closed within `timeout`.
        func waitForClose(timeout: Double) -> Bool { readAll(timeout: timeout).closed }

        func close() { _ = Foundation.close(descriptor) }
    }

    func connect() throws -> Connection {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(text: "socket") }
        var local = sockaddr_in()
        local.sin_family = sa_family_t(AF_INET)
        inet_pton(AF_INET, from, &local.sin_addr)
        var remote = sockaddr_in()
        remote.sin_family = sa_family_t(AF_INET)
        remote.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr)
        let bound = withUnsafePointer(to: &local) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard bound == 0 else { Foundation.close(descriptor); throw Failure(text: "bind \(from): \(errno)") }
        let connected = withUnsafePointer(to: &remote) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Foundation.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard connected == 0 else { Foundation.close(descriptor); throw Failure(text: "connect: \(errno)") }
        return Connection(descriptor: descriptor)
    }

    struct Failure: Error { var text: String }

    /// One request with `Connection: close`; the whole answer.
    func request(_ path: String, method: String = "GET", host: String? = nil, headers: [String: String] = [:], body: String = "",
                 timeout: Double = 10) throws -> Answer {
        let connection = try connect()
        defer { connection.close() }
        var text = "\(method) \(path) HTTP/1.1\r\nHost: \(host ?? "127.0.0.1:\(port)")\r\nConnection: close\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { text += "Content-Length: \(body.utf8.count)\r\n" }
        text += "\r\n" + body
        connection.send(text)
        let (data, _) = connection.readAll(timeout: timeout)
        let whole = String(decoding: data, as: UTF8.self)
        let split = whole.range(of: "\r\n\r\n")
        let head = split.map { String(whole[..<$0.lowerBound]) } ?? whole
        let rest = split.map { String(whole[$0.upperBound...]) } ?? ""
        let status = head.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return Answer(status: status, head: head, body: rest)
    }
}

/// Runs blocking socket work on a Dispatch thread, not on Swift's small
/// cooperative pool (which the server's handlers need).
func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            do { continuation.resume(returning: try work()) } catch { continuation.resume(throwing: error) }
        }
    }
}

/// Runs `server` on 127.0.0.1 with a free port (its real HTTP/1 stack:
/// connection guard, timeouts) while `body` runs; stops it after.
func withLiveServer(_ server: DevServer, _ body: @escaping @Sendable (Int) async throws -> Void) async throws {
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let app = server.makeApplication(port: 0, onServerRunning: { channel in
        continuation.yield(channel.localAddress?.port ?? 0)
        continuation.finish()
    })
    let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: Logger(label: "test")))
    try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        let port = await iterator.next() ?? 0
        do {
            try await body(port)
        } catch {
            await group.triggerGracefulShutdown()
            throw error
        }
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
    }
}
