import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopLoad
import WorkshopModel
import WorkshopRender

/// The one pipeline (`SitePipeline`) and the output sinks: the same build
/// whether its content comes from disk or memory and its files go to a
/// folder or to memory; the renderer module stays free of disk and processes.
@Suite("Pipeline and output sinks")
struct PipelineTests {
    /// Every file under `folder`, by relative path.
    static func files(under folder: URL) throws -> [String: Data] {
        var table: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return table }
        for case let path as String in walker {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            table[path] = try Data(contentsOf: URL(fileURLWithPath: base + "/" + path))
        }
        return table
    }

    static let smallSite: [String: String] = [
        "site.yaml": "title: 記憶の中のサイト\nlanguage: ja\n",
        "catalogs/threats-2024.yaml": """
            id: threats-2024
            title: 情報セキュリティ10大脅威 2024
            threats:
              - id: 1
                title: ランサムウェアによる被害
              - id: 2
                title: 内部不正による情報漏えい等の被害
            """,
        "catalogs/controls-2024.yaml": """
            id: controls-2024
            title: 管理策
            controls:
              - no: 6
                category: people
                iso: "6.3"
                title: 教育
                procedures:
                  - id: 6-1
                    text: 研修を行う
            """,
        "events/2024-10-08-s/event.yaml": """
            title: 第1回
            date: 2024-10-08
            threats: threats-2024
            controls: controls-2024
            groups:
              - id: A
                name: Aグループ
            """,
        "events/2024-10-08-s/worksheets/A-01.md": """
            ---
            participant: A-01
            group: A
            industry: 卸売
            publish: true
            ---
            ## ① 事業影響の認識
            ### 脅威 2
            - 事業内容: 電子部品の卸売
            - 影響: 取引先情報が漏れる。
            - 影響度: 高

            ## ② 有効な実施手順
            ### 6-1
            - 脅威: 2
            - 理由: 人的対策が効く。

            ## ③ 課題と解決手段
            ### 6-1
            - 課題: 教える人がいない。
              - 解決手段: 外部研修を使う。
            """,
    ]

    @Test func memorySinkHoldsExactlyWhatTheFolderSinkWrites() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output")
        let options = BuildOptions(root: Repo.content, output: output.path, themesFolder: Repo.themes)
        let onDisk = try SiteBuild(options: options).run()
        let memory = MemoryOutput()
        let inMemory = try SiteBuild(options: options, sink: .memory(memory)).run()
        #expect(inMemory.pagesWritten == onDisk.pagesWritten)
        let written = try Self.files(under: output).filter { !$0.key.hasPrefix(".") }
        #expect(written.count > 50)
        #expect(memory.files == written)
    }

    @Test func aBuildFromMemoryToMemoryTouchesNoDisk() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Neither the root nor the output exists: every read and write goes through the injected file system and sink.
        let options = BuildOptions(root: folder.appendingPathComponent("no-such-content").path,
                                   output: folder.appendingPathComponent("no-such-output").path, themesFolder: Repo.themes)
        let memory = MemoryOutput()
        let report = try SiteBuild(options: options, files: .memory(Self.smallSite), sink: .memory(memory)).run()
        #expect(report.findings.filter { $0.severity == .error }.isEmpty)
        #expect(Set(memory.files.keys) == Set(report.pagesWritten))
        let page = try #require(memory.files["events/2024-10-08-s/worksheets/A-01/index.html"])
        #expect(String(decoding: page, as: UTF8.self).contains("外部研修を使う"))
        #expect(!FileManager.default.fileExists(atPath: options.output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aFailedBuildCommitsNothingToTheSink() throws {
        var site = Self.smallSite
        site["events/2024-10-08-s/worksheets/A-02.md"] = "---\nparticipant: [unclosed\n---\n"
        let memory = MemoryOutput()
        let options = BuildOptions(root: "/nonexistent", output: "/nonexistent-out", themesFolder: Repo.themes)
        #expect(throws: BuildError.self) { try SiteBuild(options: options, files: .memory(site), sink: .memory(memory)).run() }
        #expect(memory.files.isEmpty)
        // The same pipeline's keep-going rule leaves the broken file out and builds the rest.
        var keepGoing = options
        keepGoing.keepGoing = true
        let report = try SiteBuild(options: keepGoing, files: .memory(site), sink: .memory(memory)).run()
        #expect(report.leftOutFiles == ["events/2024-10-08-s/worksheets/A-02.md"])
        #expect(memory.files["events/2024-10-08-s/worksheets/A-01/index.html"] != nil)
    }

    @Test func theKeepGoingRuleIsThePipelines() throws {
        var site = Self.smallSite
        site["events/2024-10-08-s/worksheets/A-02.md"] = "---\nparticipant: [unclosed\n---\n"
        let pipeline = SitePipeline(options: BuildOptions(), files: .memory(site))
        let loaded = pipeline.load()
        let findings = pipeline.findings(loaded.findings + loaded.content.events.flatMap { pipeline.check(event: $0, in: loaded.content) })
        #expect(findings.hasErrors)
        #expect(throws: BuildError.self) { try pipeline.keepGoing(loaded.content, findings: findings) }
        var options = BuildOptions()
        options.keepGoing = true
        let kept = try SitePipeline(options: options, files: .memory(site)).keepGoing(loaded.content, findings: findings)
        #expect(kept.leftOut == ["events/2024-10-08-s/worksheets/A-02.md"])
        #expect(kept.content.events.first?.worksheets.map(\.participant) == ["A-01"])
    }

    @Test func oneWorksheetIsReadAgainAsTheLoaderReadsIt() throws {
        let pipeline = SitePipeline(options: BuildOptions(), files: .memory(Self.smallSite))
        let loaded = pipeline.load()
        let path = "events/2024-10-08-s/worksheets/A-01.md"
        let again = try #require(pipeline.worksheet(at: path, language: .ja))
        #expect(again.worksheet == loaded.content.events.first?.worksheets.first)
        #expect(pipeline.worksheet(at: "events/2024-10-08-s/worksheets/gone.md", language: .ja) == nil)
        // The loader's size limit holds for a worksheet read again, before a byte is read.
        var site = Self.smallSite
        site["events/2024-10-08-s/worksheets/A-02.md"] = String(repeating: "x", count: SourceText.maximumSize + 1)
        let big = try #require(SitePipeline(options: BuildOptions(), files: .memory(site)).worksheet(at: "events/2024-10-08-s/worksheets/A-02.md", language: .ja))
        #expect(big.worksheet == nil)
        #expect(big.findings.map(\.code) == [.fileTooLarge])
    }

    /// The CLI's messages and the loader agree on the language, however site.yaml writes it.
    @Test(arguments: [
        ("title: t\nlanguage: en\n", Language.en),
        ("title: t\nlanguage: \"en\"\n", .en),
        ("title: t\nlanguage: 'ja'   # Japanese\n", .ja),
        ("title: t\nlanguage: EN\n", .en),
        ("title: t\nlanguage: en-GB\n", .en),
        ("title: t\nlanguage: english\n", .ja),
        ("title: t\n", .ja),
        ("title: t\nlanguage: fr\n", .ja),
        ("title: [unclosed\nlanguage: en\n", .en),
        ("language: en\ntitle: t\n  bad: indentation\n", .en),
    ])
    func theSiteLanguageIsReadOneWay(yaml: String, expected: Language) {
        let loaded = ContentLoader(fileSystem: .memory(["site.yaml": yaml])).load().content.site.language
        #expect(SiteLanguage.of(siteYAML: yaml) == loaded)
        #expect(SiteLanguage.read(.memory(["site.yaml": yaml])) == loaded)
        #expect(loaded == expected)
    }

    /// The renderer is pure: no file system, no processes, no environment. Building, serving and printing do those.
    @Test func theRendererModuleReadsNoDiskAndStartsNoProcess() throws {
        let folder = Repo.root.appendingPathComponent("Sources/WorkshopRender")
        let forbidden = ["FileManager", "Process(", "Data(contentsOf", "String(contentsOf", "contentsOfFile", "contentsOfDirectory", "fopen(", "Foundation.open(", "mkdir(", "unlink(",
                         "rename(", ".write(to:", "environment[", "currentDirectoryPath", "Bundle."]
        var found: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                guard !code.hasPrefix("//") else { continue }
                for word in forbidden where code.contains(word) { found.append("\(name):\(number + 1): \(word)") }
            }
        }
        #expect(found.isEmpty, "WorkshopRender must stay pure: \(found)")
    }
}
