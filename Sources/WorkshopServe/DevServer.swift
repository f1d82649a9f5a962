import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import WorkshopCheck
import WorkshopModel
import WorkshopSite

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
    /// Where messages for the terminal go.
    public let say: @Sendable (String) -> Void

    public init(options: ServeOptions, say: @escaping @Sendable (String) -> Void = { print($0) }) {
        self.options = options
        self.site = IncrementalBuild(options: options.build)
        self.reload = LiveReload()
        self.joinCode = options.joinCode.map(JoinCode.init) ?? JoinCode.random()
        self.log = SubmissionLog(contentRoot: options.build.root, stateFolder: options.collect ? options.resolvedStateFolder : nil)
        self.limiter = RateLimiter(limit: options.rateLimit)
        self.say = say
    }

    public var collection: CollectionEndpoint {
        let site = self.site
        let reload = self.reload
        return CollectionEndpoint(joinCode: joinCode, maximumBodySize: options.maximumBodySize, strict: options.build.strict,
                                  log: log, limiter: limiter, content: { await site.currentContent },
                                  accepted: { _, _ in await reload.submissionsChanged() })
    }

    /// Every route of the server.
    public func makeRouter() -> Router<ServeContext> {
        let router = Router(context: ServeContext.self)
        router.get("/__workshop/events") { _, _ in await self.eventStream() }
        PhotoReviewRoutes(server: self).add(to: router)
        if options.collect {
            collection.addRoutes(to: router)
            router.get("/__workshop/submissions") { request, context in await self.submissionsPage(request, context) }
        }
        router.get("/") { request, _ in await self.serveFile(request.uri.path) }
        router.get("/**") { request, _ in await self.serveFile(request.uri.path) }
        return router
    }

    /// Builds, prints the addresses, and serves until Ctrl-C.
    public func run() async throws {
        let first = await site.fullBuild()
        await report(first)
        let app = Application(router: makeRouter(),
                              configuration: .init(address: .hostname(options.host, port: options.port), serverName: "workshop"),
                              services: [WatcherService(server: self)],
                              logger: Self.quietLogger)
        await announce()
        try await app.runService()
        await reload.close()
        say(await language.pick(ja: "サーバーを止めました。", en: "Server stopped."))
    }

    var language: Language {
        get async { await site.currentContent.site.language }
    }

    /// After the watcher saw a change.
    func rebuild(_ change: ContentWatcher.Change) async {
        let result = await site.rebuild(changed: change.contentPaths, themeChanged: change.themeChanged)
        await report(result)
    }

    /// Prints a build's outcome and tells the open pages.
    func report(_ result: IncrementalBuild.Result) async {
        let language = await self.language
        let ms = Int((Double(result.duration.components.attoseconds) / 1e15 + Double(result.duration.components.seconds) * 1000).rounded())
        if let failure = result.failure {
            say(language.pick(ja: "\(result.what): \(failure.message(in: language))（\(ms) ms）", en: "\(result.what): \(failure.message(in: language)) (\(ms) ms)"))
            if case .contentHasErrors = failure {
                say(FindingReport(findings: result.findings.filter { $0.severity == .error }, fileCount: 0, language: language,
                                  displayRoot: options.build.root).text(colour: false))
            }
            let title = language.pick(ja: "サイトを作成できませんでした", en: "The site could not be built")
            await reload.errors(title: title, findings: failureFindings(failure, language: language), displayRoot: options.build.root)
            return
        }
        if result.incremental {
            say(language.pick(ja: "\(result.what) を再構築しました: \(ms) ms（変更 \(result.filesChanged) ファイル）",
                              en: "rebuilt \(result.what) in \(ms) ms (\(result.filesChanged) files changed)"))
        } else {
            say(language.pick(ja: "サイトを作成しました（\(result.what)）: \(ms) ms、\(result.filesChanged) ファイル",
                              en: "built the site (\(result.what)) in \(ms) ms (\(result.filesChanged) files)"))
        }
        await reload.reload()
    }

    /// The findings to show for a failure; a failure that is not about content becomes one finding.
    func failureFindings(_ failure: BuildError, language: Language) -> [Finding] {
        if case .contentHasErrors(let findings) = failure { return findings }
        return [Finding(.unreadableFile, at: SourceLocation(file: ""), failure.message(in: language) + " — " + failure.detail, severity: .error)]
    }

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
        }, interval: server.options.pollInterval)
        let server = self.server
        try? await cancelWhenGracefulShutdown {
            await watcher.run { change in await server.rebuild(change) }
        }
        await server.reload.close()
    }
}
