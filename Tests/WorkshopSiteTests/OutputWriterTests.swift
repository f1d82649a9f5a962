import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopModel
@testable import WorkshopRender

@Suite("Output writer")
struct OutputWriterTests {
    @Test func replacesTheWholeFolder() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output")
        let writer = OutputWriter(output: output.path)
        try writer.write([RenderedFile(path: "index.html", text: "one"), RenderedFile(path: "old/page.html", text: "old")])
        try writer.write([RenderedFile(path: "index.html", text: "two"), RenderedFile(path: "a/b/c.html", text: "c")])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "two")
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("old/page.html").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["Output"])
    }

    /// Files written as they are rendered: nothing shows in the output until
    /// the commit, and a discarded write leaves the old output as it was.
    @Test func aStagedWriteShowsOnlyWhenCommitted() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output")
        let writer = OutputWriter(output: output.path)
        try writer.write([RenderedFile(path: "index.html", text: "old")])

        let failed = try writer.begin()
        try failed.write([RenderedFile(path: "index.html", text: "half")])
        #expect(throws: BuildError.self) { try failed.write([RenderedFile(path: "../escape.html", text: "x")]) }
        failed.discard()
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Output"])

        let staged = try writer.begin()
        try staged.write([RenderedFile(path: "events/a/index.html", text: "a")])
        try staged.write([RenderedFile(path: "events/b/index.html", text: "b"), RenderedFile(path: "index.html", text: "new")])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        try staged.commit()
        #expect(staged.paths == ["events/a/index.html", "events/b/index.html", "index.html"])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: output.appendingPathComponent("events/a/index.html"), encoding: .utf8) == "a")
    }

    /// The streamed render hands over the same files, in the same order, as the whole render.
    @Test func theStreamedRenderIsTheWholeRender() throws {
        let renderer = SiteRenderer(theme: try Repo.defaultTheme(), options: BuildOptions())
        let content = SampleContent.content()
        let whole = try renderer.render(content: content)
        var batches: [[RenderedFile]] = []
        try renderer.render(try renderer.prepareSite(content: content)) { batches.append($0) }
        #expect(batches.count > 2)
        #expect(batches.joined().map(\.path) == whole.map(\.path))
        #expect(batches.joined().map(\.contents) == whole.map(\.contents))
    }

    @Test func aBuildKilledMidwayIsTidiedUpByTheNext() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output")
        let writer = OutputWriter(output: output.path)
        try writer.write([RenderedFile(path: "index.html", text: "old")])
        // A kill between the swap's two renames: the old output aside, an unfinished new one.
        try FileManager.default.moveItem(at: output, to: folder.appendingPathComponent("Output.old-abc"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Output.tmp-def/x"), withIntermediateDirectories: true)
        writer.recoverInterruptedBuild()
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Output"])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Output.tmp-ghi"), withIntermediateDirectories: true)
        try writer.write([RenderedFile(path: "index.html", text: "new")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Output"])
    }

    @Test func keepsHiddenEntriesOfThePreviousOutput() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try "ref".write(to: output.appendingPathComponent(".git/HEAD"), atomically: true, encoding: .utf8)
        try "".write(to: output.appendingPathComponent(".gitkeep"), atomically: true, encoding: .utf8)
        try "stale".write(to: output.appendingPathComponent("stale.html"), atomically: true, encoding: .utf8)
        try OutputWriter(output: output.path).write([RenderedFile(path: "index.html", text: "new")])
        #expect(try String(contentsOf: output.appendingPathComponent(".git/HEAD"), encoding: .utf8) == "ref")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".gitkeep").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.html").path))
    }

    @Test func failedWriteLeavesPreviousOutputIntact() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output")
        let writer = OutputWriter(output: output.path)
        try writer.write([RenderedFile(path: "index.html", text: "previous")])
        // "index.html/x" needs index.html to be a folder and a file at once: the write must fail.
        #expect(throws: BuildError.self) {
            try writer.write([RenderedFile(path: "index.html", text: "new"), RenderedFile(path: "index.html/x", text: "x")])
        }
        #expect(throws: BuildError.self) {
            try writer.write([RenderedFile(path: "../escape.html", text: "x")])
        }
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Output"], "temporary folder removed")
    }

    @Test func updateWritesOnlyChangedFiles() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = OutputWriter(output: folder.appendingPathComponent("Output").path)
        try writer.write([RenderedFile(path: "a.html", text: "a"), RenderedFile(path: "b.html", text: "b")])
        let changed = try writer.update([RenderedFile(path: "a.html", text: "a"), RenderedFile(path: "b.html", text: "B"), RenderedFile(path: "n/c.html", text: "c")])
        #expect(changed == ["b.html", "n/c.html"])
        #expect(try String(contentsOf: folder.appendingPathComponent("Output/b.html"), encoding: .utf8) == "B")
    }
}
