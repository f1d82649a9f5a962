import ArgumentParser
import Foundation
import WorkshopServe
import WorkshopSite

/// `workshop serve`: build, serve with live reload, rebuild on change; with
/// `--collect`, accept worksheets from the fill-in form.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it with live reload, and rebuild when the content or theme changes.",
        discussion: """
        Binds 127.0.0.1 unless --host says otherwise. With --collect, participants' fill-in forms submit \
        their worksheets to this machine; submissions need the join code the server prints. Ctrl-C stops.
        """)

    @OptionGroup var content: ContentRootOptions

    @Option(help: "The output folder.")
    var output: String = "Output"

    @Option(help: "The theme (a folder under Themes/).")
    var theme: String?

    @Option(help: "The address to listen on (0.0.0.0 for the room's network).")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port: Int = 8000

    @Flag(help: "Accept worksheets from the fill-in form (POST /api/events/<event>/worksheets).")
    var collect = false

    @Option(name: .customLong("join-code"), help: "The join code submissions must carry (default: a random 6-character code).")
    var joinCode: String?

    @Option(name: .customLong("state"), help: "Where edit tokens and the submission log are kept (default: .workshop next to the content folder).")
    var stateFolder: String?

    @Flag(help: "Treat missing obstacle/remedy pairs, obstacles without remedies and missing theme headings as errors.")
    var strict = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
        if let joinCode, joinCode.trimmingCharacters(in: .whitespaces).count < 4 {
            throw ValidationError("--join-code must have at least 4 characters")
        }
    }

    func run() throws {
        _ = try content.fileSystem()
        let build = BuildOptions(root: content.root, output: output, themeName: theme ?? "default",
                                 extraThemeFolders: InstalledThemes.folders, audience: .facilitator, strict: strict)
        let options = ServeOptions(build: build, host: host, port: port, collect: collect, joinCode: joinCode, stateFolder: stateFolder)
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
