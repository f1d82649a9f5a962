import ArgumentParser
import Foundation
import WorkshopCheck
import WorkshopLoad

/// `workshop check`: validate everything against the threat list and control table.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content against its catalogues and report problems like a compiler.",
        discussion: "Exit status: 0 no errors, 1 errors found, 2 the check could not run. Never writes to Output.")

    @OptionGroup var content: ContentRootOptions

    @Flag(help: "Treat missing obstacle/remedy pairs, obstacles without remedies, missing theme headings and fill-in markers left in as errors.")
    var strict = false

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    func run() throws {
        let fileSystem = try content.fileSystem()
        let run = CheckRun.run(fileSystem, strict: strict)
        let report = FindingReport(findings: run.findings, fileCount: run.fileCount, language: run.language, displayRoot: fileSystem.displayRoot)
        switch format {
        case .text: Terminal.write(report.text(colour: Terminal.wantsColour()))
        case .json: Terminal.write(report.json())
        }
        if run.findings.hasErrors { throw ExitCode(1) }
    }
}

enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
