import ArgumentParser
import Foundation
import WorkshopBuild
import WorkshopCheck
import WorkshopLoad
import WorkshopModel
import WorkshopRender

/// `workshop build`: check, then render the whole site into the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the content, then build the static site (into a temporary folder swapped into place).",
        discussion: "Refuses to build when the content has errors, unless --keep-going. Exit status: 0 built, 1 content errors, 2 could not run.")

    @OptionGroup var content: ContentRootOptions

    @Option(help: "The output folder.")
    var output: String = "Output"

    @Option(help: "The theme (a folder under Themes/); default: site.yaml's theme.")
    var theme: String?

    @Option(help: "Who the site is for: facilitator (everything) or public (published material only).")
    var audience: Audience = .facilitator

    @Option(name: .customLong("base-url"), help: "The absolute URL the site will be published under (for sitemap.xml and canonical links).")
    var baseURL: String?

    @Flag(help: "Build what is valid and leave out files with errors.")
    var keepGoing = false

    @Flag(help: "Treat missing obstacle/remedy pairs, obstacles without remedies, missing theme headings and fill-in markers left in as errors.")
    var strict = false

    @Flag(name: .customLong("no-search"), help: "Do not build the search index (Pagefind), even when it is installed.")
    var noSearch = false

    @Flag(help: "Print every warning, not only a count.")
    var verbose = false

    func run() throws {
        let fileSystem = try content.fileSystem()
        let options = BuildOptions(
            root: content.root, output: output, themeName: theme,
            extraThemeFolders: InstalledThemes.folders, audience: audience, baseURL: baseURL,
            keepGoing: keepGoing, strict: strict)
        let language = SiteLanguage.read(root: content.root)
        let outcome: Result<BuildReport, BuildError>
        do {
            outcome = .success(try SiteBuild(options: options, search: noSearch ? .off : .installed).run())
        } catch {
            outcome = .failure(error)
        }
        switch outcome {
        case .success(let report):
            printSummary(report, language: language, displayRoot: fileSystem.displayRoot)
        case .failure(.contentHasErrors(let list)):
            let report = FindingReport(findings: list, fileCount: 0, language: language, displayRoot: fileSystem.displayRoot)
            let colour = Terminal.wantsColour(.standardError)
            for finding in list where finding.severity == .error || verbose {
                Terminal.write(report.line(for: finding, colour: colour) + "\n", to: .standardError)
            }
            Terminal.write(BuildError.contentHasErrors(list).message(in: language) + "\n", to: .standardError)
            throw ExitCode(1)
        case .failure(let error):
            throw CommandFailure(description: "workshop: " + error.message(in: language) + "\n  " + error.detail)
        }
    }

    private func printSummary(_ report: BuildReport, language: Language, displayRoot: String) {
        let findings = FindingReport(findings: report.findings, fileCount: 0, language: language, displayRoot: displayRoot)
        let colour = Terminal.wantsColour(.standardError)
        for finding in report.findings where verbose || finding.severity == .error {
            Terminal.write(findings.line(for: finding, colour: colour) + "\n", to: .standardError)
        }
        let warnings = report.findings.warningCount
        if !verbose && warnings > 0 {
            Terminal.write(language.pick(ja: "警告 \(warnings) 件（--verbose で表示、または workshop check）\n", en: "\(warnings) warning\(warnings == 1 ? "" : "s") (see --verbose or workshop check)\n"), to: .standardError)
        }
        if !report.leftOutFiles.isEmpty {
            Terminal.write(language.pick(ja: "エラーのため除外したファイル: \(report.leftOutFiles.count) 件（problems ページを参照）\n", en: "left out because of errors: \(report.leftOutFiles.count) file(s) (see the problems page)\n"), to: .standardError)
        }
        if let line = Self.searchLine(report.search, language: language) {
            Terminal.write(line + "\n", to: report.search.isFailure ? .standardError : .standardOutput)
        }
        let ms = Int(report.duration * 1000)
        Terminal.write(language.pick(
            ja: "\(output)/ に \(report.pagesWritten.count) ファイルを作成しました（\(audience.rawValue)、\(ms) ms）\n",
            en: "built \(report.pagesWritten.count) files into \(output)/ (\(audience.rawValue), \(ms) ms)\n"))
    }
}

extension BuildCommand {
    /// The build report's search line: "search index: N pages", or why there is none (nil with --no-search).
    static func searchLine(_ outcome: SearchOutcome, language: Language) -> String? {
        switch outcome {
        case .off:
            return nil
        case .notInstalled:
            return language.pick(ja: "検索: Pagefind が入っていないため検索インデックスなし（pip install \(Pagefind.pipPackage)）",
                                 en: "search: Pagefind not installed (pip install \(Pagefind.pipPackage))")
        case .indexed(let summary):
            let ms = Int(summary.seconds * 1000)
            let kb = (summary.bytes + 1023) / 1024
            return language.pick(ja: "検索インデックス: \(summary.pages) ページ（pagefind/、\(kb) KB、\(ms) ms）",
                                 en: "search index: \(summary.pages) page\(summary.pages == 1 ? "" : "s") (pagefind/, \(kb) KB, \(ms) ms)")
        case .failed(let error):
            return language.pick(ja: "警告: 検索インデックスを作れませんでした。検索なしでサイトを作成しました: \(error.detail)",
                                 en: "warning: the search index could not be built; the site was built without search: \(error.detail)")
        }
    }
}

extension SearchOutcome {
    var isFailure: Bool { if case .failed = self { true } else { false } }
}

extension Audience: ExpressibleByArgument {}

/// Where the tool finds its bundled themes (`$WORKSHOP_THEMES`, `share/workshop/Themes`
/// beside `bin/`, or `Themes/` above the executable in a package checkout).
enum InstalledThemes {
    static var folders: [String] { ToolThemes.folders() }
}
