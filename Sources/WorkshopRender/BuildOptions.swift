import Foundation
import WorkshopModel

/// What `workshop build` was asked to do.
public struct BuildOptions: Sendable, Hashable {
    /// The content root (default `Content`).
    public var root: String
    /// Where the site goes (default `Output`).
    public var output: String
    /// The theme asked for on the command line (`--theme`); nil means
    /// site.yaml's `theme`, and `default` when site.yaml names none. See `theme(for:)`.
    public var themeName: String?
    /// Where themes are looked for; nil means `Themes` next to the content
    /// root's parent, then `Themes` in the current directory.
    public var themesFolder: String?
    /// More folders to look for themes in, after `themesFolder` (e.g. the
    /// path the CLI knows from its installation).
    public var extraThemeFolders: [String]
    public var audience: Audience
    /// Absolute URL the site is published under, for sitemap.xml and canonical links.
    public var baseURL: String?
    /// Build what is valid and leave out files with errors.
    public var keepGoing: Bool
    /// Treat the "error with --strict" warnings as errors.
    public var strict: Bool
    /// The fill-in form submits to the collection endpoint (set by `workshop serve --collect`).
    public var collectSubmissions: Bool = false
    /// A search index is built over this output (`workshop build` with Pagefind found, not `--no-search`):
    /// pages carry Pagefind's markers (`data-pagefind-body`, filters, title) and the header links the search page.
    public var search: Bool = false

    public init(root: String = "Content", output: String = "Output", themeName: String? = nil, themesFolder: String? = nil, extraThemeFolders: [String] = [], audience: Audience = .facilitator, baseURL: String? = nil, keepGoing: Bool = false, strict: Bool = false) {
        self.root = root
        self.output = output
        self.themeName = themeName
        self.themesFolder = themesFolder
        self.extraThemeFolders = extraThemeFolders
        self.audience = audience
        self.baseURL = baseURL
        self.keepGoing = keepGoing
        self.strict = strict
    }

    /// The theme a build of `site` uses: `--theme` when given (`--theme default`
    /// too), else site.yaml's `theme`, else `default`. Every build path
    /// (`build`, `serve`, `pdf`, the benchmark) resolves it here.
    public func theme(for site: SiteConfig?) -> String {
        if let themeName, !themeName.isEmpty { return themeName }
        let named = site?.theme ?? ""
        return named.isEmpty ? "default" : named
    }

    /// The base URL with exactly one trailing slash, or nil when none was given
    /// (a bare `/` counts as none: it cannot make absolute URLs).
    public var normalizedBaseURL: String? {
        guard let baseURL, !baseURL.isEmpty, baseURL != "/" else { return nil }
        return baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }
}
