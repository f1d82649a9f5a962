import Foundation
import Testing
@testable import Markdown

/// `SourceLines` and the line/column bookkeeping built on it must give what
/// the `Character`-based code gave: `split(separator: "\n")` pieces, and
/// columns counted in characters.
@Suite struct SourceLinesTests {
    static let pieces: [String] = [
        "\n", "\n", "\n", "\r", "\r\n", "a", "記入", " ", "\u{3000}", "\u{0301}", "\n\u{0301}", "e\u{0301}",
        "👩‍👩‍👧", "\u{1F1EF}\u{1F1F5}", "|", "---", "\t", "\u{0600}", "\u{200D}", "ｱ\u{FF9E}", "（記入）", "、", "ａ：", "か\u{3099}",
    ]

    static func randomText(_ random: inout SplitMix64, length: Int) -> String {
        var text = ""
        for _ in 0..<length { text += pieces[Int(random.next() % UInt64(pieces.count))] }
        return text
    }

    static func scalars(_ lines: [Substring]) -> [[Unicode.Scalar]] { lines.map { Array($0.unicodeScalars) } }

    @Test func linesAreTheCharacterSplit() {
        var random = SplitMix64(seed: 3)
        var texts = ["", "\n", "\n\n", "a", "a\n", "a\r\nb\nc", "\r\n", "\r", "a\r", "\n\u{0301}x"]
        for _ in 0..<800 { texts.append(Self.randomText(&random, length: Int(random.next() % 16))) }
        for text in texts {
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
            let lines = SourceLines.lines(text)
            #expect(Self.scalars(lines) == Self.scalars(expected), "\(Array(text.unicodeScalars))")
            // Same characters too (the substrings' bounds are character boundaries).
            #expect(lines.map { Array($0) } == expected.map { Array($0) })
        }
        // CRLF is one character, so it does not end a line (as before).
        #expect(SourceLines.lines("a\r\nb\nc").count == 2)
    }

    @Test func documentLinesAndColumnsAreAsBefore() {
        var random = SplitMix64(seed: 4)
        for _ in 0..<300 {
            let text = Self.randomText(&random, length: Int(random.next() % 20))
            let document = MarkdownDocument(parsing: text)
            // The former construction of `lines`.
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
            #expect(Self.scalars(document.lines) == Self.scalars(expected), "\(Array(text.unicodeScalars))")
            // Columns: the character holding each byte, as the former table gave it.
            let columns = ColumnMap(lines: document.lines)
            for (number, line) in document.lines.enumerated() {
                var table: [Int] = []
                for (offset, character) in line.enumerated() {
                    table += Array(repeating: offset + 1, count: character.utf8.count)
                }
                let ascii = !line.utf8.contains { $0 >= 0x80 }
                for byte in 1...(line.utf8.count + 2) {
                    let want = ascii ? byte : (byte <= table.count ? table[byte - 1] : (table.last ?? 0) + byte - table.count)
                    #expect(columns.characterColumn(line: number + 1, byteColumn: byte) == want)
                }
            }
        }
    }

    @Test func combiningMarksKeepTheirCharacterColumn() {
        let columns = ColumnMap(lines: ["e\u{0301}x", "記入: あ"])
        #expect(columns.characterColumn(line: 1, byteColumn: 4) == 2)  // x after é (3 bytes)
        #expect(columns.characterColumn(line: 2, byteColumn: 8) == 4)  // space after "記入:"
    }

    /// Every scalar taken for a character of its own is one, for Swift's grapheme breaking,
    /// next to itself, ASCII, kana and punctuation, on either side.
    @Test func wholeCharacterScalarsAreCharacters() {
        var checked = 0
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.isWholeCharacter else { continue }
            let s = String(scalar)
            for other in ["a", "あ", "、", "\u{3000}", "\u{FF1A}", s] {
                if (s + other).count != 2 || (other + s).count != 2 {
                    Issue.record("U+\(String(value, radix: 16)) joins \(Array(other.unicodeScalars))")
                }
            }
            checked += 1
        }
        #expect(checked > 28_000)
        // The marks that join are left out (the fast path would miscount them).
        for mark: Unicode.Scalar in ["\r", "\u{0301}", "\u{3099}", "\u{309A}", "\u{302A}", "\u{FF9E}", "\u{200D}", "\u{1F1EF}", "\u{1100}", "\u{0600}"] {
            #expect(!mark.isWholeCharacter)
        }
        #expect(Substring("事業内容: 卸売（都内）").isOneScalarPerCharacter)
        #expect(!Substring("か\u{3099}").isOneScalarPerCharacter)
        #expect(Substring("か\u{3099}ａ").characterArray == Array("か\u{3099}ａ"))
        #expect(Substring("事業: ａ").characterArray == Array("事業: ａ"))
    }

    /// `source(from:to:)` cuts at the same characters on either path.
    @Test func sourceSlicesAreAsBefore() {
        var random = SplitMix64(seed: 5)
        for _ in 0..<300 {
            let text = Self.randomText(&random, length: Int(random.next() % 20)).replacingOccurrences(of: "\r", with: "")
            let document = MarkdownDocument(parsing: text)
            let lines = document.lines
            guard !lines.isEmpty else { continue }
            let a = Int(random.next() % UInt64(lines.count)), b = Int(random.next() % UInt64(lines.count))
            let (first, last) = (min(a, b), max(a, b))
            let startColumn = Int(random.next() % 8) + 1, endColumn = Int(random.next() % 8)
            // The former character-by-character slicing.
            var parts: [String] = []
            for index in first...last {
                let line = Array(lines[index])
                let from = index == first ? startColumn - 1 : 0
                let to = index == last ? min(line.count, endColumn) : line.count
                parts.append(from >= to ? "" : String(line[from..<to]))
            }
            let got = document.source(from: SourcePoint(line: first + 1, column: startColumn), to: SourcePoint(line: last + 1, column: endColumn))
            #expect(Array(got.unicodeScalars) == Array(parts.joined(separator: "\n").unicodeScalars))
        }
    }

    /// `characterCount(line:)`, `text(line:characters:)` and `characters(line:)`
    /// give what `Array(line)` gives, on either path.
    @Test func lineCharactersAreAsBefore() {
        var random = SplitMix64(seed: 6)
        for _ in 0..<300 {
            let text = Self.randomText(&random, length: Int(random.next() % 20))
            let document = MarkdownDocument(parsing: text, lineOffset: 2)
            for (index, line) in document.lines.enumerated() {
                let characters = Array(line)
                let number = index + 3
                #expect(document.characterCount(line: number) == characters.count)
                #expect(document.characters(line: number) == characters)
                let a = Int(random.next() % 6), b = Int(random.next() % 6)
                let want = String(characters[min(a, characters.count)..<min(max(a, b), characters.count)])
                #expect(Array(document.text(line: number, characters: a..<max(a, b))!.unicodeScalars) == Array(want.unicodeScalars))
                for wanted: Character in ["記", "\n", "a", " ", "|", "-", "\u{0301}", "e\u{0301}"] {
                    let range = min(a, b)..<max(a, b)
                    let clamped = min(range.lowerBound, characters.count)..<min(range.upperBound, characters.count)
                    #expect(document.firstCharacter(line: number, in: range, where: { $0 == wanted }) == characters[clamped].firstIndex(of: wanted))
                }
            }
            #expect(document.characterCount(line: 2) == nil && document.text(line: document.lines.count + 3, characters: 0..<1) == nil)
        }
    }
}
