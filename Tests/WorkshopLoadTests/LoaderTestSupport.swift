import Foundation
import WorkshopLoad
import WorkshopModel

/// Paths and small tools shared by the loader tests.
enum LoaderTestSupport {
    /// The repository root, found from this file's path.
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var contentRoot: String { repoRoot.appendingPathComponent("Content").path }

    static let site = "title: テスト\nlanguage: ja\n"
    static let englishSite = "title: Test\nlanguage: en\n"

    /// A site with one tiny threat catalogue and control table, so events need not name them.
    static let minimal: [String: String] = [
        "site.yaml": site,
        "catalogs/threats.yaml": "id: t\ntitle: T\nthreats:\n  - { id: 1, title: ランサムウェア }\n",
        "catalogs/controls.yaml": "id: c\ntitle: C\ncontrols:\n  - { no: 1, category: 組織, iso: \"5.1\", title: 方針, procedures: [{ id: 1-1, text: 策定。 }] }\n",
    ]

    /// `files` on top of `minimal`.
    static func loadMinimal(_ files: [String: String]) -> LoadResult {
        load(minimal.merging(files) { _, new in new })
    }

    static func load(_ files: [String: String]) -> LoadResult {
        ContentLoader(fileSystem: .memory(files)).load()
    }

    static func loadBytes(_ files: [String: Data]) -> LoadResult {
        ContentLoader(fileSystem: .memory(files)).load()
    }

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: repoRoot.appendingPathComponent(relativePath), encoding: .utf8)
    }
}

extension LoadResult {
    func findings(_ code: FindingCode) -> [Finding] { findings.filter { $0.code == code } }

    func findings(in file: String) -> [Finding] { findings.filter { $0.location.file == file } }
}
