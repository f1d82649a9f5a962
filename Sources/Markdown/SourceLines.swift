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
