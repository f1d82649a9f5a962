import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle
import WorkshopBuild
import WorkshopCheck
import WorkshopModel
import WorkshopRender

/// `workshop serve`: builds the site, serves the output folder with live
/// reload, watches the content and theme folders, and (with `--collect`)
/// accepts worksheets from the fill-in form.
public struct DevServer: Sendable {
    public let options: ServeOptions
    public let site: IncrementalBuild
    public let reload: LiveReload
    public let joinCode: JoinCode
    public let log: SubmissionLog
    public let limiter: RateLimiter
    /// Opens the facilitator's pages (printed at start inside the facilitator's address).
    public let facilitatorKey: FacilitatorKey
    /// Wrong join codes and keys, per client and in all.
    public let attempts: AccessAttempts
    /// Tries of the facilitator key (buckets of their own).
    public let keyAttempts: AccessAttempts
    /// This run's cookie values (`AccessCookie`): cookies of an earlier run with another random code or key are stale.
    let joinCookie: AccessCookie
    let keyCookie: AccessCookie
    /// The addresses printed at start (the bound one, or the machine's LAN addresses for a wildcard bind).
    public let printedHosts: [String]
    /// The open connections, against `options.connections`.
    let connections: OpenConnections
    /// Applies the photo review page's saves to photos.yaml, one at a time.
    let photoListEditor: PhotoListEditor
    /// Where messages for the terminal go.
    public let say: @Sendable (String) -> Void

    public init(options: ServeOptions, say: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.options = options
        self.site = IncrementalBuild(options: options.build)
        self.reload = LiveReload(heartbeatInterval: options.heartbeatInterval, maximumListeners: options.maximumLiveReloadListeners)
        self.joinCode = options.joinCode.map(JoinCode.init) ?? JoinCode.random()
        self.log = SubmissionLog(contentRoot: options.build.root, stateFolder: options.collect ? options.resolvedStateFolder : nil)
        self.limiter = RateLimiter(limit: options.rateLimit)
        self.facilitatorKey = options.facilitatorKey.map(FacilitatorKey.init) ?? FacilitatorKey.random()
        self.attempts = AccessAttempts(limits: options.attemptLimits)
        self.keyAttempts = AccessAttempts(limits: options.attemptLimits)
        self.joinCookie = AccessCookie(secretGiven: options.joinCode != nil)
        self.keyCookie = AccessCookie(secretGiven: options.facilitatorKey != nil)
        let hosts = options.isLoopback ? [options.host] : [options.host] + Self.lanAddresses()
        self.printedHosts = hosts.filter { $0 != "0.0.0.0" && $0 != "::" }
        self.connections = OpenConnections(limits: options.connections)
        self.photoListEditor = PhotoListEditor(contentRoot: options.build.root, display: DisplayPath(options: options))
        self.say = say
    }

    /// The `Host` names this server answers to.
    public var hosts: HostAllowlist {
        HostAllowlist(boundHost: options.host, printedHosts: printedHosts, allowed: options.allowedHosts)
    }

    /// The checks every request goes through first.
    public var gate: AccessGate {
        let snapshot = site.snapshot
        return AccessGate(hosts: hosts, collect: options.collect, joinCode: joinCode, facilitatorKey: facilitatorKey, attempts: attempts,
                          keyAttempts: keyAttempts, joinCookie: joinCookie, keyCookie: keyCookie,
                          language: { snapshot.current.language }, publicPhotos: { snapshot.current.publicPhotos })
    }

    public var collection: CollectionEndpoint {
        let snapshot = site.snapshot
        let reload = self.reload
        var endpoint = CollectionEndpoint(joinCode: joinCode, maximumBodySize: options.maximumBodySize, strict: options.build.strict,
                                          log: log, limiter: limiter, attempts: attempts, content: { snapshot.current.content },
                                          accepted: { _, _ in await reload.submissionsChanged() })
        endpoint.eventErrors = { snapshot.current.eventErrors($0) }
        return endpoint
    }

