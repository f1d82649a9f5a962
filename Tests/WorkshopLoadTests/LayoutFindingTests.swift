import Foundation
import Testing
import WorkshopModel
@testable import WorkshopLoad

/// Files where folders belong, and names that are not UTF-8.
@Suite struct LayoutFindingTests {
    @Test(arguments: ["events/e/worksheets", "events/e/groups", "events/e/seminar", "catalogs", "events"])
    func aFileWhereAFolderBelongsIsAWarning(path: String) {
        var files = LoaderTestSupport.minimal
        files["events/e/event.yaml"] = "title: 第1回\ndate: 2026-12-08\n"
        if path == "catalogs" { files = files.filter { !$0.key.hasPrefix("catalogs/") } }
        if path == "events" { files = files.filter { !$0.key.hasPrefix("events/") } }
        files[path] = "A-01\n"
        let result = LoaderTestSupport.load(files)
        let found = result.findings(.unexpectedFile).filter { $0.location.file == path }
        #expect(found.count == 1, "\(result.findings.map { "\($0.location.file): \($0.message)" })")
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("フォルダ") == true)
    }

    @Test func aNameThatIsNotUTF8IsNamedSo() {
        var files = LoaderTestSupport.minimal
        files["events/e/event.yaml"] = "title: 第1回\ndate: 2026-12-08\n"
        files["events/e/worksheets/A\u{FFFD}\u{FFFD}.md"] = "---\nparticipant: A\n---\n"
        let result = LoaderTestSupport.load(files)
        let found = result.findings(.unexpectedFile)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("UTF-8") == true)
        #expect(found.first?.message.contains("Markdown") == false)
        #expect(result.content.events.first?.worksheets.isEmpty == true)
    }

    /// On the real disk: a name with Shift_JIS bytes, as an old zip leaves it.
    @Test func aShiftJISNameOnDiskIsNamedSo() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let worksheets = root.appendingPathComponent("events/e/worksheets")
        try FileManager.default.createDirectory(at: worksheets, withIntermediateDirectories: true)
        try Data(LoaderTestSupport.site.utf8).write(to: root.appendingPathComponent("site.yaml"))
        try Data("title: 第1回\ndate: 2026-12-08\n".utf8).write(to: root.appendingPathComponent("events/e/event.yaml"))
        // 山田.md in Shift_JIS: 0x8E 0x52 0x93 0x63.
        var path = Array(worksheets.path.utf8) + Array("/".utf8) + [0x8E, 0x52, 0x93, 0x63] + Array(".md".utf8)
        path.append(0)
        let fd = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(fd >= 0)
        close(fd)
        let result = ContentLoader(fileSystem: .disk(root: root.path)).load()
        let found = result.findings.filter { $0.location.file.hasPrefix("events/e/worksheets/") }
        #expect(found.count == 1, "\(found.map(\.message))")
        #expect(found.first?.message.contains("UTF-8") == true, "\(found.map(\.message))")
    }
}
