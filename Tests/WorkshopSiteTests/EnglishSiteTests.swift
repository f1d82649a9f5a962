import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopCheck
import WorkshopLoad
import WorkshopModel
@testable import WorkshopRender
@testable import WorkshopScaffold

/// A site in English: the catalogues' English titles and texts in every
/// page, the English editions `workshop init --lang en` writes, titles
/// written in either language accepted after an id.
@Suite("English sites")
struct EnglishSiteTests {
    /// The sample content with `language: en` (and optionally other edits), loaded and checked.
    static func sample(language: Language, edit: (URL) throws -> Void = { _ in }) throws -> (content: Content, findings: [Finding]) {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repo.content), to: root)
        let site = root.appendingPathComponent("site.yaml")
        let lines = try String(contentsOf: site, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("language:") }
        try (["language: \(language.rawValue)"] + lines.map(String.init)).joined(separator: "\n").write(to: site, atomically: true, encoding: .utf8)
        try edit(root)
        let run = CheckRun.run(.disk(root: root.path), strict: false)
        return (run.content, run.findings)
    }

    @Test func englishEditionsEqualTheRepositoryFilesByteForByte() throws {
        for (path, text) in StarterCatalogues.englishFiles {
            let file = Repo.root.appendingPathComponent("Sources/WorkshopScaffold/Catalogues/en").appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent)
            let onDisk = try Data(contentsOf: file)
            #expect(Data(text.utf8) == onDisk, "\(path) drifted from Sources/WorkshopScaffold/Catalogues/en: run scripts/embed-catalogues.sh")
        }
    }

    /// The two editions say the same in both languages: same ids, and each
    /// one's translation is the other's own text.
    @Test func bothEditionsAgree() throws {
        func load(_ files: [(path: String, text: String)]) -> (ThreatCatalogue, ControlTable, [Finding]) {
            let tree = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) } + [("site.yaml", "title: t\nlanguage: ja\n")])
            let result = ContentLoader(fileSystem: .memory(tree)).load()
            return (result.content.threatCatalogues[0], result.content.controlTables[0], result.findings.filter { $0.location.file.contains("catalogs/") })
        }
        let (jaThreats, jaControls, jaFindings) = load(StarterCatalogues.files)
        let (enThreats, enControls, enFindings) = load(StarterCatalogues.englishFiles)
        #expect(jaFindings.isEmpty, "\(jaFindings.map(\.message))")
        #expect(enFindings.isEmpty, "\(enFindings.map(\.message))")
        #expect(jaThreats.language == .ja && enThreats.language == .en)
        #expect(jaThreats.id == enThreats.id && jaControls.id == enControls.id)
        #expect(jaThreats.title(in: .en) == enThreats.title && enThreats.title(in: .ja) == jaThreats.title)
        #expect(jaThreats.threats.map(\.id) == enThreats.threats.map(\.id))
        for (ja, en) in zip(jaThreats.threats, enThreats.threats) {
            #expect(ja.title(in: .en) == en.title && en.title(in: .ja) == ja.title, "threat \(ja.id)")
            #expect(ja.summary(in: .en) == en.summary && en.summary(in: .ja) == ja.summary, "threat \(ja.id)")
            #expect(en.title.unicodeScalars.allSatisfy { $0.isASCII }, "threat \(en.id): '\(en.title)'")
        }
        #expect(jaControls.procedures.map(\.id) == enControls.procedures.map(\.id))
        for (ja, en) in zip(jaControls.controls, enControls.controls) {
            #expect(ja.category == en.category && ja.iso == en.iso)
            #expect(ja.title(in: .en) == en.title && en.title(in: .ja) == ja.title, "control \(ja.number)")
            #expect(ja.summary(in: .en) == en.summary && en.summary(in: .ja) == ja.summary, "control \(ja.number)")
            for (p, q) in zip(ja.procedures, en.procedures) {
                #expect(p.text(in: .en) == q.text && q.text(in: .ja) == p.text, "procedure \(p.id)")
                #expect(q.text.unicodeScalars.allSatisfy { $0.isASCII }, "procedure \(q.id): '\(q.text)'")
            }
        }
    }

    @Test func pagesShowCatalogueTitlesInTheSiteLanguage() throws {
        let (content, findings) = try Self.sample(language: .en)
        #expect(!findings.hasErrors, "\(findings.filter { $0.severity == .error }.prefix(3).map(\.message))")
        let files = try Repo.render(content)
        let event = "events/2024-10-08-session-06"
        let worksheet = try #require(files["\(event)/worksheets/A-01/index.html"]).text
        #expect(worksheet.contains("Information leaks and other damage caused by insiders"))
        #expect(!worksheet.contains("内部不正による情報漏えい等の被害"))
        let print = try #require(files["\(event)/groups/print/index.html"]).text
        #expect(print.contains("Information leaks and other damage caused by insiders"), "the group PDFs print English titles")
        #expect(!print.contains("内部不正による情報漏えい等の被害"))
        let controls = try #require(files["catalogs/ipa-top10-2024-controls/index.html"]).text
        #expect(controls.contains("Hold annual security training for all staff."))
        #expect(!controls.contains("全社員向けに、年次セキュリティ研修を開催。"))
        let report = try #require(files["\(event)/report/index.html"]).text
        #expect(report.contains("Information Security 10 Major Threats 2024 (Organizations)"))
        let fill = try #require(files["\(event)/fill/index.html"]).text
        #expect(fill.contains(#""text":"Hold annual security training for all staff.""#))
        #expect(fill.contains(#""otherTexts":["全社員向けに、年次セキュリティ研修を開催。"]"#), "the form also searches the catalogue's Japanese")
        // The same content in Japanese keeps the Japanese texts.
        let japanese = try Repo.render(try Self.sample(language: .ja).content)
        #expect(japanese["\(event)/worksheets/A-01/index.html"]?.text.contains("内部不正による情報漏えい等の被害") == true)
    }

    @Test func aTitleWrittenInEitherLanguageAgreesWithTheCatalogue() throws {
        let (_, findings) = try Self.sample(language: .en) { root in
            let file = root.appendingPathComponent("events/2024-10-08-session-06/worksheets/A-01.md")
            var text = try String(contentsOf: file, encoding: .utf8)
            text = text.replacingOccurrences(of: "### 脅威 3 内部不正による情報漏えい等の被害", with: "### Threat 3 Information leaks and other damage caused by insiders")
            text = text.replacingOccurrences(of: "### 脅威 8", with: "### Threat 8 Ransomware everywhere")
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let mismatches = findings.filter { $0.code == .titleMismatch && $0.location.file.hasSuffix("A-01.md") }
        #expect(mismatches.count == 1, "\(mismatches.map(\.message))")
        #expect(mismatches.first?.message.contains("Ransomware everywhere") == true)
        #expect(mismatches.first?.message.contains("Financial losses from business email compromise") == true, "names the title in the site's language")
    }

    @Test func englishInitUsesTheEnglishEditionsAndNamesGroupsPlainly() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scaffold = SiteScaffold(folder: folder.path, language: .en, today: CalendarDate(year: 2025, month: 1, day: 20))
        _ = try scaffold.write()
        let root = folder.appendingPathComponent("Content").path
        let run = CheckRun.run(.disk(root: root), strict: true)
        // What init leaves to fill is reported (placeholder-text, an error with --strict); nothing else.
        let others = run.findings.filter { $0.code != .placeholderText }
        #expect(others.isEmpty, "\(others.map(\.message))")
        #expect(run.findings.contains { $0.code == .placeholderText && $0.location.file == "site.yaml" })
        let threats = try #require(run.content.threatCatalogues.first)
        #expect(threats.language == .en)
        #expect(threats.threat(1)?.title == "Damage from ransomware")
        #expect(run.content.controlTables.first?.procedure(ProcedureID(control: 6, number: 1))?.text == "Hold annual security training for all staff.")
        for language in Language.allCases {
            let groups = EventScaffold(slug: "2025-01-20-session-01", date: CalendarDate(year: 2025, month: 1, day: 20), number: 1, language: language).groups
            let theme = try Repo.defaultTheme().strings(for: language)
            for group in groups {
                let title = (theme["groupTitle"] ?? "").replacingOccurrences(of: "{id}", with: group.id).replacingOccurrences(of: "{name}", with: group.name)
                let halves = title.components(separatedBy: ": ")
                #expect(halves.count == 2 && halves[0] != halves[1], "\(language): '\(title)'")
            }
        }
    }
}
