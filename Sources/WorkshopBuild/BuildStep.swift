import WorkshopModel
import WorkshopPhotos
import WorkshopRender

/// What the steps of a build hand on to each other.
struct BuildState: Sendable {
    var options: BuildOptions
    var content: Content?
    var findings: [Finding] = []
    var leftOut: [String] = []
    var theme: SiteTheme?
    var renderer: SiteRenderer?
    /// The content ready to render (step `render`); pages are rendered while written (step `write`).
    var site: PreparedSite?
    /// Every path written.
    var paths: [String] = []
    var photos = PhotoAlbum()
    /// The search indexer found for this build (step `render`, before the pages get its markers).
    var searchIndexer: Pagefind?
    var search: SearchOutcome = .off
}

/// One named step of the pipeline `load → check → theme → render → write`.
struct BuildStep: Sendable {
    var name: String
    var run: @Sendable (inout BuildState) throws(BuildError) -> Void

    init(_ name: String, run: @escaping @Sendable (inout BuildState) throws(BuildError) -> Void) {
        self.name = name
        self.run = run
    }
}
