import ArgumentParser
import Foundation
import WorkshopBuild
import WorkshopCheck
import WorkshopLoad
import WorkshopModel
import WorkshopPrint
import WorkshopRender

/// `workshop pdf`: the printable group summaries and the event report as PDF files.
struct PDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "Print each group's summary, all groups, and the event report to PDF with headless Chromium.",
        discussion: """
            Writes <event>-group-<id>.pdf, <event>-groups.pdf and <event>-report.pdf. Needs Chromium and a CJK font \
            (apt-get install chromium fonts-noto-cjk); set CHROME to use another browser binary. \
            Exit status: 0 printed, 1 content errors, 2 could not run.
            """)

    @Option(name: .long, help: "The content folder.")
    var root: String = "Content"

    @Option(help: "Where the PDF files go (not inside the site's output folder: every build replaces that).")
    var output: String = PDFExport.defaultFolder

    @Option(help: "Only this event (its slug).")
    var event: String?

    @Option(help: "Who the PDFs are for: facilitator (everything) or public (published material only).")
    var audience: Audience = .facilitator

    @Option(help: "The theme (a folder under Themes/); default: site.yaml's theme.")
    var theme: String?

    @Flag(help: "Print what is valid and leave out files with errors (as build --keep-going).")
    var keepGoing = false

    @Flag(help: "Treat the warnings build --strict treats as errors as errors.")
    var strict = false

    @Option(help: "Seconds Chromium may take for one page.")
    var timeout: Double = 60

    func run() throws {
        let language = SiteLanguage.read(root: root)
        if PDFExport.isInside(output, folder: BuildOptions().output) {
            Terminal.write(language.pick(ja: "注意: \(output) はサイトの出力フォルダーの中です。次の workshop build / serve で消えます\n",
                                         en: "Warning: \(output) is inside the site's output folder; the next workshop build or serve deletes it\n"),
                           to: .standardError)
        }
        var chromium = Chromium.find()
        chromium?.timeout = timeout
        let export = PDFExport(root: root, output: output, event: event, audience: audience, themeName: theme,
                               extraThemeFolders: InstalledThemes.folders, keepGoing: keepGoing, strict: strict, chromium: chromium)
        do {
            let written = try export.run { Terminal.write($0 + "\n") }
            Terminal.write(language.pick(ja: "PDF を \(written.count) 件作成しました（\(output)/）\n",
                                         en: "wrote \(written.count) PDF file\(written.count == 1 ? "" : "s") into \(output)/\n"))
        } catch {
            if case .build(.contentHasErrors(let findings)) = error {
                let report = FindingReport(findings: findings, fileCount: 0, language: language, displayRoot: root)
                for finding in findings where finding.severity == .error {
                    Terminal.write(report.line(for: finding, colour: Terminal.wantsColour(.standardError)) + "\n", to: .standardError)
                }
            }
            Terminal.write("workshop: " + error.message(in: language) + "\n", to: .standardError)
            throw ExitCode(error.exitStatus)
        }
    }
}
