import Synchronization
import WorkshopBuild
import WorkshopModel
import WorkshopRender

/// What requests need to know about the site, updated after each build and
/// read without waiting for one: the content the site shows (last good), the
/// site's language, the findings, the files left out, and why the last build
/// could not write (theme or output). Serving a page or a submission never
/// awaits the build actor, so a full build of several seconds stalls nothing.
public final class SiteSnapshot: Sendable {
    public struct State: Sendable {
        /// The content the served pages show (files with errors left out, their last good version kept).
        public var content: Content
        /// Every finding of the content as it is on disk now.
        public var findings: [Finding]
        /// Files with errors, left out of the site.
        public var leftOut: [String]
        /// Left-out files whose last good version is shown.
        public var keptFromBefore: [String]
        /// The group each left-out worksheet names now, where the loader could read one (file → group id).
        public var leftOutGroups: [String: String] = [:]
        /// Set when the last build could not bring the output up to date (theme, template, output folder).
        public var failure: BuildError?
        /// The output paths of public photos (`PublicPhotoFiles`): the only photos participants get.
        public var publicPhotos: Set<String> = []

        public var language: Language { content.site.language }

        /// The errors of `events/<slug>/event.yaml` (the event is shown as last loaded while there are any).
        public func eventErrors(_ slug: String) -> [Finding] {
            let file = "events/\(slug)/event.yaml"
            return findings.filter { $0.severity == .error && $0.location.file == file }
        }
    }

    private let state: Mutex<State>

    /// Before the first build: no content, no findings.
    public init() {
        state = Mutex(State(content: Content(site: SiteConfig(title: "", location: SourceLocation(file: "site.yaml"))),
                            findings: [], leftOut: [], keptFromBefore: []))
    }

    public var current: State { state.withLock { $0 } }

    func update(_ change: (inout State) -> Void) {
        state.withLock { change(&$0) }
    }
}
