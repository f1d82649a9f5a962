/// Where a page is written (`events/<slug>/groups/A/index.html`) and how it
/// links to any other file of the site: relative links through `../`, so the
/// site works from `file://` and under any sub-path.
struct PagePath: Sendable, Hashable {
    /// The file's path relative to the output root.
    var path: String { didSet { root = Self.root(of: path, absoluteRoot: absoluteRoot) } }
    /// An absolute root used instead of `../` (the 404 page, served at any depth, with `--base-url`).
    var absoluteRoot: String? { didSet { root = Self.root(of: path, absoluteRoot: absoluteRoot) } }
    /// `../` repeated to the output root (empty at the root); worked out once, links are many.
    private(set) var root: String

    init(_ path: String, absoluteRoot: String? = nil) {
        self.path = path
        self.absoluteRoot = absoluteRoot
        self.root = Self.root(of: path, absoluteRoot: absoluteRoot)
    }

    private static func root(of path: String, absoluteRoot: String?) -> String {
        absoluteRoot ?? String(repeating: "../", count: max(0, depth(of: path)))
    }

    /// How many folders deep the file is.
    var depth: Int { Self.depth(of: path) }

    private static func depth(of path: String) -> Int {
        // The non-empty `/`-separated parts, less one (as `split(separator:)` counts them).
        var parts = 0
        var inPart = false
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") { inPart = false } else if !inPart { inPart = true; parts += 1 }
        }
        return parts - 1
    }

    /// A relative link to `target` (a path from the output root, with an optional `#fragment`).
    func link(_ target: String) -> String { root + target }

    /// The page's folder URL under a base URL, for sitemap and canonical links.
    func absolute(under baseURL: String) -> String {
        path.hasSuffix("index.html") ? baseURL + path.dropLast("index.html".count) : baseURL + path
    }
}

/// The site's paths, in one place.
public enum SitePaths {
    public static let home = "index.html"
    public static let notFound = "404.html"
    public static let problems = "problems/index.html"
    public static let sitemap = "sitemap.xml"
    public static let search = "search/index.html"
    /// The folder Pagefind writes its bundle into (`pagefind-ui.js`, the index), relative to the output root.
    public static let searchBundle = "pagefind/"
    public static let series = "series/index.html"

    public static func catalogue(_ id: String) -> String { "catalogs/\(segment(id))/index.html" }
    public static let knowledge = "knowledge/index.html"
    public static func knowledge(table: String, control: Int) -> String { "knowledge/\(segment(table))/\(control)/index.html" }
    public static func event(_ slug: String) -> String { "events/\(segment(slug))/index.html" }
    public static func eventFolder(_ slug: String) -> String { "events/\(segment(slug))/" }
    public static func seminar(_ slug: String) -> String { eventFolder(slug) + "seminar/index.html" }
    public static func seminarPage(_ slug: String, _ page: String) -> String { eventFolder(slug) + "seminar/\(segment(page))/index.html" }
    public static func worksheets(_ slug: String) -> String { eventFolder(slug) + "worksheets/index.html" }
    public static func worksheet(_ slug: String, _ participant: String) -> String { eventFolder(slug) + "worksheets/\(segment(participant))/index.html" }
    public static func group(_ slug: String, _ id: String) -> String { eventFolder(slug) + "groups/\(segment(id))/index.html" }
    public static func groupPresent(_ slug: String, _ id: String) -> String { eventFolder(slug) + "groups/\(segment(id))/present/index.html" }
    public static func groupPrint(_ slug: String, _ id: String) -> String { eventFolder(slug) + "groups/\(segment(id))/print/index.html" }
    public static func groupFill(_ slug: String, _ id: String) -> String { eventFolder(slug) + "groups/\(segment(id))/fill/index.html" }
    public static func groupsPrint(_ slug: String) -> String { eventFolder(slug) + "groups/print/index.html" }
    public static func report(_ slug: String) -> String { eventFolder(slug) + "report/index.html" }
    public static func aggregates(_ slug: String) -> String { eventFolder(slug) + "aggregates/index.html" }
    public static func eventJSON(_ slug: String) -> String { eventFolder(slug) + "event.json" }
    public static func proceduresCSV(_ slug: String) -> String { eventFolder(slug) + "procedures.csv" }
    public static func fill(_ slug: String) -> String { eventFolder(slug) + "fill/index.html" }

    /// A safe path segment: letters, digits, `-`, `_`, `.` kept; anything else
    /// percent-free replaced by `_` (ids are ASCII in practice).
    public static func segment(_ text: String) -> String {
        // Plain ASCII ids (nearly all) are kept as they are.
        if text.utf8.allSatisfy(isPlainByte) {
            return text.isEmpty || text.utf8.allSatisfy({ $0 == UInt8(ascii: ".") }) ? "_" : text
        }
        let kept = text.unicodeScalars.map { scalar -> String in
            let c = Character(scalar)
            if c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == "_") { return String(c) }
            if c == "." { return "." }
            if !c.isASCII && (c.isLetter || c.isNumber) { return String(c) }
            return "_"
        }.joined()
        if kept.isEmpty || kept.allSatisfy({ $0 == "." }) { return "_" }
        return kept
    }

    /// ASCII letters, digits, `-`, `_` and `.`.
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): return true
        default: return false
        }
    }
}
