import ArgumentParser
import Foundation
import WorkshopBuild
import WorkshopModel
import WorkshopRender
import WorkshopScaffold

/// `workshop init DIR`: a new site with the 2024 catalogues and a first event.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site: site.yaml, the 2024 threat list and control table, and a first event.",
        discussion: "DIR must be empty (dotfiles are fine) or not exist yet. Exit status: 0 created, 1 DIR is not empty, 2 could not run.")

    @Argument(help: "The folder to create the site in.")
    var folder: String

    @Option(name: .customLong("lang"), help: "The site's language: ja or en.")
    var lang: String = "ja"

    @Option(help: "The site's title.")
    var title: String?

    func run() throws {
        guard let language = Language(code: lang) else {
            let l = MessageLanguage.detect(arguments: [], environment: ProcessInfo.processInfo.environment)
            throw CommandFailure(description: "workshop: " + l.pick(
                ja: "--lang は ja か en です（'\(lang)' は使えません）", en: "--lang must be ja or en (not '\(lang)')"))
        }
        let scaffold = SiteScaffold(folder: folder, language: language, title: title)
        let written: [String]
        do { written = try scaffold.write() } catch { throw error.exit(in: language) }
        var lines = [language.pick(ja: "新しいサイトを作りました: \(folder)", en: "created a new site in \(folder)")]
        lines += written.filter { !$0.hasSuffix("/.gitkeep") }.map { "  " + $0 }
        lines.append(language.pick(
            ja: "次に: site.yaml と events/\(scaffold.eventSlug)/event.yaml の（記入してください）を書き換え、\n  cd \(folder) && workshop check --strict && workshop build",
            en: "next: replace every (fill in) in site.yaml and events/\(scaffold.eventSlug)/event.yaml, then\n  cd \(folder) && workshop check --strict && workshop build"))
        Terminal.write(lines.joined(separator: "\n") + "\n")
    }
}

extension ScaffoldError {
    /// Prints the message on stderr; the exit status to throw (1 refused, 2 could not run).
    func exit(in language: Language) -> ExitCode {
        Terminal.write("workshop: " + message(in: language) + "\n", to: .standardError)
        return ExitCode(exitStatus)
    }
}
