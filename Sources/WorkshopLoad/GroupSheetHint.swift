import Foundation

/// The ヒント (Hint) section of a group sheet's text: the facilitator's, so
/// a group sheet submitted from the room keeps the hint of the sheet on file
/// (`workshop serve --collect`). Found as the loader finds sections: a level-2
/// ATX heading (outside fenced code) whose text is one of the hint labels.
public enum GroupSheetHint {
    /// The hint section (its heading line through the line before the next
    /// level-2 heading, trailing blank lines dropped), or nil when there is none.
    public static func section(in text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let range = range(in: lines) else { return nil }
        var end = range.upperBound
        while end > range.lowerBound + 1, lines[end - 1].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { end -= 1 }
        return lines[range.lowerBound..<end].joined(separator: "\n")
    }

    /// `text` with its hint section (if any) replaced by `hint` (or removed when nil); a missing one is added at the end.
    public static func replacing(in text: String, with hint: String?) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let range = range(in: lines.map { Substring($0) }) {
            lines.removeSubrange(range)
        }
        var result = lines.joined(separator: "\n")
        guard let hint else { return result }
        while result.hasSuffix("\n\n") { result.removeLast() }
        if !result.isEmpty && !result.hasSuffix("\n") { result += "\n" }
        return result + (result.isEmpty ? "" : "\n") + hint + "\n"
    }

    /// The lines of the hint section, heading included.
    static func range(in lines: [Substring]) -> Range<Int>? {
        var index = 0
        // Front matter: from a first `---` line to the next.
        if lines.first?.trimmingTrailingSpace == "---" {
            index = 1
            while index < lines.count, lines[index].trimmingTrailingSpace != "---" { index += 1 }
            index += 1
        }
        var fence: Character?
        var start: Int?
        while index < lines.count {
            let line = lines[index]
            let indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent)
            if indent < 4, let first = body.first, first == "`" || first == "~", body.prefix { $0 == first }.count >= 3 {
                if fence == nil { fence = first } else if fence == first { fence = nil }
            } else if fence == nil, indent < 4, body.hasPrefix("## ") || body == "##" {
                if start != nil { return start!..<index }
                var title = body.dropFirst(2)
                while title.last == "#" || title.last == " " { title = title.dropLast() }
                if Labels.groupSection(String(title).trimmingCharacters(in: .whitespaces)) == .hint { start = index }
            }
            index += 1
        }
        return start.map { $0..<lines.count }
    }
}

private extension Substring {
    var trimmingTrailingSpace: Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return text
    }
}
