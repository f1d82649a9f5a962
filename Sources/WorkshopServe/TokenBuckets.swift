/// Token buckets by key (a client's IP address): `burst` tokens at once,
/// refilled at `perMinute`. A plain value; the actors that use it
/// (`RateLimiter`, `AccessAttempts`) keep it from being shared.
struct TokenBuckets: Sendable {
    struct Bucket: Sendable {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    let limit: RateLimiter.Limit
    private var buckets: [String: Bucket] = [:]

    init(limit: RateLimiter.Limit) {
        self.limit = limit
    }

    /// Takes one token from `key`'s bucket, if there is one.
    mutating func take(_ key: String, at now: ContinuousClock.Instant) -> RateLimiter.Decision {
        let rate = Double(limit.perMinute) / 60
        var bucket = buckets[key] ?? Bucket(tokens: Double(limit.burst), updated: now)
        let elapsed = now - bucket.updated
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        bucket.tokens = min(Double(limit.burst), bucket.tokens + seconds * rate)
        bucket.updated = now
        defer {
            buckets[key] = bucket
            if buckets.count > 50_000 { forgetFull(at: now) }
        }
        if bucket.tokens >= 1 {
            bucket.tokens -= 1
            return .allowed
        }
        let wait = rate > 0 ? (1 - bucket.tokens) / rate : 60
        return .refused(retryAfter: max(1, Int(wait.rounded(.up))))
    }

    /// Returns the token `take` took (a right answer does not count).
    mutating func giveBack(_ key: String) {
        guard var bucket = buckets[key] else { return }
        bucket.tokens = min(Double(limit.burst), bucket.tokens + 1)
        buckets[key] = bucket
    }

    /// Drops buckets that have refilled (many clients over a long day).
    private mutating func forgetFull(at now: ContinuousClock.Instant) {
        let rate = Double(limit.perMinute) / 60
        buckets = buckets.filter { _, bucket in
            let elapsed = now - bucket.updated
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            return bucket.tokens + seconds * rate < Double(limit.burst)
        }
    }
}
