/// HTML escaping shared by the Markdown renderer and the site's templates.
public enum HTML {
    /// Escapes `& < > " '` so the text can stand in element content and in
    /// double- or single-quoted attribute values.
    public static func escape(_ text: String) -> String {
        var needsEscape = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needsEscape = true
            break
        }
        guard needsEscape else { return text }
        // By byte of UTF-8, which is by Unicode scalar for these five ASCII
        // characters (a multi-byte sequence never holds an ASCII byte), as the
        // browser's tokenizer reads: a Swift `Character` is a grapheme cluster,
        // and `"` followed by a combining mark (U+0301) is one `Character` that is not `"`.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])               // &amp;
            case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])                     // &lt;
            case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])                     // &gt;
            case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])         // &quot;
            case 0x27: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])               // &#39;
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A URL written for an `href` or `src` attribute, escaped as cmark-gfm's
    /// `houdini_escape_href` does: bytes that are safe in a URL stay, `&`
    /// becomes `&amp;`, `'` becomes `&#x27;`, and every other byte (spaces,
    /// `\`, `[`, `"`, `<`, non-ASCII UTF-8) is percent-encoded as `%XX`.
    /// The result can stand in a double- or single-quoted attribute value.
    public static func escapeHref(_ url: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(url.utf8.count + 8)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            if HrefSafeBytes.contains(byte) {
                out.append(byte)
            } else if byte == UInt8(ascii: "&") {
                out += Array("&amp;".utf8)
            } else if byte == UInt8(ascii: "'") {
                out += Array("&#x27;".utf8)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The URL if it is safe to link to: a relative URL (no scheme), or one
    /// of the schemes `http`, `https`, `mailto`, `tel`; nil for
    /// `javascript:`, `vbscript:`, `data:`, `file:` and any other scheme.
    ///
    /// A scheme is what a browser takes for one: after dropping tabs, line
    /// breaks and other controls and spaces (browsers ignore some of them), an
    /// ASCII letter followed by letters, digits, `+`, `-` or `.` up to the
    /// first `:`. Text before a `:` that is not a valid scheme (`foo):`,
    /// `a b:`, `日本:`) leaves the URL relative, as browsers read it.
    public static func safeURL(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        guard let scheme = scheme(of: trimmed) else { return trimmed }
        switch scheme {
        case "http", "https", "mailto", "tel": return trimmed
        default: return nil
        }
    }

    /// The URL if it is safe as an image source: what `safeURL` allows, and
    /// inline raster images (`data:image/png`, `gif`, `jpeg`, `webp`, as
    /// cmark-gfm's safe mode allows; never `data:image/svg+xml`, which can
    /// carry script).
    public static func safeImageURL(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        if scheme(of: trimmed) == "data" {
            let lower = folded(trimmed)
            for type in ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"] where lower.hasPrefix(type) {
                let rest = lower.dropFirst(type.count)
                if rest.first == ";" || rest.first == "," { return trimmed }
            }
            return nil
        }
        return safeURL(trimmed)
    }

    /// Whether a browser would fetch the URL from another host: it has a
    /// scheme, or starts with `//` (protocol-relative), after the same
    /// folding browsers do (`\` reads as `/`). `data:` URLs are not remote.
    public static func isRemote(_ url: String) -> Bool {
        let lower = folded(url.trimmingCharacters(in: .whitespaces)).replacingBackslashes()
        if lower.hasPrefix("//") { return true }
        guard let scheme = scheme(of: lower) else { return false }
        return scheme != "data"
    }

    /// The lower-cased scheme of `url` as a browser reads it, or nil for a
    /// relative URL.
    static func scheme(of url: String) -> String? {
        let lower = folded(url)
        guard let colon = lower.firstIndex(of: ":") else { return nil }
        let candidate = lower[..<colon]
        guard let first = candidate.unicodeScalars.first, first.isASCIILetter else { return nil }
        for scalar in candidate.unicodeScalars.dropFirst() {
            guard scalar.isASCIILetter || ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "." else { return nil }
        }
        return String(candidate)
    }

    /// Lower-cased, without whitespace and control characters.
    private static func folded(_ url: String) -> String {
        String(url.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace && $0.value >= 0x20 && $0.value != 0x7F })
    }
}

/// Bytes `houdini_escape_href` leaves as they are: ASCII letters and digits
/// and `-_.+!*(),%#@?=;:/$~`.
private enum HrefSafeBytes {
    static func contains(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "!"), UInt8(ascii: "*"),
            UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "%"), UInt8(ascii: "#"), UInt8(ascii: "@"),
            UInt8(ascii: "?"), UInt8(ascii: "="), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "$"),
            UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

extension String {
    func trimmingCharacters(in set: CharacterClass) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }

    func replacingBackslashes() -> String {
        String(map { $0 == "\\" ? "/" : $0 })
    }
}

enum CharacterClass {
    case whitespaces
}
