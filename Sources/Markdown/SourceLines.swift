/// The lines of a text found on its UTF-8 bytes, with no grapheme breaking
/// and no copies.
///
/// They are exactly the pieces of
/// `text.split(separator: "\n", omittingEmptySubsequences: false)`, which
/// the readers used before: a line ends at every LF except one right after a
/// CR (`"\r\n"` is a single `Character`, not equal to `"\n"`). The readers'
/// text has LF line endings (`SourceText` normalises them), so in practice
/// every LF ends a line; the CRLF rule only keeps other callers' results as
/// they were.
public enum SourceLines {
    /// The byte offsets (into `text.utf8`) of each line's start and end (the
    /// end excludes the LF); an empty text has one empty line.
    public static func offsets(_ text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { offsets(in: $0) }
    }

    /// As `offsets(_:)`, for a buffer of UTF-8.
    public static func offsets(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var index = 0
        let count = bytes.count
        while index < count {
            if bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
                out.append(start..<index)
                start = index + 1
            }
            index += 1
        }
        out.append(start..<count)
        return out
    }

    /// The lines, each copied into a string of its own (from its bytes, no
    /// grapheme breaking). Slicing `text` at byte offsets instead would give
    /// substrings whose indices are not known to be character boundaries, and
    /// every later `Character` step on them pays for finding out.
    public static func lines(_ text: String) -> [Substring] {
        var text = text
        return text.withUTF8 { bytes in
            offsets(in: bytes).map { range in
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)[...]
            }
        }
    }
}

extension Unicode.Scalar {
    /// A scalar that forms a `Character` of its own next to any other such
    /// scalar: its grapheme-break class is Other or Control (never CR), and it
    /// is not a prepend, extend, spacing or joining mark, Hangul or regional
    /// indicator. Conservative ranges: ASCII but CR, Latin-1 and Latin
    /// Extended (before the combining marks at U+0300), general punctuation
    /// U+2010–U+2027 and U+2030–U+205E, CJK symbols U+3000–U+3029 and
    /// U+3030–U+3096 (not the tone marks U+302A–U+302F), kana U+309B–U+30FF
    /// (not the combining voicing marks U+3099/U+309A), CJK ideographs
    /// U+3400–U+4DBF and U+4E00–U+9FFF, full-width forms U+FF01–U+FF9D (not
    /// the half-width voicing marks U+FF9E/U+FF9F). `SourceLinesTests` checks
    /// every one of them against Swift's own grapheme breaking.
    @inlinable
    public var isWholeCharacter: Bool {
        switch value {
        case 0x0D: return false
        case 0x00...0x7F, 0xA0...0x2FF: return true
        case 0x2010...0x2027, 0x2030...0x205E: return true
        case 0x3000...0x3029, 0x3030...0x3096, 0x309B...0x30FF: return true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF9D: return true
        default: return false
        }
    }
}

extension Substring {
    /// Whether each scalar of the text is a `Character` of its own (all are
    /// `isWholeCharacter`), so characters can be counted and compared as
    /// scalars, without grapheme breaking.
    @inlinable
    public var isOneScalarPerCharacter: Bool {
        guard utf8.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return true }
        return unicodeScalars.allSatisfy(\.isWholeCharacter)
    }

    /// `Array(self)`, made from the scalars when each is a character of its own.
    @inlinable
    public var characterArray: [Character] {
        isOneScalarPerCharacter ? unicodeScalars.map(Character.init) : Array(self)
    }
}