    /// Every route of the server, behind the access gate (Host, Origin, who the visitor is).
    public func makeRouter() -> GatedRouter {
        GatedRouter(gate: gate, router: makeRoutes())
    }

    /// Every route of the server.
    func makeRoutes() -> Router<ServeContext> {
        let router = Router(context: ServeContext.self)
        router.get("/__workshop/events") { _, context in await self.eventStream(facilitator: context.visitor == .facilitator) }
        router.get("/__workshop") { _, _ in await self.dashboardPage() }
        router.get("/__workshop/submissions") { _, _ in await self.dashboardPage() }
        router.get("/__workshop/join") { request, context in await self.joinPage(request, context) }
        PhotoReviewRoutes(server: self).add(to: router)
        if options.collect {
            collection.addRoutes(to: router)
        }
        router.get("/") { request, _ in await self.serveFile(request.uri.path) }
        router.get("/**") { request, _ in await self.serveFile(request.uri.path) }
        return router
    }

    /// Builds, prints the addresses, and serves until Ctrl-C.
    public func run() async throws {
        let removed = LeftoverTemporaryFiles(contentRoot: options.build.root,
                                             stateFolder: options.collect ? options.resolvedStateFolder : nil).remove()
        if !removed.isEmpty {
            let language = self.language
            say(language.pick(ja: "前回の中断で残った一時ファイルを削除しました: \(removed.joined(separator: ", "))",
                              en: "removed temporary files left by an interrupted write: \(removed.joined(separator: ", "))"))
        }
        if let aside = log.unreadableStateFile {
            let language = self.language
            say(language.pick(
                ja: "注意: 状態フォルダーの submissions.json を読めないため \(aside) として残しました。以前の編集トークンは使えません（参加者は新しく提出し直すと 409 になります）",
                en: "warning: submissions.json in the state folder could not be read and was kept as \(aside); earlier edit tokens are not known (resubmissions get 409)"))
        }
        let first = await site.fullBuild()
        await report(first)
        let app = makeApplication(services: [WatcherService(server: self)])
        await announce()
        try await app.runService()
        await reload.close()
        say(language.pick(ja: "サーバーを止めました。", en: "Server stopped."))
    }

