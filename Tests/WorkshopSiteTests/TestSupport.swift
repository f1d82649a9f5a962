import Foundation
@testable import WorkshopBuild
import WorkshopModel
@testable import WorkshopRender

/// Paths in the repository, found from this file (never from ../shared).
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var themes: String { root.appendingPathComponent("Themes").path }
    /// The sample content, symlinks resolved (a test copies it and must never write into the original).
    static var content: String { root.appendingPathComponent("Content").resolvingSymlinksInPath().path }

    static func defaultTheme() throws -> SiteTheme {
        try SiteTheme.load(name: "default", searching: [themes])
    }

    static func render(_ content: Content = SampleContent.content(), audience: Audience = .facilitator, baseURL: String? = nil,
                       findings: [Finding] = [], theme: SiteTheme? = nil) throws -> [String: RenderedFile] {
        let options = BuildOptions(audience: audience, baseURL: baseURL)
        let files = try SiteRenderer(theme: theme ?? defaultTheme(), options: options).render(content: content, findings: findings)
        return Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-site-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
