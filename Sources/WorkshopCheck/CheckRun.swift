import WorkshopModel
import WorkshopLoad
import WorkshopPhotos

/// One `workshop check`: load the content root, check it, apply `--strict`.
/// `build` and `serve` start with the same run.
public struct CheckRun: Sendable {
    public var content: Content
    /// Loading and checking findings, ordered by file, line and column.
    public var findings: [Finding]
    public var fileCount: Int

    public var language: Language { content.site.language }

    public init(content: Content, findings: [Finding], fileCount: Int) {
        self.content = content
        self.findings = findings
        self.fileCount = fileCount
    }

    /// Loads and checks everything under the file system's root.
    public static func run(_ fileSystem: ContentFileSystem, strict: Bool) -> CheckRun {
        let loaded = ContentLoader(fileSystem: fileSystem).load()
        let checked = Checker(language: loaded.content.site.language).check(loaded.content)
        // Photos that cannot be processed (not an image, damaged, over the pixel limit); the cache skips those processed before.
        let photos = PhotoProcessor(cache: PhotoCache.beside(contentRoot: fileSystem.displayRoot)).findings(for: loaded.content, fileSystem: fileSystem)
        let findings = Finding.ordered((loaded.findings + checked + photos).applyingStrict(strict))
        return CheckRun(content: loaded.content, findings: findings, fileCount: loaded.fileCount)
    }
}
