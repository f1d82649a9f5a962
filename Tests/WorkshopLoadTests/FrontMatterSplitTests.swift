import Testing
@testable import WorkshopLoad

/// `FrontMatter.split` works on bytes; it must split every text as the
/// former `Character`-line implementation (kept here as the reference) did.
@Suite struct FrontMatterSplitTests {
    static func reference(_ text: String) -> (FrontMatter, FrontMatter.Problem?) {
        func trimmed(_ line: Substring) -> Substring {
            var s = line
            while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
            return s
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, trimmed(first) == "---" else {
            return (FrontMatter(yaml: nil, yamlLine: 1, body: text, bodyLine: 1), .missing)
        }
        for index in 1..<max(1, lines.count) {
            let line = trimmed(lines[index])
            if line == "---" || line == "..." {
                let yaml = lines[1..<index].joined(separator: "\n")
                let body = lines[(index + 1)...].joined(separator: "\n")
                return (FrontMatter(yaml: yaml, yamlLine: 2, body: body, bodyLine: index + 2), nil)
            }
        }
        return (FrontMatter(yaml: nil, yamlLine: 2, body: "", bodyLine: lines.count + 1), .unterminated)
    }

    static let lines = [
        "---", "---", "--- ", "---\t \t", "...", "... ", "---\u{0301}", " ---", "----", "-- -", "---\u{3000}", "..",
        "participant: A-01", "group: B", "", "", "本文\u{3000}", "## ① 事業影響の認識", "- 影響: 大きい", "\r", "a\r", "\u{0301}",
    ]

    static func expectSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let (got, problem) = FrontMatter.split(text)
        let (want, wantProblem) = reference(text)
        let shown = Array(text.unicodeScalars)
        #expect(problem == wantProblem, "\(shown)", sourceLocation: sourceLocation)
        #expect(got.yaml.map { Array($0.unicodeScalars) } == want.yaml.map { Array($0.unicodeScalars) }, "\(shown)", sourceLocation: sourceLocation)
        #expect(Array(got.body.unicodeScalars) == Array(want.body.unicodeScalars), "\(shown)", sourceLocation: sourceLocation)
        #expect(got.yamlLine == want.yamlLine && got.bodyLine == want.bodyLine, "\(shown)", sourceLocation: sourceLocation)
    }

    @Test func fixedCases() {
        for text in ["", "\n", "---", "---\n", "---\n---", "---\n---\n", "---\n---\n\n", "---\na: 1\n...\nbody\n",
                     "---\r\na: 1\r\n---\r\nbody\r\n", "---\na: 1\r\n---\nbody", "--- \t\na\n---  \nx\n\n\ny",
                     "text without front matter\n", "---\na: 1\n", "\u{FEFF}---\na\n---\n"] {
            Self.expectSame(text)
        }
        let (front, problem) = FrontMatter.split("---\na: 1\n---  \n\nbody\n")
        #expect(problem == nil && front.yaml == "a: 1" && front.body == "\nbody" && front.bodyLine == 4)
    }

    @Test func randomDocuments() {
        var state: UInt64 = 11
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<1500 {
            var text = ""
            for n in 0..<(next() % 9) {
                if n > 0 { text += next() % 7 == 0 ? "\r\n" : "\n" }
                text += Self.lines[next() % Self.lines.count]
            }
            text += ["", "\n", "\n\n", "\r\n"][next() % 4]
            Self.expectSame(text)
        }
    }
}
