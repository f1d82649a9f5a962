import Foundation
import Testing
@testable import Markdown

/// `trimmingSpaces()` / `trimmingSpacesAndNewlines()` must trim exactly what
/// Foundation's `trimmingCharacters(in: CharacterSet.whitespaces)` /
/// `(in: .whitespacesAndNewlines)` trim: the loader's output depends on it.
/// (`CharacterSet` is named in full: with `@testable import Markdown`, a bare
/// `.whitespaces` would pick HTML.swift's own `trimmingCharacters(in: CharacterClass)`,
/// which trims by `Character.isWhitespace`.)
@Suite struct WhitespaceTests {
    /// Every scalar Foundation's sets contain, and some that look like space but are not in them.
    static let spaceLike: [Unicode.Scalar] = {
        var out: [Unicode.Scalar] = []
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if CharacterSet.whitespacesAndNewlines.contains(scalar) || scalar.properties.isWhitespace { out.append(scalar) }
        }
        return out + ["\u{180E}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{3164}", "\u{FFA0}"]
    }()

    static let marks: [Unicode.Scalar] = ["\u{0301}", "\u{0308}", "\u{3099}", "\u{309A}", "\u{20DD}", "\u{FE0F}", "\u{200D}"]

    static func expectSameTrim(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(text.trimmingSpaces() == text.trimmingCharacters(in: CharacterSet.whitespaces), "\(Self.dump(text))", sourceLocation: sourceLocation)
        #expect(text.trimmingSpacesAndNewlines() == text.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines), "\(Self.dump(text))", sourceLocation: sourceLocation)
        // Compared scalar by scalar too: `==` on String is canonical equivalence.
        #expect(Array(text.trimmingSpaces().unicodeScalars) == Array(text.trimmingCharacters(in: CharacterSet.whitespaces).unicodeScalars), sourceLocation: sourceLocation)
        #expect(Array(text.trimmingSpacesAndNewlines().unicodeScalars) == Array(text.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines).unicodeScalars), sourceLocation: sourceLocation)
        // The Substring versions, on a slice that does not start at the base's start.
        let padded = "x" + text + "y"
        let slice = padded.dropFirst().dropLast()
        #expect(Array(slice.trimmingSpaces().unicodeScalars) == Array(slice.trimmingCharacters(in: CharacterSet.whitespaces).unicodeScalars), sourceLocation: sourceLocation)
        #expect(Array(slice.trimmingSpacesAndNewlines().unicodeScalars) == Array(slice.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines).unicodeScalars), sourceLocation: sourceLocation)
    }

    static func dump(_ text: String) -> String {
        text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
    }

    @Test func scalarSetsAreFoundations() {
        var spaces = 0
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let inSpaces = CharacterSet.whitespaces.contains(scalar)
            let inSpacesAndNewlines = CharacterSet.whitespacesAndNewlines.contains(scalar)
            if scalar.isTrimmedSpace != inSpaces || scalar.isTrimmedSpaceOrNewline != inSpacesAndNewlines {
                Issue.record("U+\(String(value, radix: 16)): ours \(scalar.isTrimmedSpace)/\(scalar.isTrimmedSpaceOrNewline), Foundation \(inSpaces)/\(inSpacesAndNewlines)")
            }
            if inSpacesAndNewlines { spaces += 1 }
        }
        // The full-width space and its kin are in (Japanese text uses them).
        #expect(Unicode.Scalar(0x3000)!.isTrimmedSpace)
        #expect(Unicode.Scalar(0x00A0)!.isTrimmedSpace)
        #expect(Unicode.Scalar(0x2028)!.isTrimmedSpaceOrNewline && !Unicode.Scalar(0x2028)!.isTrimmedSpace)
        #expect(spaces >= 25)
    }

    @Test func everySpaceLikeScalarAroundText() {
        for space in Self.spaceLike {
            let s = String(space)
            for text in [s, s + s, s + "a" + s, s + "あ" + s + s, "a" + s + "b", s + "\u{0301}a", "a" + s + "\u{0301}",
                         s + "\u{3099}か" + s, "\u{3000}" + s + "記入" + s + "\u{3000}", "\r\n" + s + "x" + s + "\r\n", s + "👩‍👩‍👧" + s] {
                Self.expectSameTrim(text)
            }
        }
    }

    @Test func allWhitespaceAndEmpty() {
        Self.expectSameTrim("")
        Self.expectSameTrim(" \t\u{3000}\u{00A0}\u{2028}\u{0085}\n\r\u{000B}\u{000C}")
        Self.expectSameTrim("\u{3000}\u{3000}")
        #expect("\u{3000} \u{3000}".trimmingSpaces() == "")
        #expect(" \u{0301}x ".trimmingSpaces().unicodeScalars.first == "\u{0301}")
    }

    @Test func randomMixedStrings() {
        var random = SplitMix64(seed: 8)
        let alphabet: [Unicode.Scalar] = Self.spaceLike + Self.marks + Self.marks
            + ["a", "Z", "-", "*", "_", ":", "：", "あ", "記", "入", "（", "）", "\r", "\n", "\u{1F469}", "\u{1F3FB}", "\u{E9}", "\u{FF21}"]
        for _ in 0..<600 {
            var scalars = String.UnicodeScalarView()
            let length = Int(random.next() % 12)
            for _ in 0..<length { scalars.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
            Self.expectSameTrim(String(scalars))
        }
    }

    /// A trimming function that ignored its set would pass the tests above
    /// only if Foundation did the same; this one cannot.
    @Test func keepsWhatIsNotSpace() {
        #expect("\u{3000}記入\u{3000}".trimmingSpaces() == "記入")
        #expect(" a b ".trimmingSpaces() == "a b")
        #expect("\n a \n".trimmingSpaces() == "\n a \n")
        #expect("\n a \n".trimmingSpacesAndNewlines() == "a")
        #expect("**x**".trimmingScalars(where: { $0 == "*" }) == "x")
    }
}

/// A small seeded generator, so the random strings are the same on every run.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
