import Foundation
import Testing
import WorkshopBuild
import WorkshopRender
@testable import WorkshopServe

@Suite("Incremental rebuild")
struct IncrementalBuildTests {
    static func tree(_ folder: String) -> [String: Data] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [:] }
        var files: [String: Data] = [:]
        for case let path as String in enumerator {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: folder + "/" + path)
            }
        }
        return files
    }

    @Test func oneEditedWorksheetGivesTheSameBytesAsAFullBuild() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        for (name, group) in [("A-01", "A"), ("B-01", "B"), ("B-02", "B")] {
            try Data(ServeFixture.worksheet(name, group: group).utf8).write(to: fixture.worksheets.appendingPathComponent("\(name).md"))
        }
        let server = await fixture.server()
        #expect(await server.site.lastFailure == nil)

        let edited = "events/\(ServeFixture.slug)/worksheets/A-01.md"
        try Data(ServeFixture.worksheet("A-01", reason: "編集後の理由です。").utf8).write(to: fixture.worksheets.appendingPathComponent("A-01.md"))
        let result = await server.site.rebuild(changed: [edited], themeChanged: false)
        #expect(result.failure == nil)
        #expect(result.incremental)
        #expect(result.filesChanged > 0)

        var full = server.options.build
        full.output = fixture.folder.appendingPathComponent("Full").path
        _ = try SiteBuild(options: full).run()

        let incremental = Self.tree(fixture.output)
        let reference = Self.tree(full.output)
        #expect(incremental.keys.sorted() == reference.keys.sorted())
        for (path, data) in reference {
            #expect(incremental[path] == data, "differs: \(path)")
        }
        #expect(incremental.values.contains { String(decoding: $0, as: UTF8.self).contains("編集後の理由です。") })
    }

    @Test func aNewWorksheetIsAddedAndOtherChangesBuildEverything() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let server = await fixture.server()
        try Data(ServeFixture.worksheet("A-05").utf8).write(to: fixture.worksheets.appendingPathComponent("A-05.md"))
        // The event's first worksheet makes its group sheets expected (new findings): a full build.
        let first = await server.site.rebuild(changed: ["events/\(ServeFixture.slug)/worksheets/A-05.md"], themeChanged: false)
        #expect(first.failure == nil)
        try Data(ServeFixture.worksheet("A-06").utf8).write(to: fixture.worksheets.appendingPathComponent("A-06.md"))
        let added = await server.site.rebuild(changed: ["events/\(ServeFixture.slug)/worksheets/A-06.md"], themeChanged: false)
        #expect(added.incremental)
        #expect(await server.site.currentContent.events.first?.worksheets.map(\.participant) == ["A-05", "A-06"])

        let site = await server.site.rebuild(changed: ["site.yaml"], themeChanged: false)
        #expect(!site.incremental)
        #expect(site.failure == nil)
    }

    @Test func anErrorLeavesTheFileOutAndTheFixBringsItBack() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let server = await fixture.server()
        let path = "events/\(ServeFixture.slug)/worksheets/A-01.md"
        try Data(ServeFixture.worksheet("A-01", group: "Z").utf8).write(to: fixture.worksheets.appendingPathComponent("A-01.md"))
        let broken = await server.site.rebuild(changed: [path], themeChanged: false)
        #expect(broken.failure == nil)
        #expect(broken.leftOut == [path])
        #expect(broken.findings.contains { $0.code == .unknownGroup && $0.location.file == path })
        #expect(!FileManager.default.fileExists(atPath: fixture.output + "/events/\(ServeFixture.slug)/worksheets/A-01/index.html"))
        try Data(ServeFixture.worksheet("A-01").utf8).write(to: fixture.worksheets.appendingPathComponent("A-01.md"))
        let fixed = await server.site.rebuild(changed: [path], themeChanged: false)
        #expect(fixed.failure == nil)
        #expect(fixed.leftOut.isEmpty)
        #expect(await server.site.lastFailure == nil)
        #expect(FileManager.default.fileExists(atPath: fixture.output + "/events/\(ServeFixture.slug)/worksheets/A-01/index.html"))
    }

    /// Incremental rebuilds while a file has errors give the bytes a full build with the same last good content gives.
    @Test func incrementalWithAnErrorMatchesAFullBuild() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        for (name, group) in [("A-01", "A"), ("A-02", "A"), ("B-01", "B")] {
            try Data(ServeFixture.worksheet(name, group: group).utf8).write(to: fixture.worksheets.appendingPathComponent("\(name).md"))
        }
        let server = await fixture.server()
        let broken = "events/\(ServeFixture.slug)/worksheets/A-02.md"
        try Data(ServeFixture.worksheet("A-02", group: "B", procedure: "6-9").utf8).write(to: fixture.worksheets.appendingPathComponent("A-02.md"))
        #expect(await server.site.rebuild(changed: [broken], themeChanged: false).keptFromBefore == [broken])
        let edited = "events/\(ServeFixture.slug)/worksheets/B-01.md"
        try Data(ServeFixture.worksheet("B-01", group: "B", reason: "編集後の理由です。").utf8).write(to: fixture.worksheets.appendingPathComponent("B-01.md"))
        let result = await server.site.rebuild(changed: [edited], themeChanged: false)
        #expect(result.incremental)
        let incremental = Self.tree(fixture.output)
        _ = await server.site.fullBuild()
        let full = Self.tree(fixture.output)
        #expect(incremental.keys.sorted() == full.keys.sorted())
        for (path, data) in full { #expect(incremental[path] == data, "differs: \(path)") }
        // The fix: A-02 moves to group B; group A's page loses it, group B's gains it.
        try Data(ServeFixture.worksheet("A-02", group: "B").utf8).write(to: fixture.worksheets.appendingPathComponent("A-02.md"))
        let fixed = await server.site.rebuild(changed: [broken], themeChanged: false)
        #expect(fixed.leftOut.isEmpty)
        let afterFix = Self.tree(fixture.output)
        var reference = server.options.build
        reference.output = fixture.folder.appendingPathComponent("Full").path
        _ = try SiteBuild(options: reference).run()
        let built = Self.tree(reference.output)
        #expect(afterFix.keys.sorted() == built.keys.sorted())
        for (path, data) in built { #expect(afterFix[path] == data, "differs after the fix: \(path)") }
    }
}
