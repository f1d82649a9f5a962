import Foundation
import Testing
import WorkshopBuild
import WorkshopLoad
import WorkshopModel
import WorkshopPhotos
import WorkshopRender

/// docs/themes.md is the list of keys each template gets: every key it
/// names must really reach that template when the sample site (with its
/// photos and a finding, so every page kind exists) is rendered for both audiences
/// (the public one with search markers).
@Suite struct DocumentedTemplateKeysTests {
    static let docs = PhotoFixtures.repoRoot.appendingPathComponent("docs/themes.md")

    /// Renders the sample site both ways into one log.
    static func log() throws -> TemplateValueLog {
        let log = TemplateValueLog()
        // A copy, so the photo cache lands beside it and not in the repository.
        let folder = try PhotoSiteTests.copyOfContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("Content").path
        var content = ContentLoader(fileSystem: .disk(root: root)).load().content
        // 105 copies of a published worksheet of the newest event: procedures with more obstacles
        // than their control's knowledge base page shows, on two pages (`knowledge-procedure`).
        if let last = content.events.indices.last {
            let published = content.events[last].worksheets.filter(\.publish).prefix(1)
            content.events[last].worksheets += (1...105).flatMap { n in
                published.map { sheet in
                    var copy = sheet
                    copy.participant += "-copy\(n)"
                    return copy
                }
            }
        }
        let finding = Finding(.unknownCatalogue, at: SourceLocation(file: "events/x/event.yaml", line: 1, column: 1), "x", severity: .warning)
        for (audience, baseURL) in [(Audience.facilitator, nil), (.public, "https://example.org/ws/")] as [(Audience, String?)] {
            var options = BuildOptions(root: root, output: folder.appendingPathComponent("out").path,
                                       themesFolder: PhotoFixtures.repoRoot.appendingPathComponent("Themes").path, audience: audience, baseURL: baseURL)
            // The public build as if indexed (docs/search.md), so the search keys are rendered too.
            options.search = audience == .public
            var renderer = SiteRenderer(theme: try SiteTheme.load(name: "default", searching: options.themeFolders), options: options)
            renderer.photos = PhotoPass(options: options).album(for: content)
            renderer.valueLog = log
            _ = try renderer.render(content: content, findings: audience == .facilitator ? [finding] : [])
        }
        return log
    }

    /// The shapes docs/themes.md defines once and names in lists (`[threat + {…}]`, `[figure]`).
    static let shapes: Set<String> = ["threat", "procedure", "pair", "group", "event", "figure", "section", "path"]

    /// The keys in a table cell's `code` spans. Prose is left out: paths,
    /// file names, options, partials and commands (spans with `-`), words in parentheses, and a shape's
    /// name at the start of a list (`[threat + {count}]` documents `count`).
    static func keys(inCell cell: Substring) -> [String] {
        var keys: [String] = []
        for (index, written) in cell.split(separator: "`", omittingEmptySubsequences: false).enumerated() where index % 2 == 1 {
            var span = ""
            var parentheses = 0
            for character in written {
                if character == "(" { parentheses += 1 } else if character == ")" { parentheses -= 1 } else if parentheses == 0 { span.append(character) }
            }
            if span.contains("/") || span.contains("-") || span.contains(".mustache") || span.contains(".js") || span.hasPrefix("{{") || span.hasPrefix("workshop ") { continue }
            var word = ""
            var before: Character = " "
            var last: Character = " "
            for character in span + " " {
                if character.isASCII && (character.isLetter || (character.isNumber && !word.isEmpty)) {
                    if word.isEmpty { before = last }
                    word.append(character)
                } else {
                    if word.count >= 2 && !(before == "[" && shapes.contains(word)) { keys.append(word) }
                    word = ""
                }
                if character != " " { last = character }
            }
        }
        return keys
    }

    /// The rows of the Markdown table under `heading`: its cells.
    static func rows(under heading: String) throws -> [[Substring]] {
        let text = try String(contentsOf: docs, encoding: .utf8)
        guard let start = text.range(of: heading) else { return [] }
        var rows: [[Substring]] = []
        var inTable = false
        for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("|") {
                inTable = true
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map { $0 }
                if cells.first?.contains("---") == true || cells.first?.contains("template") == true || cells.first?.contains(" key ") == true { continue }
                rows.append(cells)
            } else if inTable {
                break
            }
        }
        return rows
    }

    @Test func everyKeyOfThePageTemplatesTableReachesItsTemplate() throws {
        let log = try Self.log()
        let rows = try Self.rows(under: "## Page templates")
        #expect(rows.count >= 15)
        for row in rows where row.count >= 3 {
            let template = row[0].replacingOccurrences(of: "`", with: "").trimmingCharacters(in: .whitespaces)
            let given = log.keys(of: template)
            #expect(!given.isEmpty, "template \(template) was never rendered")
            for key in Self.keys(inCell: row[2]) {
                #expect(given.contains(key), "docs/themes.md: \(template) gets `\(key)`, but no render gave it")
            }
        }
    }

    @Test func everyCommonKeyReachesTheLayout() throws {
        let log = try Self.log()
        let rows = try Self.rows(under: "## Values every page receives")
        #expect(rows.count >= 15)
        let given = log.topLevelKeys(of: "base")
        for row in rows {
            for key in Self.keys(inCell: row[0]) {
                #expect(given.contains(key), "docs/themes.md: every page gets `\(key)`, but base never did")
            }
        }
    }
}
