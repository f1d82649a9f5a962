import WorkshopModel

/// A Markdown file split into its YAML front matter and its body.
/// Line numbers are those of the file, so findings in either part point
/// at the right line.
public struct FrontMatter: Sendable {
    /// The YAML between the `---` fences (nil when the file has none).
    public var yaml: String?
    /// File line of the first YAML line.
    public var yamlLine: Int
    /// The Markdown after the closing fence.
    public var body: String
    /// File line of the first body line.
    public var bodyLine: Int

    public enum Problem: Error, Sendable, Equatable {
        /// The file does not start with `---`.
        case missing
        /// An opening `---` without a closing `---` or `...`.
        case unterminated
    }

    /// Splits `text` (LF line endings). A file without front matter returns
    /// `.failure(.missing)` and the whole text is the body.
    public static func split(_ text: String) -> (FrontMatter, Problem?) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return (FrontMatter(yaml: nil, yamlLine: 1, body: text, bodyLine: 1), .missing)
        }
        for index in 1..<max(1, lines.count) {
            let line = lines[index].trimmingTrailingSpaces()
            if line == "---" || line == "..." {
                let yaml = lines[1..<index].joined(separator: "\n")
                let body = lines[(index + 1)...].joined(separator: "\n")
                return (FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: index + 2), nil)
            }
        }
        return (FrontMatter(yaml: nil, yamlLine: 2, body: "", bodyLine: lines.count + 1), .unterminated)
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
