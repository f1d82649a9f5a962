import Foundation

/// Whether a build makes a search index (docs/search.md).
public enum SearchSetting: Sendable {
    /// No index, no search markers: `--no-search`, `serve`, `pdf`, tests.
    case off
    /// Pagefind, when `locate` finds it (`Pagefind.find`; tests inject their own).
    case pagefind(locate: @Sendable () -> Pagefind?)

    /// Pagefind as found on this machine.
    public static var installed: SearchSetting { .pagefind(locate: { Pagefind.find() }) }
}

/// What became of a build's search index (the build report's "search" line).
public enum SearchOutcome: Sendable, Hashable {
    /// Not asked for (`--no-search`, or an output that is not a folder).
    case off
    /// Asked for, but Pagefind is not installed.
    case notInstalled
    case indexed(SearchIndexSummary)
    /// Pagefind failed: the site is built without search, no bundle left behind.
    case failed(SearchIndexError)
}

/// The search step of `workshop build`: after every page is written into the
/// staged output and before it is swapped into place, Pagefind indexes the
/// staged folder into its `pagefind/`, so the index is exactly the built
/// pages of the build's audience and arrives (or not) with them. A failure
/// is a warning: the build still succeeds, without search.
enum SearchIndexStep {
    static func run(_ indexer: Pagefind?, asked: Bool, folder: String?) -> SearchOutcome {
        guard asked else { return .off }
        guard let indexer else { return .notInstalled }
        guard let folder else { return .off }
        do throws(SearchIndexError) {
            return .indexed(try indexer.index(site: folder))
        } catch {
            return .failed(error)
        }
    }
}