    /// The HTTP server: the gated router on HTTP/1 with the connection guard
    /// (caps, header and body deadlines) and Hummingbird's idle timeout.
    /// `port` 0 picks a free one (tests: `onServerRunning` gets the channel).
    public func makeApplication(services: [any Service] = [], port: Int? = nil,
                                onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }) -> some ApplicationProtocol {
        let connections = self.connections
        let idle = options.connections.idleTimeout.components
        let http1 = HTTP1Channel.Configuration(additionalChannelHandlers: [ConnectionGuard(connections: connections)],
                                               idleTimeout: .nanoseconds(idle.seconds * 1_000_000_000 + idle.attoseconds / 1_000_000_000))
        return Application(router: makeRouter(), server: .http1(configuration: http1),
                           configuration: .init(address: .hostname(options.host, port: port ?? options.port), serverName: "workshop"),
                           services: services, onServerRunning: onServerRunning, logger: Self.quietLogger)
    }

    /// The site's language, from the snapshot (never waits for a build).
    var language: Language { site.snapshot.current.language }

    /// After the watcher saw a change.
    func rebuild(_ change: ContentWatcher.Change) async {
        let result = await site.rebuild(changed: change.contentPaths, themeChanged: change.themeChanged)
        await report(result)
    }

    /// Prints a build's outcome and tells the open pages: the paths that
    /// changed (each page reloads only for its own), and the errors to the
    /// facilitator's pages. Content errors never replace a page: the files
    /// with errors are left out and the terminal says which and why.
    func report(_ result: IncrementalBuild.Result) async {
        let language = self.language
        let ms = Int((Double(result.duration.components.attoseconds) / 1e15 + Double(result.duration.components.seconds) * 1000).rounded())
        let errors = result.findings.filter { $0.severity == .error }
        if let failure = result.failure {
            say(language.pick(ja: "\(result.what): \(failure.message(in: language))。前回のサイトをそのまま表示しています（\(ms) ms）",
                              en: "\(result.what): \(failure.message(in: language)); the previous site is still served (\(ms) ms)"))
            say("  " + displayPath.clean(failure.detail))
        } else if result.incremental {
            say(language.pick(ja: "\(result.what) を再構築しました: \(ms) ms（変更 \(result.filesChanged) ファイル）",
                              en: "rebuilt \(result.what) in \(ms) ms (\(result.filesChanged) files changed)"))
        } else {
            say(language.pick(ja: "サイトを作成しました（\(result.what)）: \(ms) ms、変更 \(result.filesChanged) ファイル",
                              en: "built the site (\(result.what)) in \(ms) ms (\(result.filesChanged) files changed)"))
        }
        if !errors.isEmpty {
            let lines = FindingReport(findings: errors, fileCount: 0, language: language, displayRoot: options.build.root)
            for finding in errors.prefix(50) { say(lines.line(for: finding, colour: false)) }
            if errors.count > 50 { say(language.pick(ja: "…ほか \(errors.count - 50) 件", en: "… and \(errors.count - 50) more")) }
            say(Self.leftOutSummary(errors: errors.count, leftOut: result.leftOut.count, kept: result.keptFromBefore.count, language: language))
        }
        if let failure = result.failure {
            await reload.errors(title: language.pick(ja: "サイトを更新できませんでした", en: "The site could not be updated"),
                                findings: errors + failureFindings(failure, language: language), displayRoot: displayPath.root)
        } else if !errors.isEmpty {
            await reload.errors(title: Self.leftOutSummary(errors: errors.count, leftOut: result.leftOut.count, kept: result.keptFromBefore.count,
                                                           language: language),
                                findings: errors, displayRoot: displayPath.root)
        }
        await reload.reload(paths: result.changedPaths, contentHasErrors: !errors.isEmpty || result.failure != nil)
    }

    /// 「エラー 2 件: 2 ファイルを除外しました（1 件は前回の正しい内容を表示しています）」
    static func leftOutSummary(errors: Int, leftOut: Int, kept: Int, language: Language) -> String {
        let keptJA = kept > 0 ? "（\(kept) 件は前回の正しい内容を表示しています）" : ""
        let keptEN = kept > 0 ? " (\(kept) shown as last good)" : ""
        return language.pick(ja: "エラー \(errors) 件: \(leftOut) ファイルを除外しました\(keptJA)。直して保存すると反映されます",
                             en: "\(errors) error\(errors == 1 ? "" : "s"): left out \(leftOut) file\(leftOut == 1 ? "" : "s")\(keptEN); fix and save to bring them back")
    }

    /// A failure that is not about content, as one finding.
    func failureFindings(_ failure: BuildError, language: Language) -> [Finding] {
        if case .contentHasErrors(let findings) = failure { return findings }
        return [Finding(.unreadableFile, at: SourceLocation(file: ""), displayPath.clean(failure.message(in: language) + " — " + failure.detail),
                        severity: .error)]
    }

    /// How answers name the server's folders (never absolutely).
    var displayPath: DisplayPath { DisplayPath(options: options) }

    static var quietLogger: Logger {
        var logger = Logger(label: "workshop.serve")
        logger.logLevel = .warning
        return logger
    }
}

/// Runs the content watcher next to the HTTP server; stops with it.
struct WatcherService: Service {
    let server: DevServer

    func run() async throws {
        let watcher = ContentWatcher(contentRoot: server.options.build.root, themeFolders: server.options.build.themeFolders.filter {
            FileManager.default.fileExists(atPath: $0)
        }, interval: server.options.pollInterval, mechanism: server.options.watching)
        let server = self.server
        try? await cancelWhenGracefulShutdown {
            await watcher.run { change in await server.rebuild(change) }
        }
        await server.reload.close()
    }
}
