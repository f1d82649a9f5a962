import Foundation

/// A token bucket per client (its IP address): a client may send `burst`
/// submissions at once, then `perMinute` a minute. Keeps a room of
/// participants from being drowned by one script, and slows guessing of the join code.
public actor RateLimiter {
    public struct Limit: Sendable, Hashable {
        public var burst: Int
        public var perMinute: Int

        public init(burst: Int, perMinute: Int) {
            self.burst = burst
            self.perMinute = perMinute
        }

        /// No limit (for tests and scripted imports).
        public static let unlimited = Limit(burst: Int.max / 2, perMinute: Int.max / 2)
    }

    public enum Decision: Sendable, Hashable {
        case allowed
        /// Refused; the client may retry after this many seconds.
        case refused(retryAfter: Int)
    }

    struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    public let limit: Limit
    private var buckets: [String: Bucket] = [:]
    private let clock = ContinuousClock()

    public init(limit: Limit) {
        self.limit = limit
    }

    /// Takes one token from `client`'s bucket, if there is one.
    public func admit(_ client: String) -> Decision {
        let now = clock.now
        let rate = Double(limit.perMinute) / 60
        var bucket = buckets[client] ?? Bucket(tokens: Double(limit.burst), updated: now)
        let elapsed = now - bucket.updated
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        bucket.tokens = min(Double(limit.burst), bucket.tokens + seconds * rate)
        bucket.updated = now
        defer { buckets[client] = bucket }
        if bucket.tokens >= 1 {
            bucket.tokens -= 1
            return .allowed
        }
        let wait = rate > 0 ? (1 - bucket.tokens) / rate : 60
        return .refused(retryAfter: max(1, Int(wait.rounded(.up))))
    }
}
