/// Values for a page that swift-mustache itself renders (a template the
/// fast path does not cover, `PageTemplates`). The library escapes `{{…}}`
/// by Swift `Character`, that is by grapheme cluster, so `"` followed by a
/// combining mark (U+0301) is not escaped and would end an attribute value.
/// Before such a render, every such cluster in a text value (a key not
/// ending in `HTML`: those are markup the site made, printed raw) gets the
/// full-width form of its first character (＂ ＇ ＜ ＞ ＆), which needs no
/// escaping; nothing else changes. docs/themes.md lists it as a difference.
enum LibraryEscaping {
    static func safe(_ values: PageContext) -> PageContext {
        var out = PageContext()
        for (key, value) in values {
            out[key] = key.hasSuffix("HTML") ? value : safe(any: value)
        }
        return out
    }

    private static func safe(any value: Any) -> Any {
        switch value {
        case let text as String: return safe(text: text)
        case let values as PageContext: return safe(values)
        case let list as [PageContext]: return list.map(safe)
        case let list as [String]: return list.map(safe(text:))
        case let list as [Any]: return list.map(safe(any:))
        default: return value
        }
    }

    static func safe(text: String) -> String {
        // Quick exit: a cluster can only start with one of these if the text has one.
        guard text.utf8.contains(where: { $0 == 0x22 || $0 == 0x27 || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 }) else { return text }
        var out = ""
        for character in text {
            let scalars = character.unicodeScalars
            guard scalars.count > 1, let first = scalars.first, let wide = fullWidth(first) else {
                out.append(character)
                continue
            }
            var replaced = String.UnicodeScalarView()
            replaced.append(wide)
            replaced.append(contentsOf: scalars.dropFirst())
            out += String(replaced)
        }
        return out
    }

    private static func fullWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "\"": "\u{FF02}"
        case "'": "\u{FF07}"
        case "<": "\u{FF1C}"
        case ">": "\u{FF1E}"
        case "&": "\u{FF06}"
        default: nil
        }
    }
}
