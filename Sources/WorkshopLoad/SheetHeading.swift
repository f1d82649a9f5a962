import Foundation
import Markdown
import WorkshopModel

/// A heading's text as written (inline Markdown source, without the `#`
/// marks) and where that text starts, with the readings of the level-3
/// item headings: `脅威 3 …` / `3. …` / `Threat 3 …` for theme ①, and
/// `6-1 …` / `手順 6-1` / `Procedure 6-1` for themes ② and ③.
///
/// Only the id part is normalised (NFKC, dash look-alikes folded), so a title
/// such as `サプライチェーン…` keeps its `ー`.
struct SheetHeading: Sendable {
    /// The heading's content as written, trimmed.
    var text: String
    /// Where the content starts (used for the id's location).
    var location: SourceLocation
    /// Where the heading line starts (column 1).
    var lineLocation: SourceLocation
    /// What a reader sees (markup removed); used to match theme labels.
    var plainText: String

    init(_ node: MarkdownNode, in document: MarkdownDocument, file: String) {
        lineLocation = SourceLocation(file: file, line: node.start.line, column: node.start.column)
        plainText = node.plainText.trimmingSpaces()
        let characters = document.characters(line: node.start.line) ?? []
        var index = 0
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        if index < characters.count, characters[index] == "#" {
            // ATX: `### text ###`
            while index < characters.count, characters[index] == "#" { index += 1 }
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            var end = characters.count
            while end > index, characters[end - 1].isWhitespace { end -= 1 }
            var closing = end
            while closing > index, characters[closing - 1] == "#" { closing -= 1 }
            if closing < end, closing == index || characters[closing - 1].isWhitespace {
                end = closing
                while end > index, characters[end - 1].isWhitespace { end -= 1 }
            }
            text = String(characters[index..<max(index, end)])
            location = SourceLocation(file: file, line: node.start.line, column: index + 1)
        } else {
            // Setext: the content lines above the underline.
            var parts: [String] = []
            var lineNumber = node.start.line
            while lineNumber < node.end.line, let content = document.line(lineNumber) {
                parts.append(String(content.trimmingSpaces()))
                lineNumber += 1
            }
            text = parts.joined(separator: " ")
            location = SourceLocation(file: file, line: node.start.line, column: index + 1)
        }
    }

    /// Reads a theme ① item heading. The id is nil when no number could be
    /// read (the checker reports `malformed-threat`).
    func threat() -> (ref: ThreatRef, title: String?) {
        var scan = IDScan(text)
        scan.skipMarks()
        _ = scan.skipPrefix(Labels.threatPrefixes)
        guard let id = scan.number(), !scan.startsProcedureTail() else {
            return (ThreatRef(raw: text, id: nil, location: location), nil)
        }
        let raw = scan.consumed
        return (ThreatRef(raw: raw, id: id, location: location), scan.title())
    }

    /// Reads a theme ② / ③ item heading. A heading that is not a procedure id
    /// gives `ProcedureRef(raw: heading text, id: nil)` (the checker reports
    /// `malformed-procedure` with suggestions).
    func procedure() -> (ref: ProcedureRef, title: String?) {
        var scan = IDScan(text)
        scan.skipMarks()
        _ = scan.skipPrefix(Labels.procedurePrefixes)
        guard let id = scan.procedureID() else {
            return (ProcedureRef(raw: text, id: nil, location: location), nil)
        }
        return (ProcedureRef(raw: scan.consumed, id: id, location: location), scan.title())
    }
}

/// A left-to-right reader of ids at the start of a heading or value.
struct IDScan {
    let characters: [Character]
    var index = 0

    init(_ text: String) { characters = text[...].characterArray }

    /// The text read so far, trimmed (the id as written, with its prefix).
    var consumed: String {
        String(characters[0..<min(index, characters.count)]).trimmingSpaces()
            .trimmingScalars(where: { $0 == "*" || $0 == "_" })
    }

    var atEnd: Bool { index >= characters.count }

    mutating func skipSpaces() {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
    }

    /// `**` / `__` around an id.
    mutating func skipMarks() {
        skipSpaces()
        while index < characters.count, characters[index] == "*" || characters[index] == "_" { index += 1 }
        skipSpaces()
    }

    /// A word such as `脅威` or `Threat` (any case or width), then spaces and an optional `:`.
    mutating func skipPrefix(_ prefixes: [String]) -> Bool {
        for prefix in prefixes {
            let wanted = Array(prefix)
            guard index + wanted.count <= characters.count else { continue }
            var matches = true
            for (offset, character) in wanted.enumerated()
            where IDText.normalize(String(characters[index + offset])).lowercased() != String(character) {
                matches = false
                break
            }
            if matches {
                index += wanted.count
                skipSpaces()
                if index < characters.count, ":：#＃".contains(characters[index]) { index += 1 }
                skipSpaces()
                return true
            }
        }
        return false
    }

    /// A digit character in any width (`3`, `３`, `③`): its ASCII digits.
    static func digits(_ character: Character) -> String? {
        if character.isASCII { return character.isNumber ? String(character) : nil }
        let folded = String(character).precomposedStringWithCompatibilityMapping
        guard !folded.isEmpty, folded.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return folded
    }

    static func isDash(_ character: Character) -> Bool {
        character == "-" || (!character.isASCII && IDText.normalize(String(character)) == "-")
    }

    /// A run of digits as a number (at most 6 digits, so it cannot overflow).
    mutating func number() -> Int? {
        var digits = ""
        while index < characters.count, let d = Self.digits(characters[index]) {
            digits += d
            index += 1
        }
        guard !digits.isEmpty, digits.count <= 6 else { return nil }
        return Int(digits)
    }

    /// After a threat number: `-1` would make it a procedure id, not a threat.
    func startsProcedureTail() -> Bool {
        var look = index
        while look < characters.count, characters[look] == " " { look += 1 }
        guard look < characters.count, Self.isDash(characters[look]) else { return false }
        look += 1
        while look < characters.count, characters[look] == " " { look += 1 }
        return look < characters.count && Self.digits(characters[look]) != nil
    }

    /// `6-1` with any digit width and dash look-alike, spaces allowed around the dash.
    mutating func procedureID() -> ProcedureID? {
        guard let control = number() else { return nil }
        var look = index
        while look < characters.count, characters[look].isWhitespace { look += 1 }
        guard look < characters.count, Self.isDash(characters[look]) else { return nil }
        look += 1
        while look < characters.count, characters[look].isWhitespace { look += 1 }
        index = look
        guard let number = number() else { return nil }
        // `6-1-2` is not an id.
        if startsProcedureTail() { return nil }
        return ProcedureID(control: control, number: number)
    }

    /// What follows the id: a `.`/`:`/`)` separator is dropped, the rest trimmed; nil when empty.
    mutating func title() -> String? {
        while index < characters.count, characters[index] == "*" || characters[index] == "_" { index += 1 }
        skipSpaces()
        if index < characters.count, ".．:：)）、,".contains(characters[index]) { index += 1 }
        let rest = String(characters[min(index, characters.count)...]).trimmingSpaces()
        return rest.isEmpty ? nil : rest
    }
}
