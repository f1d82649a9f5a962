import Foundation
import Testing

/// One example of a CommonMark/GFM spec file (cmark-gfm's `test/spec.txt`
/// format): a fenced block opened by 32 backticks and ` example` (followed
/// by the extensions it needs), the Markdown, a line holding only `.`, the
/// expected HTML, and 32 backticks. `→` stands for a tab.
struct SpecExample: Sendable, CustomTestStringConvertible {
    var file: String
    var number: Int
    var line: Int
    var section: String
    var extensions: [String]
    var markdown: String
    var html: String

    var testDescription: String { "\(file) example \(number) (line \(line), \(section))" }

    static let fence = String(repeating: "`", count: 32)

    static func parse(_ text: String, file: String) -> [SpecExample] {
        var examples: [SpecExample] = []
        var state = 0  // 0 prose, 1 markdown, 2 html
        var number = 0
        var section = ""
        var extensions: [String] = []
        var start = 0
        var markdown = ""
        var html = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(fence + " example") {
                state = 1
                extensions = trimmed.dropFirst(fence.count + " example".count).split(separator: " ").map(String.init)
                start = index + 1
                markdown = ""
                html = ""
            } else if trimmed == fence, state != 0 {
                state = 0
                number += 1
                examples.append(SpecExample(
                    file: file, number: number, line: start, section: section, extensions: extensions,
                    markdown: markdown.replacingOccurrences(of: "→", with: "\t"),
                    html: html.replacingOccurrences(of: "→", with: "\t")))
            } else if state == 1, trimmed == "." {
                state = 2
            } else if state == 1 {
                markdown += line + "\n"
            } else if state == 2 {
                html += line + "\n"
            } else if state == 0, line.hasPrefix("#"), let space = line.firstIndex(of: " "), line[..<space].allSatisfy({ $0 == "#" }) {
                section = line[line.index(after: space)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return examples
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Every example of `spec.txt` and `extensions.txt` that runs with the
    /// extensions the site enables (all but the two marked `disabled`).
    static let all: [SpecExample] = ["spec.txt", "extensions.txt"].flatMap { name -> [SpecExample] in
        let text = (try? String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)) ?? ""
        return parse(text, file: name)
    }.filter { !$0.extensions.contains("disabled") }
}
