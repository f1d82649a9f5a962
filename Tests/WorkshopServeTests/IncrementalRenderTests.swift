import Foundation
import Testing
import WorkshopBuild
import WorkshopModel
import WorkshopRender
@testable import WorkshopServe

/// The incremental rebuild after worksheet edits renders only the affected
/// pages, yet the output folder ends up byte for byte what a full build
/// gives: same files, same bytes, no extra files or folders.
@Suite("Incremental render")
struct IncrementalRenderTests {
    static let slug = ServeFixture.slug

    /// Group A presented (published), group B did not publish its sheet.
    static func groupSheet(_ group: String, publish: Bool) -> String {
        """
        ---
        group: \(group)
        threats: [3]
        industries: [卸業]
        publish: \(publish)
        ---

        ## ① 事業影響の認識
        - 取引先情報の漏えい。

        ## ② 共通認識
        ### 6-1
        - 理由: 人的対策が効果的。

        ## ③ 課題と解決手段
        - 課題: 教育できる人材がいない。
          - 解決手段: 外部研修を活用する。

        """
    }

    /// A fixture with group sheets and worksheets, B-01 (B-01 published), built once.
    static func builtSite() async throws -> (ServeFixture, DevServer) {
        let fixture = try ServeFixture.make()
        let groups = URL(fileURLWithPath: fixture.root).appendingPathComponent("events/\(slug)/groups")
        try FileManager.default.createDirectory(at: groups, withIntermediateDirectories: true)
        try Data(groupSheet("A", publish: true).utf8).write(to: groups.appendingPathComponent("A.md"))
        try Data(groupSheet("B", publish: false).utf8).write(to: groups.appendingPathComponent("B.md"))
        try write(fixture, "A-01")
        try write(fixture, "A-02")
        try write(fixture, "B-01", text: ServeFixture.worksheet("B-01", group: "B").replacingOccurrences(of: "industry: 卸売業", with: "industry: 小売業\npublish: true"))
        let server = await fixture.server()
        return (fixture, server)
    }

    static func write(_ fixture: ServeFixture, _ name: String, text: String? = nil) throws {
        try Data((text ?? ServeFixture.worksheet(name)).utf8).write(to: fixture.worksheets.appendingPathComponent("\(name).md"))
    }

    static func path(_ name: String) -> String { "events/\(slug)/worksheets/\(name).md" }

