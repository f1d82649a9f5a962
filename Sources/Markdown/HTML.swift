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
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The URL if its scheme is safe to link to (http, https, mailto, tel, or
    /// relative); nil for `javascript:`, `vbscript:`, `data:`, `file:` and
    /// any other scheme.
    public static func safeURL(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        let lower = String(trimmed.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace && $0.value >= 0x20 })
        guard let colon = lower.firstIndex(of: ":") else { return trimmed }
        let scheme = lower[..<colon]
        // A colon after a slash, ? or # is part of a relative path, not a scheme.
        if scheme.contains("/") || scheme.contains("?") || scheme.contains("#") { return trimmed }
        switch scheme {
        case "http", "https", "mailto", "tel": return trimmed
        default: return nil
        }
    }
}

extension String {
    func trimmingCharacters(in set: CharacterClass) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}

enum CharacterClass {
    case whitespaces
}
