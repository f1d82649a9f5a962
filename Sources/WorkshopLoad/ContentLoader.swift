import WorkshopModel

/// Loads a whole content root. (Stub: being written.)
public struct ContentLoader: Sendable {
    public var fileSystem: ContentFileSystem

    public init(fileSystem: ContentFileSystem) {
        self.fileSystem = fileSystem
    }

    public func load() -> LoadResult {
        LoadResult(content: Content(site: SiteConfig(title: "", location: SourceLocation(file: "site.yaml"))), findings: [], fileCount: 0)
    }
}
