/// A variable or section name, split once: `.` (the current item), `a.b.c`
/// (looked up the context stack, then inside), `.a.b` (only in the current
/// item), optionally inside a function: `empty(items)`.
struct TemplateName: Sendable, Equatable {
    enum Transform: String, Sendable {
        /// True when the value is an empty list or empty text.
        case empty
    }

    var parts: [String]
    var isCurrent: Bool
    var onlyInCurrent: Bool
    var transform: Transform?
    /// As written, for messages.
    var spelling: String

    /// Nil with the function's name when the function is unknown.
    static func parse(_ text: String) -> Result<TemplateName, TemplateError.Problem> {
        var inner = Substring(text)
        var transform: Transform?
        if let open = inner.firstIndex(of: "("), inner.last == ")" {
            let function = String(inner[..<open]).trimmed
            guard let known = Transform(rawValue: function) else { return .failure(.unknownTransform(function)) }
            transform = known
            inner = inner[inner.index(after: open)..<inner.index(before: inner.endIndex)]
        }
        let name = String(inner).trimmed
        guard !name.isEmpty else { return .failure(.emptyName) }
        if name == "." {
            return .success(TemplateName(parts: [], isCurrent: true, onlyInCurrent: false, transform: transform, spelling: text))
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
        guard !parts.isEmpty else { return .failure(.emptyName) }
        return .success(TemplateName(parts: parts, isCurrent: false, onlyInCurrent: name.hasPrefix("."),
                                     transform: transform, spelling: text))
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks (ASCII only, as tags are).
    var trimmed: String {
        let bytes = Array(utf8)
        var start = 0, end = bytes.count
        while start < end, Self.isSpace(bytes[start]) { start += 1 }
        while end > start, Self.isSpace(bytes[end - 1]) { end -= 1 }
        if start == 0 && end == bytes.count { return self }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
