import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopModel
@testable import WorkshopRender

@Suite("Keep going")
struct KeepGoingTests {
    let badFile = "events/2024-10-08-session-06/worksheets/B-01.md"

    @Test func leavesOutFilesWithErrorsAndListsThem() throws {
        let findings = [Finding(.unknownProcedure, at: SourceLocation(file: badFile, line: 14, column: 5), "unknown procedure '6-4'")]
        let kept = LeftOutFiles(findings: findings).apply(to: SampleContent.content())
        #expect(kept.leftOut == [badFile])
        #expect(kept.content.events.first?.worksheets.contains { $0.participant == "B-01" } == false)
        let files = try SiteRenderer(theme: Repo.defaultTheme(), options: BuildOptions(keepGoing: true))
            .render(content: kept.content, findings: findings, leftOutFiles: kept.leftOut)
        let problems = try #require(files.first { $0.path == "problems/index.html" }).text
        #expect(problems.contains(badFile))
        #expect(problems.contains("unknown-procedure"))
        #expect(!files.contains { $0.path.contains("worksheets/B-01/") })
    }

    @Test func publicBuildHasNoProblemsPage() throws {
        let findings = [Finding(.unknownProcedure, at: SourceLocation(file: badFile, line: 14, column: 5), "x")]
        let files = try SiteRenderer(theme: Repo.defaultTheme(), options: BuildOptions(audience: .public, keepGoing: true))
            .render(content: SampleContent.content(), findings: findings, leftOutFiles: [badFile])
        #expect(!files.contains { $0.path.hasPrefix("problems/") })
    }

    /// End to end on disk: errors stop the build and keep the old output;
    /// --keep-going builds the rest.
    @Test func buildRefusesOnErrorsUnlessKeepGoing() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Repo.content), to: content)
        let attributes = try FileManager.default.attributesOfItem(atPath: content.path)
        try #require(attributes[.type] as? FileAttributeType == .typeDirectory, "the copy must be a real folder")
        let output = folder.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "previous".write(to: output.appendingPathComponent("marker.txt"), atomically: true, encoding: .utf8)
        let worksheet = content.appendingPathComponent("events/2024-10-08-session-06/worksheets/Z-99.md")
        try """
        ---
        participant: Z-99
        group: NOPE
        industry: テスト
        ---

        ## ① 事業影響の認識

        ### 脅威 3
        - 事業内容: x
        - 影響: y
        """.write(to: worksheet, atomically: true, encoding: .utf8)
        // An event whose event.yaml is not YAML: the whole event is left out.
        let broken = content.appendingPathComponent("events/2024-11-05-session-08")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try "title: [never closed\ndate: 2024-11-05\n".write(to: broken.appendingPathComponent("event.yaml"), atomically: true, encoding: .utf8)
        var options = BuildOptions(root: content.path, output: output.path, themesFolder: Repo.themes)
        #expect(throws: BuildError.self) { try SiteBuild(options: options).run() }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("marker.txt").path))

        options.keepGoing = true
        let report = try SiteBuild(options: options).run()
        #expect(report.leftOutFiles.contains { $0.hasSuffix("2024-11-05-session-08/event.yaml") }, "\(report.leftOutFiles)")
        #expect(report.steps == ["load", "photos", "check", "theme", "render", "write"])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("problems/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("marker.txt").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("events/2024-10-08-session-06/worksheets/Z-99/index.html").path))
    }
}
