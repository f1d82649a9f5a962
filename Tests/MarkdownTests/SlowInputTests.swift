import Foundation
import Testing
@testable import Markdown

/// The published kinds of cmark-gfm complexity advisories (and the ones
/// measured here on Debian's 0.29.0.gfm.6), each built at ~64 KB and ~256 KB:
/// guard + parse + render must take time linear in the size. The bound is a
/// ratio with a wide margin (linear gives ~4, quadratic ~16), never an
/// absolute time. Serialized: sizes are timed one at a time.
@Suite(.serialized) struct SlowInputTests {
    struct Shape: Sendable, CustomTestStringConvertible {
        var name: String
        var build: @Sendable (Int) -> String
        var testDescription: String { name }
    }

    static func repeated(_ unit: String, _ size: Int, prefix: String = "a ") -> String {
        prefix + String(repeating: unit, count: max(1, (size - prefix.utf8.count) / max(1, unit.utf8.count)))
    }

    static let shapes: [Shape] = [
        Shape(name: "ordinary text") { repeated("取引先情報が漏れると困る。 some words here\n", $0, prefix: "") },
        Shape(name: "table with many columns (CVE-2023-37463)") { size in
            let columns = size / 20
            let row = "|" + String(repeating: "a|", count: columns) + "\n"
            return row + "|" + String(repeating: "-|", count: columns) + "\n" + String(repeating: row, count: 8)
        },
        Shape(name: "narrow table with rows of many cells") { size in
            "|a|b|\n|-|-|\n" + String(repeating: "|" + String(repeating: "x|", count: 12_800) + "\n", count: max(1, size / 25_602))
        },
        Shape(name: "table with many rows") { repeated("|x|y|\n", $0, prefix: "|a|b|\n|-|-|\n") },
        Shape(name: "table cells in one line") { repeated("|", $0, prefix: "a|b\n-|-\n") },
        Shape(name: "unclosed image brackets ![[]() (CVE-2023-22486)") { repeated("![[]()", $0) },
        Shape(name: "image openers ![") { repeated("![", $0) },
        Shape(name: "open brackets [") { repeated("[", $0) },
        Shape(name: "nested brackets") { size in String(repeating: "[", count: size / 2) + String(repeating: "]", count: size / 2) },
        Shape(name: "open link destinations [a](") { repeated("[a](", $0) },
        Shape(name: "link reference definitions") { repeated("[a]: /u\n", $0, prefix: "") },
        Shape(name: "unclosed processing instructions <?") { repeated("<?", $0) },
        Shape(name: "unclosed CDATA <![CDATA[") { repeated("<![CDATA[", $0) },
        Shape(name: "inline HTML comments <!--") { repeated("<!-- a -", $0) },
        Shape(name: "declarations <!A") { repeated("<!A", $0) },
        Shape(name: "open tags <a b=\"") { repeated("<a b=\"c", $0) },
        Shape(name: "www autolinks with underscores") { repeated("www._", $0) },
        Shape(name: "www autolink with trailing parentheses") { repeated(")", $0, prefix: "a www.a.b/") },
        Shape(name: "URL autolink with trailing parentheses") { repeated(")", $0, prefix: "a http://a.b/") },
        Shape(name: "e-mail autolinks") { repeated("a.a@", $0) },
        Shape(name: "e-mail autolink starts") { repeated("a@_", $0) },
        Shape(name: "angle autolinks <http://") { repeated("<http://", $0) },
        Shape(name: "emphasis *a") { repeated("*a", $0) },
        Shape(name: "emphasis _a") { repeated("_a", $0) },
        Shape(name: "mixed delimiters *_") { repeated("*_", $0) },
        Shape(name: "strong and underscore **_") { repeated("**_", $0) },
        Shape(name: "intraword a**b") { repeated("a**b", $0) },
        Shape(name: "strikethrough ~a") { repeated("~a", $0) },
        Shape(name: "backtick runs") { size in
            var out = ""
            var length = 1
            while out.utf8.count < size {
                out += String(repeating: "`", count: length) + "a"
                length = length % 3000 + 1
            }
            return out
        },
        Shape(name: "entities &#") { repeated("&#", $0) },
        Shape(name: "backslashes") { repeated("\\", $0) },
        Shape(name: "nested block quotes") { repeated("> ", $0, prefix: "") },
        Shape(name: "nested lists") { repeated("- ", $0, prefix: "") },
        Shape(name: "block quotes and lists") { repeated("> - ", $0, prefix: "") },
        Shape(name: "setext headings") { repeated("a\n=\n", $0, prefix: "") },
    ]