    /// Every file and every folder under `folder`.
    static func tree(_ folder: String) -> (files: [String: Data], folders: Set<String>) {
        var files: [String: Data] = [:]
        var folders = Set<String>()
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return ([:], []) }
        for case let path as String in enumerator {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue { folders.insert(path) } else { files[path] = FileManager.default.contents(atPath: folder + "/" + path) }
        }
        return (files, folders)
    }

    /// A full build of the same content into another folder must give the same tree.
    static func expectSameAsFullBuild(_ fixture: ServeFixture, _ server: DevServer, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        var full = server.options.build
        full.output = fixture.folder.appendingPathComponent("Full-\(UUID().uuidString)").path
        _ = try SiteBuild(options: full).run()
        let incremental = tree(fixture.output)
        let reference = tree(full.output)
        #expect(incremental.files.keys.sorted() == reference.files.keys.sorted(), sourceLocation: sourceLocation)
        #expect(incremental.folders == reference.folders, sourceLocation: sourceLocation)
        for (path, data) in reference.files {
            #expect(incremental.files[path] == data, "differs: \(path)", sourceLocation: sourceLocation)
        }
        try? FileManager.default.removeItem(atPath: full.output)
    }

    /// Edits one worksheet, rebuilds, and compares with a full build.
    static func edit(_ name: String, to text: String?, expectIncremental: Bool = true) async throws {
        let (fixture, server) = try await Self.builtSite()
        defer { fixture.remove() }
        let file = fixture.worksheets.appendingPathComponent("\(name).md")
        if let text { try Data(text.utf8).write(to: file) } else { try FileManager.default.removeItem(at: file) }
        let result = await server.site.rebuild(changed: [path(name)], themeChanged: false)
        #expect(result.failure == nil)
        #expect(result.incremental == expectIncremental)
        try expectSameAsFullBuild(fixture, server)
    }

    @Test func editedText() async throws {
        try await Self.edit("A-01", to: ServeFixture.worksheet("A-01", reason: "編集後の理由です。"))
    }

    @Test func anotherChosenProcedure() async throws {
        try await Self.edit("A-02", to: ServeFixture.worksheet("A-02", procedure: "6-3"))
    }

    @Test func anotherGroup() async throws {
        try await Self.edit("A-01", to: ServeFixture.worksheet("A-01", group: "B"))
    }

    @Test func publishedNow() async throws {
        try await Self.edit("A-01", to: ServeFixture.worksheet("A-01").replacingOccurrences(of: "industry: 卸売業", with: "industry: 卸売業\npublish: true"))
    }

    @Test func noLongerPublished() async throws {
        try await Self.edit("B-01", to: ServeFixture.worksheet("B-01", group: "B", reason: "非公開にしました。"))
    }

    /// A published worksheet moves its obstacle to another control (a knowledge base page
    /// appears), then is no longer published (the page goes): site-wide pages come and go too.
    @Test func knowledgeBasePagesComeAndGo() async throws {
        let (fixture, server) = try await Self.builtSite()
        defer { fixture.remove() }
        let page = fixture.output + "/knowledge/\(ServeFixture.controlTableID)/13/index.html"
        #expect(!FileManager.default.fileExists(atPath: page))
        let file = fixture.worksheets.appendingPathComponent("B-01.md")
        let published = ServeFixture.worksheet("B-01", group: "B", procedure: "13-1").replacingOccurrences(of: "industry: 卸売業", with: "industry: 小売業\npublish: true")
        for text in [published, ServeFixture.worksheet("B-01", group: "B", procedure: "13-1")] {
            try Data(text.utf8).write(to: file)
            let result = await server.site.rebuild(changed: [Self.path("B-01")], themeChanged: false)
            #expect(result.failure == nil && result.incremental)
            try Self.expectSameAsFullBuild(fixture, server)
            #expect(FileManager.default.fileExists(atPath: page) == (text == published))
        }
    }

    @Test func renamedParticipant() async throws {
        try await Self.edit("A-02", to: ServeFixture.worksheet("A-09"))
    }

    @Test func newWorksheet() async throws {
        try await Self.edit("B-07", to: ServeFixture.worksheet("B-07", group: "B"))
    }

    @Test func deletedWorksheet() async throws {
        try await Self.edit("A-02", to: nil)
    }

    @Test func aWarningAddsToTheProblemsPage() async throws {
        // An unknown procedure id is a warning or an error; either way the output must stay exact or the build fail.
        let (fixture, server) = try await Self.builtSite()
        defer { fixture.remove() }
        try Self.write(fixture, "A-01", text: ServeFixture.worksheet("A-01").replacingOccurrences(of: "- 影響度: 高\n", with: ""))
        let result = await server.site.rebuild(changed: [Self.path("A-01")], themeChanged: false)
        #expect(result.failure == nil)
        try Self.expectSameAsFullBuild(fixture, server)
    }

    @Test func onlyAffectedFilesAreWritten() async throws {
        let (fixture, server) = try await Self.builtSite()
        defer { fixture.remove() }
        // A file no worksheet affects: changed by hand, a rebuild must not touch it (nothing unaffected is rendered or written).
        let notFound = URL(fileURLWithPath: fixture.output).appendingPathComponent("404.html")
        try Data("hand-edited".utf8).write(to: notFound)
        try Self.write(fixture, "A-01", text: ServeFixture.worksheet("A-01", reason: "一か所だけ変更。"))
        let result = await server.site.rebuild(changed: [Self.path("A-01")], themeChanged: false)
        #expect(result.incremental)
        #expect(try String(contentsOf: notFound, encoding: .utf8) == "hand-edited")
        // The worksheet page, its group's three pages, all-groups print, the report (group A published), aggregates, event.json, procedures.csv.
        #expect(result.filesChanged <= 10)
        #expect(result.filesChanged >= 3)
        // Saving the same bytes again writes nothing.
        let again = await server.site.rebuild(changed: [Self.path("A-01")], themeChanged: false)
        #expect(again.incremental)
        #expect(again.filesChanged == 0)
    }
}
