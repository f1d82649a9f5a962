import ArgumentParser
import Foundation
import WorkshopBuild
import WorkshopLoad
import WorkshopModel
import WorkshopRender
import WorkshopScaffold

/// `workshop new event|worksheet`: files in the content format, with fill-in markers.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create an event folder or a blank participant worksheet.",
        discussion: "Never overwrites a file. Exit status: 0 created, 1 the file exists, 2 could not run.",
        subcommands: [NewEventCommand.self, NewWorksheetCommand.self])
}

/// `workshop new event SLUG`.
struct NewEventCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "event",
        abstract: "Create events/SLUG/ with event.yaml, seminar.md, voices.yaml, worksheets/ and groups/.")

    @Argument(help: "The event's folder name: lower-case letters, digits and hyphens (e.g. 2024-10-08-session-06).")
    var slug: String

    @Option(name: .long, help: "The content folder.")
    var root: String = "Content"

    @Option(help: "The date, YYYY-MM-DD (default: the date the slug starts with, else today).")
    var date: String?

    @Option(help: "The event's title (default: 第N回 セミナー・ワークショップ).")
    var title: String?

    func run() throws {
        let language = SiteLanguage.read(root: root)
        do {
            let site = try ExistingSite.load(root: root)
            let scaffold = try site.newEvent(slug: slug, date: date, title: title)
            let written = try site.addEvent(scaffold)
            var lines = [site.language.pick(ja: "イベントを作りました: \(slug)", en: "created the event \(slug)")]
            lines += written.filter { !$0.hasSuffix("/.gitkeep") }.map { "  " + $0 }
            if let removed = try site.removeStarterEvent(keeping: slug) {
                lines.append(site.language.pick(
                    ja: "workshop init が作った最初のイベント（未記入のまま）を削除しました: \(removed)",
                    en: "removed the first event workshop init wrote, never filled in: \(removed)"))
            }
            lines.append(site.language.pick(
                ja: "次に: event.yaml の（記入してください）を書き換え、workshop new worksheet --event \(slug) --participant A-01 --group A",
                en: "next: replace every (fill in) in event.yaml, then workshop new worksheet --event \(slug) --participant A-01 --group A"))
            Terminal.write(lines.joined(separator: "\n") + "\n")
        } catch {
            throw error.exit(in: language)
        }
    }
}

/// `workshop new worksheet --event SLUG --participant ID --group G`.
struct NewWorksheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worksheet",
        abstract: "Create a blank worksheet events/SLUG/worksheets/ID.md for a participant.")

    @Option(help: "The event's slug (its folder under events/).")
    var event: String

    @Option(help: "The participant's pseudonym: up to 64 letters, digits, - or _ (e.g. A-01).")
    var participant: String

    @Option(help: "The participant's group, one of the event's groups.")
    var group: String

    @Option(name: .customLong("lang"), help: "The worksheet's language: ja or en (default: the site's).")
    var lang: String?

    @Option(name: .long, help: "The content folder.")
    var root: String = "Content"

    func run() throws {
        let language = SiteLanguage.read(root: root)
        var sheetLanguage: Language?
        if let lang {
            guard let chosen = Language(code: lang) else {
                throw CommandFailure(description: "workshop: " + language.pick(ja: "--lang は ja か en です（'\(lang)' は使えません）", en: "--lang must be ja or en (not '\(lang)')"))
            }
            sheetLanguage = chosen
        }
        do {
            let site = try ExistingSite.load(root: root)
            let (found, scaffold) = try site.newWorksheet(event: event, participant: participant, group: group, language: sheetLanguage)
            let written = try site.addWorksheet(scaffold, to: found)
            let file = written.first ?? scaffold.path
            Terminal.write(site.language.pick(
                ja: "ワークシートを作りました: \(file)\n（記入してください）の箇所を書き換えてから workshop check で確かめてください\n",
                en: "created the worksheet \(file)\nreplace every (fill in), then run workshop check\n"))
        } catch {
            throw error.exit(in: language)
        }
    }
}
