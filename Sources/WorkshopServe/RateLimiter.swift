import Foundation

/// A token bucket per client (its IP address): a client may send `burst`
/// submissions at once, then `perMinute` a minute. Keeps a room of
/// participants from being drowned by one script. (Guessing of the join code
/// is limited separately, before any compare: `AccessAttempts`.)
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

    public let limit: Limit
    private var buckets: TokenBuckets

    public init(limit: Limit) {
        self.limit = limit
        self.buckets = TokenBuckets(limit: limit)
    }

    /// Takes one token from `client`'s bucket, if there is one.
    public func admit(_ client: String) -> Decision {
        buckets.take(client, at: ContinuousClock.now)
    }
}