    /// Seconds for guard, parse and render.
    static func seconds(_ text: String) -> Double {
        var best = Double.infinity
        for _ in 0..<1 {
            let clock = ContinuousClock()
            let elapsed = clock.measure {
                let document = MarkdownDocument(parsing: text)
                _ = HTMLRenderer().render(document.root)
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            best = min(best, seconds)
        }
        return best
    }

    @Test(arguments: shapes)
    func timeIsLinearInSize(shape: Shape) {
        // 64 KB and 256 KB: a quadratic shape is already 16× there, and the
        // suite stays a few seconds of a debug build in CI (it was ~40 s at 256 KB and 1 MB).
        let small = shape.build(64 * 1024)
        let large = shape.build(256 * 1024)
        #expect(large.utf8.count > 225_000)
        var ratio = Self.seconds(large) / max(Self.seconds(small), 0.000_5)
        // A pause of a shared machine during the larger run looks like a
        // quadratic one; only then, measure once more and keep the better.
        if ratio >= 12 { ratio = min(ratio, Self.seconds(large) / max(Self.seconds(small), 0.000_5)) }
        // Linear is ~4; the margin absorbs a shared machine. Quadratic is 16,
        // and cmark's quadratic cases measured here are far slower than that
        // (minutes at 1 MB).
        #expect(ratio < 12, "\(shape.name): 256 KB took \(ratio)× the time of 64 KB")
    }

    @Test func aWideTableIsKeptAsTextAndReported() {
        let columns = 200
        let text = "## 表\n\n|" + String(repeating: "a|", count: columns) + "\n|" + String(repeating: "-|", count: columns) + "\n|b|c|\n"
        let document = MarkdownDocument(parsing: text, lineOffset: 4)
        #expect(document.guardedConstructs == [GuardedConstruct(kind: .wideTable(cells: columns), start: SourcePoint(line: 7, column: 1))])
        let html = HTMLRenderer().render(document.root)
        #expect(!html.contains("<table"))
        #expect(html.contains("|a|a|a|"))
        // The delimiter row reads as written (the inserted backslash is not shown).
        #expect(html.contains("|-|-|-|"))
        #expect(!html.contains("\\"))
    }

    @Test func aTableOfAtMost128CellsIsATable() {
        let columns = 128
        let text = "|" + String(repeating: "a|", count: columns) + "\n|" + String(repeating: "-|", count: columns) + "\n"
        let document = MarkdownDocument(parsing: text)
        #expect(document.guardedConstructs.isEmpty)
        #expect(HTMLRenderer().render(document.root).contains("<table"))
    }

    @Test func aWideRowInANarrowTableKeepsTheTableAsText() {
        let text = "|a|b|\n|-|-|\n|" + String(repeating: "x|", count: 300) + "\n"
        let document = MarkdownDocument(parsing: text)
        #expect(document.guardedConstructs.map(\.kind) == [.wideTable(cells: 300)])
        #expect(!HTMLRenderer().render(document.root).contains("<table"))
    }

    @Test func openerRunsAreKeptAsText() {
        let text = "intro\n\n前置き " + String(repeating: "<?", count: 100) + "\n\n" + String(repeating: "![[]()", count: 70) + "\n"
        let document = MarkdownDocument(parsing: text)
        #expect(document.guardedConstructs == [
            GuardedConstruct(kind: .openerRun(opener: "<?", count: 100), start: SourcePoint(line: 3, column: 5)),
            GuardedConstruct(kind: .openerRun(opener: "![", count: 70), start: SourcePoint(line: 5, column: 1)),
        ])
        let html = HTMLRenderer().render(document.root)
        #expect(html.contains("前置き " + String(repeating: "&lt;?", count: 100)))
        #expect(html.contains(String(repeating: "![", count: 1)))
        #expect(!html.contains("\\"))
    }

    @Test func escapedOpenersDoNotCountButDoubleBackslashesDo() {
        let escaped = MarkdownDocument(parsing: "a " + String(repeating: "\\<?", count: 100))
        #expect(escaped.guardedConstructs.isEmpty)
        let doubled = MarkdownDocument(parsing: "a " + String(repeating: "\\\\<?", count: 100))
        #expect(doubled.guardedConstructs.count == 1)
    }

    @Test func autolinkRunsAreKeptAsText() {
        let text = "see www.example.jp and " + String(repeating: "www._", count: 100) + "\n\nhttp://a.jp/" + String(repeating: ")", count: 40) + "\n"
        let document = MarkdownDocument(parsing: text)
        #expect(document.guardedConstructs.map(\.start) == [SourcePoint(line: 1, column: 24), SourcePoint(line: 3, column: 1)])
        let html = HTMLRenderer().render(document.root)
        #expect(html.contains("<a href=\"http://www.example.jp\">www.example.jp</a>"))
        #expect(!html.contains("href=\"http://www._"))
        #expect(html.contains("http://a.jp/" + String(repeating: ")", count: 40)))
        #expect(!html.contains("href=\"http://a.jp"))
    }

    @Test func ordinaryLongURLsStayLinks() {
        let url = "https://example.jp/" + String(repeating: "path/", count: 80) + "?q=1&r=2"
        let document = MarkdownDocument(parsing: "リンク: \(url) (参照)")
        #expect(document.guardedConstructs.isEmpty)
        #expect(HTMLRenderer().render(document.root).contains("<a href=\"https://example.jp/path/"))
    }

    @Test func positionsAfterAnInsertedBackslashPointAtTheOriginalText() {
        // Line 1 gets backslashes; the emphasis after them keeps its original column.
        let line = String(repeating: "<?", count: 70) + " *強調*"
        let document = MarkdownDocument(parsing: line)
        let paragraph = document.blocks[0]
        let emphasis = paragraph.children.first { $0.kind == .emphasis }
        #expect(emphasis?.start == SourcePoint(line: 1, column: 142))
        #expect(document.source(from: emphasis!.start, to: emphasis!.end) == "*強調*")
    }
}
