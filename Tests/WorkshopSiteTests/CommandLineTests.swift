import Foundation
import Testing
import WorkshopModel

/// The `workshop` binary's own messages for a wrong command line: the site's
/// language (site.yaml under `--root`, else the locale), exit status 2.
@Suite struct CommandLineTests {
    static let binary = ScaffoldTests.repo.appendingPathComponent(".build/debug/workshop").path

    static func run(_ arguments: [String], in folder: URL, environment: [String: String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { a, _ in a }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func site(_ language: Language) throws -> URL {
        let folder = ScaffoldTests.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Content"), withIntermediateDirectories: true)
        try Data("title: T\nlanguage: \(language.rawValue)\n".utf8).write(to: folder.appendingPathComponent("Content/site.yaml"))
        return folder
    }

    @Test func theBinaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary), "swift build first: \(Self.binary)")
    }

    @Test func anUnknownOptionOnAJapaneseSiteIsJapanese() throws {
        let folder = try Self.site(.ja)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, stderr) = try Self.run(["check", "--bogus"], in: folder, environment: ["LANG": "C.UTF-8"])
        #expect(status == 2)
        #expect(stderr.contains("エラー: 不明なオプション '--bogus' です"), "\(stderr)")
        #expect(stderr.contains("使い方: "))
        #expect(!stderr.contains("Unknown option"))
        let near = try Self.run(["check", "--strictt"], in: folder, environment: ["LANG": "C.UTF-8"])
        #expect(near.status == 2)
        #expect(near.stderr.contains("不明なオプション '--strictt' です（'--strict' のことですか？）"), "\(near.stderr)")
    }

    @Test func aWrongJoinCodeIsExplainedInTheSitesLanguage() throws {
        let japanese = try Self.site(.ja)
        defer { try? FileManager.default.removeItem(at: japanese) }
        let (status, stderr) = try Self.run(["serve", "--collect", "--join-code", "AB10"], in: japanese, environment: ["LANG": "C.UTF-8"])
        #expect(status == 2)
        #expect(stderr.contains("エラー: --join-code は 6 文字以上にしてください（いまは 4 文字）"), "\(stderr)")
        #expect(!stderr.contains("must have"))
        let letters = try Self.run(["serve", "--join-code", "ABC10O"], in: japanese, environment: ["LANG": "C.UTF-8"])
        #expect(letters.stderr.contains("エラー: --join-code に使える文字は"), "\(letters.stderr)")
        let english = try Self.site(.en)
        defer { try? FileManager.default.removeItem(at: english) }
        let short = try Self.run(["serve", "--join-code", "AB10"], in: english, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(short.stderr.contains("Error: --join-code must have at least 6 characters (it has 4)"), "\(short.stderr)")
    }

    @Test func aMissingValueFollowsTheSiteUnderRoot() throws {
        let folder = try Self.site(.en)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.moveItem(at: folder.appendingPathComponent("Content"), to: folder.appendingPathComponent("site"))
        let (status, stderr) = try Self.run(["build", "--root", "site", "--output"], in: folder, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(status == 2)
        #expect(stderr.contains("Missing value for '--output <output>'"), "\(stderr)")
    }

    @Test func withoutASiteTheLocaleDecides() throws {
        let folder = ScaffoldTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let japanese = try Self.run(["check", "--format", "xml"], in: folder, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(japanese.status == 2)
        #expect(japanese.stderr.contains("'--format <format>' に 'xml' は使えません"), "\(japanese.stderr)")
        let english = try Self.run(["check", "--format", "xml"], in: folder, environment: ["LANG": "en_GB.UTF-8"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("The value 'xml' is invalid for '--format <format>'"), "\(english.stderr)")
        let missing = try Self.run(["new", "worksheet", "--event", "e"], in: folder, environment: ["LC_ALL": "ja_JP.UTF-8"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("の値がありません") || missing.stderr.contains("がありません"), "\(missing.stderr)")
        #expect(!missing.stderr.contains("Missing"), "\(missing.stderr)")
    }

    @Test func theToolsOwnFailuresFollowTheLanguageToo() throws {
        let folder = ScaffoldTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, stderr) = try Self.run(["check", "--root", "nowhere"], in: folder, environment: ["LANG": "ja_JP.UTF-8"])
        #expect(status == 2)
        #expect(stderr.contains("nowhere") && stderr.contains("ありません"), "\(stderr)")
    }
}
