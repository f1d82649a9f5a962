import Foundation

/// How long the server waits for a client, and how many connections it
/// holds, so that idle, slow or endless clients cannot take it over
/// (docs/serve.md, "Limits and timeouts").
public struct ConnectionLimits: Sendable, Hashable {
    /// From the connection (or the end of the previous answer) to the end of
    /// the next request's headers.
    public var headerTimeout: Duration
    /// From a request's headers to the end of its body.
    public var bodyTimeout: Duration
    /// Hummingbird's idle timeout: no byte read or written for this long, outside an answer being sent.
    public var idleTimeout: Duration
    /// Open connections from one client address.
    public var perClient: Int
    /// Open connections in all (also kept below the process's file limit).
    public var total: Int

    public init(headerTimeout: Duration, bodyTimeout: Duration, idleTimeout: Duration, perClient: Int, total: Int) {
        self.headerTimeout = headerTimeout
        self.bodyTimeout = bodyTimeout
        self.idleTimeout = idleTimeout
        self.perClient = perClient
        self.total = total
    }

    /// 10 s for headers, 30 s for a body, 60 s idle; 32 connections per client, 512 in all.
    public static let standard = ConnectionLimits(headerTimeout: .seconds(10), bodyTimeout: .seconds(30), idleTimeout: .seconds(60),
                                                  perClient: 32, total: 512)

    /// `total`, but never more than the open-file limit leaves room for (the
    /// watcher and the writes need descriptors too).
    public var effectiveTotal: Int {
        var limit = rlimit()
        #if os(Linux)
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        guard getrlimit(resource, &limit) == 0 else { return total }
        let room = Int(clamping: limit.rlim_cur) - 96
        return max(8, min(total, room))
    }
}
