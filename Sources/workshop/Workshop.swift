import ArgumentParser
import Foundation

/// `workshop`: check and build a workshop series site.
@main
struct Workshop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workshop",
        abstract: "Check and build the site of a security workshop series.",
        version: "0.1.0",
        subcommands: [CheckCommand.self, BuildCommand.self, InitCommand.self, NewCommand.self, PDFCommand.self, ServeCommand.self])

    /// Exit status: 0 no errors, 1 errors in the content, 2 the command could not run.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Workshop.exit(withError: error)
            }
            let language = MessageLanguage.detect(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
            let message = (error as? CommandFailure)?.description ?? CommandLineMessage.text(fullMessage(for: error), in: language)
            if !message.isEmpty {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
            // Bad arguments (ArgumentParser's 64) and any other failure to run are 2.
            Foundation.exit(2)
        }
    }
}

/// A failure to run (not a content error): printed and exit status 2.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
}
