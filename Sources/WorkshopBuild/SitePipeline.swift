import WorkshopCheck
import WorkshopLoad
import WorkshopModel
import WorkshopPhotos
import WorkshopRender

/// The one pipeline behind `workshop build`, `serve` (its full and its
/// incremental rebuilds) and `pdf`: the same loader over the same file
/// system, the same photo pass, the same check with `--strict`, the same
/// keep-going rule and the same theme resolution. Each command composes
/// these steps; none has a load or check of its own.
public struct SitePipeline: Sendable {
    public var options: BuildOptions
    /// The content root, as the loader reads it (the disk in the tool, memory in tests).
    public var files: ContentFileSystem

    public init(options: BuildOptions, files: ContentFileSystem? = nil) {
        self.options = options
        self.files = files ?? .disk(root: options.root)
    }

    /// Loads the whole content root.
    public func load() -> LoadResult {
        ContentLoader(fileSystem: files).load()
    }

    /// Reads one worksheet again (`events/<slug>/worksheets/<name>.md`) as the
    /// loader does: nil when the file is gone, else what the loader makes of it.
    public func worksheet(at path: String, language: Language) -> (worksheet: Worksheet?, findings: [Finding])? {
        ContentLoader(fileSystem: files).worksheet(at: path, language: language)
    }

    /// The photos the audience may see (public: published and reviewed), processed
    /// through the cache beside the content root.
    public func photos(for content: Content) -> PhotoAlbum {
        PhotoPass(options: options, files: files).album(for: content)
    }

    /// The findings about one event's meaning (its catalogues, worksheets and group sheets).
    public func check(event: Event, in content: Content) -> [Finding] {
        Checker(language: content.site.language).check(event: event, content: content)
    }

    /// The findings about the catalogues that concern no event (the mappings between them).
    public func check(catalogues content: Content) -> [Finding] {
        Checker(language: content.site.language).check(catalogues: content)
    }

    /// Every finding of a build, `--strict` applied, in file, line and column order.
    public func findings(_ found: [Finding]) -> [Finding] {
        Finding.ordered(found.applyingStrict(options.strict))
    }

    /// The keep-going rule: content with errors is not built unless
    /// `keepGoing` (which `serve` always sets); then every file with an error
    /// is left out (`LeftOutFiles`).
    public func keepGoing(_ content: Content, findings: [Finding]) throws(BuildError) -> (content: Content, leftOut: [String]) {
        guard findings.hasErrors else { return (content, []) }
        guard options.keepGoing else { throw .contentHasErrors(findings) }
        return LeftOutFiles(findings: findings).apply(to: content)
    }

    /// The theme: `--theme`, else site.yaml's `theme`, else `default` (`BuildOptions.theme(for:)`).
    public func theme(for site: SiteConfig) throws(BuildError) -> SiteTheme {
        try SiteTheme.load(name: options.theme(for: site), searching: options.themeFolders)
    }
}
