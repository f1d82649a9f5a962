import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopCheck
import WorkshopLoad
import WorkshopModel
@testable import WorkshopRender
@testable import WorkshopScaffold

/// `init` and `new event` leave no placeholder behind on a page; names that cannot be folders are left out.
@Suite struct StarterSiteTests {
    static let repo = ScaffoldTests.repo
    static let today = ScaffoldTests.today
    static let starter = "events/2025-01-20-session-01"

    @Test(arguments: [Language.ja, .en])
    func initWithoutATitleWritesNoRepeatedSubtitle(language: Language) throws {
        let (folder, root) = try ScaffoldTests.initSite(language)
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = CheckRun.run(.disk(root: root), strict: false).content.site
        #expect(!site.title.isEmpty)
        #expect(site.title != site.subtitle)
        let titled = SiteScaffold(folder: "x", language: language, title: "中小企業サイバーセキュリティ社内体制整備事業", today: Self.today).siteYAML
        #expect(titled.contains("subtitle: \(language.pick(ja: "セミナー・ワークショップ", en: "Seminar and workshop series"))"))
    }

    @Test func initIgnoresTheBuiltSitesAndServesState() throws {
        let (folder, _) = try ScaffoldTests.initSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = ScaffoldTests.read(folder.appendingPathComponent(".gitignore").path).split(separator: "\n")
        for entry in ["Output/", "public/", ".workshop/"] { #expect(lines.contains(Substring(entry)), "\(entry) in \(lines)") }
    }

    @Test func aNewSiteChecksWithoutErrorsButStrictNamesEveryMarker() throws {
        let (folder, root) = try ScaffoldTests.initSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = CheckRun.run(.disk(root: root), strict: false)
        #expect(!run.findings.hasErrors, "\(run.findings.map(\.message))")
        #expect(!run.findings.isEmpty && run.findings.allSatisfy { $0.code == .placeholderText }, "\(run.findings.map(\.message))")
        let files = Set(run.findings.map(\.location.file))
        #expect(files == ["site.yaml", "\(Self.starter)/event.yaml", "\(Self.starter)/seminar.md"])
        let strict = CheckRun.run(.disk(root: root), strict: true)
        #expect(strict.findings.hasErrors)
    }

    @Test(arguments: [Audience.public, .facilitator])
    func noMarkerReachesABuiltPage(audience: Audience) throws {
        let (folder, root) = try ScaffoldTests.initSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output").path
        let options = BuildOptions(root: root, output: output, themesFolder: Self.repo.appendingPathComponent("Themes").path, audience: audience)
        let report = try SiteBuild(options: options).run()
        #expect(!report.pagesWritten.isEmpty)
        for page in report.pagesWritten where !page.hasPrefix("problems/") {
            let text = ScaffoldTests.read(output + "/" + page)
            #expect(!text.contains(Placeholder.marker), "\(page) shows the marker")
        }
    }

    @Test func newEventRemovesTheUntouchedStarterAndIsNumberOne() throws {
        let (folder, root) = try ScaffoldTests.initSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try ExistingSite.load(root: root)
        #expect(site.untouchedStarterEvent() == "2025-01-20-session-01")
        let scaffold = try site.newEvent(slug: "2025-02-03-session-01")
        #expect(scaffold.number == 1)
        _ = try site.addEvent(scaffold)
        let removed = try site.removeStarterEvent(keeping: scaffold.slug)
        #expect(removed == root + "/" + Self.starter)
        #expect(!FileManager.default.fileExists(atPath: root + "/" + Self.starter))
        let run = CheckRun.run(.disk(root: root), strict: false)
        #expect(run.content.events.map(\.slug) == ["2025-02-03-session-01"])
    }

    @Test func anEditedStarterIsKept() throws {
        let (folder, root) = try ScaffoldTests.initSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let venue = root + "/" + Self.starter + "/event.yaml"
        let text = ScaffoldTests.read(venue).replacingOccurrences(of: "venue: \(Placeholder.marker)", with: "venue: 新宿")
        try Data(text.utf8).write(to: URL(fileURLWithPath: venue))
        let worksheetSite = try ExistingSite.load(root: root)
        #expect(worksheetSite.untouchedStarterEvent() == nil)
        #expect(try worksheetSite.removeStarterEvent(keeping: "x") == nil)

        let (other, otherRoot) = try ScaffoldTests.initSite()
        defer { try? FileManager.default.removeItem(at: other) }
        try Data("---\nparticipant: A-01\ngroup: A\nindustry: 卸売\n---\n".utf8)
            .write(to: URL(fileURLWithPath: otherRoot + "/" + Self.starter + "/worksheets/A-01.md"))
        #expect(try ExistingSite.load(root: otherRoot).untouchedStarterEvent() == nil, "a worksheet makes it a real event")
    }

    @Test func keepGoingLeavesOutAParticipantThatCannotBeAFolder() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repo.content), to: content)
        let event = try #require(try FileManager.default.contentsOfDirectory(atPath: content.path + "/events").sorted().first)
        let long = "A" + String(repeating: "-_", count: 150)
        let sheet = content.appendingPathComponent("events/\(event)/worksheets/long.md")
        try Data("---\nparticipant: \(long)\ngroup: A\nindustry: 卸売\n---\n".utf8).write(to: sheet)
        let run = CheckRun.run(.disk(root: content.path), strict: false)
        #expect(run.findings.contains { $0.code == .invalidPathSegment && $0.location.file == "events/\(event)/worksheets/long.md" && $0.location.line == 2 })
        let options = BuildOptions(root: content.path, output: folder.appendingPathComponent("Output").path,
                                   themesFolder: Self.repo.appendingPathComponent("Themes").path, keepGoing: true)
        let report = try SiteBuild(options: options).run()
        #expect(report.leftOutFiles.contains("events/\(event)/worksheets/long.md"))
        #expect(!report.pagesWritten.contains { $0.contains(long) })
    }
}
