/// Limits guessing of the join code and the facilitator key. Every check of
/// a code or key (a header, a `?code=`/`?key=`, a cookie) goes through
/// `check`, which takes a token from the client's bucket and from a bucket
/// shared by all clients *before* comparing; a right answer gives both
/// tokens back, so only wrong answers count. Reserving, comparing and giving
/// back happen in one step of the actor, so parallel connections cannot
/// slip guesses between the count and the compare.
public actor AccessAttempts {
    public struct Limits: Sendable, Hashable {
        /// Wrong answers one client (IP address) may give at once, then per minute.
        public var perClient: RateLimiter.Limit
        /// Wrong answers all clients together may give at once, then per minute.
        public var overall: RateLimiter.Limit

        public init(perClient: RateLimiter.Limit, overall: RateLimiter.Limit) {
            self.perClient = perClient
            self.overall = overall
        }

        /// 10 wrong answers per client, then 10 a minute; 30 across clients, then 30 a minute.
        public static let standard = Limits(perClient: .init(burst: 10, perMinute: 10), overall: .init(burst: 30, perMinute: 30))
        public static let unlimited = Limits(perClient: .unlimited, overall: .unlimited)
    }

    public enum Verdict: Sendable, Hashable {
        case granted
        case denied
        /// Too many wrong answers: not compared at all.
        case tooMany(retryAfter: Int)
    }

    public let limits: Limits
    private var perClient: TokenBuckets
    private var overall: TokenBuckets

    public init(limits: Limits = .standard) {
        self.limits = limits
        self.perClient = TokenBuckets(limit: limits.perClient)
        self.overall = TokenBuckets(limit: limits.overall)
    }

    /// Checks one candidate: `matches` is the constant-time compare, run only
    /// when both buckets still have a token.
    public func check(client: String, _ matches: @Sendable () -> Bool) -> Verdict {
        let now = ContinuousClock.now
        if case .refused(let wait) = perClient.take(client, at: now) { return .tooMany(retryAfter: wait) }
        if case .refused(let wait) = overall.take("", at: now) {
            perClient.giveBack(client)
            return .tooMany(retryAfter: wait)
        }
        guard matches() else { return .denied }
        perClient.giveBack(client)
        overall.giveBack("")
        return .granted
    }
}
