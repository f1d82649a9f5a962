import Foundation
import Testing
import WorkshopModel
@testable import WorkshopLoad

@Suite struct HostileInputTests {
    static let event = ["events/e/event.yaml": "title: x\ndate: 2024-10-08\n"]

    func loadMinimal(_ files: [String: Data]) -> LoadResult {
        var all = LoaderTestSupport.minimal.mapValues { Data($0.utf8) }
        for (path, text) in Self.event { all[path] = Data(text.utf8) }
        all.merge(files) { _, new in new }
        return LoaderTestSupport.loadBytes(all)
    }

    @Test func emptyWorksheetIsNotedAndStillHandedOn() {
        let result = loadMinimal(["events/e/worksheets/A-01.md": Data()])
        #expect(result.findings(.emptyFile).map(\.location.file) == ["events/e/worksheets/A-01.md"])
        #expect(result.fileCount == 5)
    }

    @Test func seminarWithOnlyFrontMatter() {
        let result = loadMinimal(["events/e/seminar.md": Data("---\ntitle: 題\n---\n".utf8)])
        #expect(result.content.events.first?.seminarPages.first?.title == "題")
        #expect(result.content.events.first?.seminarPages.first?.body == "")
        #expect(result.findings.isEmpty, "\(result.findings)")
    }

    @Test func invalidUTF8AndNULBytes() {
        var shiftJIS = Data("title: x\ndate: 2024-10-08\n".utf8)
        shiftJIS.append(contentsOf: [0x83, 0x5A, 0x83, 0x7E, 0x83, 0x69, 0x81, 0x5B, 0x0A])
        let result = loadMinimal([
            "events/e/event.yaml": shiftJIS,
            "events/e/voices.yaml": Data([0x61, 0x3A, 0x0A, 0x00, 0x01]),
        ])
        #expect(result.findings(.invalidEncoding).map(\.location) == [WorkshopModel.SourceLocation(file: "events/e/event.yaml", line: 3, column: 1)])
        #expect(result.findings(.binaryFile).map(\.location) == [WorkshopModel.SourceLocation(file: "events/e/voices.yaml", line: 2, column: 1)])
        #expect(result.content.events.map(\.slug) == ["e"])
    }

    @Test func hugeFileIsRefusedWithoutReadingIt() {
        let base = ContentFileSystem.memory(LoaderTestSupport.minimal.merging(["events/e/seminar.md": "# small"]) { a, _ in a })
        let fileSystem = ContentFileSystem(
            displayRoot: "Content",
            entries: { folder in
                try base.entries(folder).map { entry in
                    var entry = entry
                    if entry.name == "seminar.md" { entry.size = 20 * 1024 * 1024 }
                    return entry
                }
            },
            read: base.read)
        let result = ContentLoader(fileSystem: fileSystem).load()
        #expect(result.findings(.fileTooLarge).map(\.location.file) == ["events/e/seminar.md"])
        // Had the file been read, its few real bytes would have passed.
        #expect(result.content.events.first?.seminarPages.isEmpty == true)
    }

    @Test(.timeLimit(.minutes(1))) func thousandsOfHeadingsAndDeepLists() {
        let headings = (1...5000).map { "## 見出し \($0)\n\n本文\n" }.joined()
        let deepList = (0..<2000).map { String(repeating: "  ", count: $0) + "- 項目\n" }.joined()
        let result = loadMinimal([
            "events/e/seminar.md": Data(("---\nspeaker: x\n---\n" + headings + deepList).utf8),
            "events/e/worksheets/A-01.md": Data(("---\nparticipant: A-01\ngroup: A\nindustry: x\n---\n" + headings + deepList).utf8),
        ])
        #expect(result.content.events.first?.seminarPages.first?.title == "見出し 1")
    }

    @Test func yamlListInsteadOfMapping() {
        let result = loadMinimal([
            "events/e/event.yaml": Data("- title: x\n- date: 2024-10-08\n".utf8),
            "site.yaml": Data("title: x\n".utf8),
        ])
        let invalid = result.findings(.invalidYAML)
        #expect(invalid.map(\.location) == [WorkshopModel.SourceLocation(file: "events/e/event.yaml", line: 1, column: 1)])
        #expect(invalid.first?.message.contains("リスト") == true)
        #expect(result.content.events.first?.title == "e")
    }

    @Test(.timeLimit(.minutes(1))) func billionLaughsDoesNotExplode() {
        var yaml = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        let names = ["b", "c", "d", "e", "f", "g", "h", "i"]
        var previous = "a"
        for name in names {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        let event = "title: x\ndate: 2024-10-08\ngroups: *i\nschedule: *i\n"
        let result = loadMinimal([
            "events/e/voices.yaml": Data(yaml.utf8),
            "events/e/event.yaml": Data((yaml.replacingOccurrences(of: "\n", with: "\n", options: []) .split(separator: "\n").map { "x" + $0 }.joined(separator: "\n") + "\n" + event).utf8),
        ])
        #expect(result.content.events.first?.voices.categories.first?.items.count == 9)
        #expect(result.findings(.invalidField).count >= 8)
    }

    @Test(.timeLimit(.minutes(1))) func deeplyNestedYAMLDoesNotCrash() {
        let nested = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let result = loadMinimal(["events/e/voices.yaml": Data("learned: \(nested)\n".utf8)])
        #expect(result.content.events.count == 1)
    }

    @Test func symlinksAreReportedNeverFollowed() throws {
        let fileManager = FileManager.default
        let base = fileManager.temporaryDirectory.appendingPathComponent("workshop-loader-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: base) }
        let root = base.appendingPathComponent("Content")
        let outside = base.appendingPathComponent("secret.md")
        try fileManager.createDirectory(at: root.appendingPathComponent("events/e/worksheets"), withIntermediateDirectories: true)
        try Data("title: x\n".utf8).write(to: root.appendingPathComponent("site.yaml"))
        try Data("title: x\ndate: 2024-10-08\n".utf8).write(to: root.appendingPathComponent("events/e/event.yaml"))
        try Data("---\nparticipant: Z\n---\n".utf8).write(to: outside)
        try Data("---\nparticipant: Y\n---\n".utf8).write(to: root.appendingPathComponent("events/e/inside.md"))
        try fileManager.createSymbolicLink(at: root.appendingPathComponent("events/e/worksheets/Z-01.md"), withDestinationURL: outside)
        try fileManager.createSymbolicLink(at: root.appendingPathComponent("events/e/worksheets/Y-01.md"), withDestinationURL: root.appendingPathComponent("events/e/inside.md"))

        let result = ContentLoader(fileSystem: .disk(root: root.path)).load()
        let links = result.findings(.symlinkOutsideRoot)
        #expect(links.map(\.location.file) == ["events/e/worksheets/Y-01.md", "events/e/worksheets/Z-01.md"])
        #expect(links.map(\.severity) == [.note, .warning])
        #expect(result.fileCount == 2)
    }
}
