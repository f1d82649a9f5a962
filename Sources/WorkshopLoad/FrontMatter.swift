import Markdown
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
    ///
    /// Works on the UTF-8 bytes: the lines are `SourceLines`' (the pieces of
    /// `split(separator: "\n")`, a final empty one dropped), a fence is
    /// `---` (or `...` closing) followed only by spaces and tabs, and the
    /// YAML and the body are slices of `text` between line boundaries.
    public static func split(_ text: String) -> (FrontMatter, Problem?) {
        var text = text
        return text.withUTF8 { bytes in
            var lines = SourceLines.offsets(in: bytes)
            if lines.last?.isEmpty == true { lines.removeLast() }
            func slice(_ from: Int, _ to: Int) -> String {
                from < to ? String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self) : ""
            }
            func isFence(_ line: Range<Int>, _ mark: UInt8) -> Bool {
                guard line.count >= 3, bytes[line.lowerBound] == mark, bytes[line.lowerBound + 1] == mark,
                      bytes[line.lowerBound + 2] == mark else { return false }
                return bytes[(line.lowerBound + 3)..<line.upperBound].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            }
            guard let first = lines.first, isFence(first, UInt8(ascii: "-")) else {
                return (FrontMatter(yaml: nil, yamlLine: 1, body: slice(0, bytes.count), bodyLine: 1), .missing)
            }
            for index in 1..<max(1, lines.count) {
                let line = lines[index]
                if isFence(line, UInt8(ascii: "-")) || isFence(line, UInt8(ascii: ".")) {
                    let yaml = index > 1 ? slice(lines[1].lowerBound, lines[index - 1].upperBound) : ""
                    let body = index + 1 < lines.count ? slice(lines[index + 1].lowerBound, lines[lines.count - 1].upperBound) : ""
                    return (FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: index + 2), nil)
                }
            }
            return (FrontMatter(yaml: nil, yamlLine: 2, body: "", bodyLine: lines.count + 1), .unterminated)
        }
    }
}
