import Foundation
import WorkshopBuild
import WorkshopRender

/// What `workshop serve` was asked to do.
public struct ServeOptions: Sendable {
    /// The build the server keeps up to date (content root, output, theme).
    public var build: BuildOptions
    public var host: String
    public var port: Int
    /// Accept worksheets from the fill-in form (`--collect`).
    public var collect: Bool
    /// The join code submissions must carry; nil means a random one.
    public var joinCode: String?
    /// Submissions a client may send at once, and how many per minute after that.
    public var rateLimit: RateLimiter.Limit
    /// Largest accepted worksheet body.
    public var maximumBodySize: Int
    /// Where edit tokens and the submission log are kept (outside the content
    /// root so they are never published): default `.workshop/` next to the content root.
    public var stateFolder: String?
    /// How long a change must be quiet before a rebuild; when polling, also how often the watcher looks.
    public var pollInterval: Duration
    /// The system's change notifications (inotify), or polling (`serve --poll`, for network drives).
    public var watching: ContentWatcher.Mechanism = .notifications
    /// Add the live-reload script to served HTML pages.
    public var liveReload: Bool
    /// How often open live-reload connections get a comment line (a page that has gone is then dropped).
    public var heartbeatInterval: Duration = .seconds(15)
    /// At most this many pages listen for live reload at once (the oldest is dropped first).
    public var maximumLiveReloadListeners: Int = 256
    /// The key that opens the facilitator's pages; nil means a random one.
    public var facilitatorKey: String?
    /// More `Host` names to answer to (`--allow-host`), besides the bound and printed addresses and localhost.
    public var allowedHosts: [String]
    /// How many wrong join codes / facilitator keys a client, and all clients together, may try.
    public var attemptLimits: AccessAttempts.Limits
    /// Connection limits and timeouts.
    public var connections: ConnectionLimits

    public init(build: BuildOptions = BuildOptions(), host: String = "127.0.0.1", port: Int = 8000, collect: Bool = false,
                joinCode: String? = nil, rateLimit: RateLimiter.Limit = .init(burst: 5, perMinute: 10),
                maximumBodySize: Int = 256 * 1024, stateFolder: String? = nil,
                pollInterval: Duration = .milliseconds(250), liveReload: Bool = true, facilitatorKey: String? = nil,
                allowedHosts: [String] = [], attemptLimits: AccessAttempts.Limits = .standard,
                connections: ConnectionLimits = .standard) {
        var build = build
        build.collectSubmissions = collect
        self.build = build
        self.host = host
        self.port = port
        self.collect = collect
        self.joinCode = joinCode
        self.rateLimit = rateLimit
        self.maximumBodySize = maximumBodySize
        self.stateFolder = stateFolder
        self.pollInterval = pollInterval
        self.liveReload = liveReload
        self.facilitatorKey = facilitatorKey
        self.allowedHosts = allowedHosts
        self.attemptLimits = attemptLimits
        self.connections = connections
    }

    /// The state folder, resolved: `<content root>/../.workshop`.
    public var resolvedStateFolder: String {
        if let stateFolder { return stateFolder }
        return URL(fileURLWithPath: build.root).standardizedFileURL.deletingLastPathComponent()
            .appendingPathComponent(".workshop").path
    }

    /// True when the server listens only on this machine.
    public var isLoopback: Bool {
        host == "127.0.0.1" || host == "::1" || host == "localhost"
    }
}
