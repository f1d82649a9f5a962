import ArgumentParser
import Foundation
import WorkshopBuild
import WorkshopModel
import WorkshopRender
import WorkshopServe

/// `workshop serve`: build, serve with live reload, rebuild on change; with
/// `--collect`, accept worksheets from the fill-in form.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it with live reload, and rebuild when the content or theme changes.",
        discussion: """
        Binds 127.0.0.1 unless --host says otherwise. The facilitator's pages (worksheets, problems, submissions) \
        need the facilitator key: open the facilitator's address the server prints. With --collect, participants \
        type the join code once and reach the event, seminar, group and fill-in pages; their fill-in forms submit \
        their worksheets to this machine. Requests for any other host name than this server's are refused (421). \
        Ctrl-C stops.
        """)

    @OptionGroup var content: ContentRootOptions

    @Option(help: "The output folder.")
    var output: String = "Output"

    @Option(help: "The theme (a folder under Themes/); default: site.yaml's theme.")
    var theme: String?

    @Option(help: "The address to listen on (0.0.0.0 for the room's network).")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port: Int = 8000

    @Flag(help: "Accept worksheets from the fill-in form (POST /api/events/<event>/worksheets).")
    var collect = false

    @Option(name: .customLong("join-code"), help: "The join code participants type (at least 6 of ABCDEFGHJKLMNPQRSTUVWXYZ23456789; default: random).")
    var joinCode: String?

    @Option(name: .customLong("facilitator-key"), help: "The key of the facilitator's pages (at least 10 of the join code's alphabet; default: random, 12 characters).")
    var facilitatorKey: String?

    @Option(name: .customLong("allow-host"), help: "Also answer requests for this host name (repeatable), e.g. a name the room's DNS gives this machine.")
    var allowHost: [String] = []

    @Option(name: .customLong("state"), help: "Where edit tokens and the submission log are kept (default: .workshop next to the content folder).")
    var stateFolder: String?

    @Flag(help: "Notice changes by looking at every file four times a second instead of the system's notifications (inotify), e.g. for content on a network drive.")
    var poll = false

    @Flag(help: "Treat missing obstacle/remedy pairs, obstacles without remedies and missing theme headings as errors.")
    var strict = false

    func validate() throws {
        // In the language of the site, as the parser's own messages are (CommandLineMessage).
        let language = MessageLanguage.detect(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
        guard (1...65535).contains(port) else {
            throw ValidationError(language.pick(ja: "--port は 1 から 65535 までにしてください", en: "--port must be between 1 and 65535"))
        }
        if let joinCode, let problem = JoinCode.problem(with: joinCode, in: language) { throw ValidationError(problem) }
        if let facilitatorKey, let problem = FacilitatorKey.problem(with: facilitatorKey, in: language) { throw ValidationError(problem) }
        if let joinCode, let facilitatorKey, JoinCode(joinCode).value == FacilitatorKey(facilitatorKey).value {
            throw ValidationError(language.pick(ja: "--facilitator-key は --join-code と別のものにしてください",
                                                en: "--facilitator-key must differ from --join-code"))
        }
        for name in allowHost where name.isEmpty || name.contains("/") || name.contains(" ") {
            throw ValidationError(language.pick(ja: "--allow-host にはホスト名かアドレスを書きます（'\(name)' は使えません）",
                                                en: "--allow-host takes a host name or address, not '\(name)'"))
        }
    }

    func run() throws {
        _ = try content.fileSystem()
        let build = BuildOptions(root: content.root, output: output, themeName: theme,
                                 extraThemeFolders: InstalledThemes.folders, audience: .facilitator,
                                 keepGoing: true, strict: strict)  // serve always keeps going: files with errors show their last good version
        var options = ServeOptions(build: build, host: host, port: port, collect: collect, joinCode: joinCode, stateFolder: stateFolder,
                                   facilitatorKey: facilitatorKey, allowedHosts: allowHost)
        options.watching = poll ? .polling : .notifications
        let server = DevServer(options: options, say: { Terminal.write($0 + "\n") })
        let failure = WaitForTask.run { try await server.run() }
        if let failure {
            throw CommandFailure(description: "workshop serve: \(failure)")
        }
    }
}

/// Runs async work from the synchronous command and waits for it.
enum WaitForTask {
    final class Outcome: @unchecked Sendable {
        var error: (any Error)?
    }

    static func run(_ work: @escaping @Sendable () async throws -> Void) -> (any Error)? {
        let semaphore = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task {
            do { try await work() } catch { outcome.error = error }
            semaphore.signal()
        }
        semaphore.wait()
        return outcome.error
    }
}
