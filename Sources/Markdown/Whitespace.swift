/// Trimming by Unicode scalar, without Foundation: exactly what
/// `trimmingCharacters(in: .whitespaces)` and
/// `trimmingCharacters(in: .whitespacesAndNewlines)` do (scalars are dropped
/// from both ends while they are in the set, so a combining mark after a
/// space stays), without bridging to `NSString`. The sets are Foundation's
/// (`CharacterSet.whitespaces`: tab and the space separators, U+200B included;
/// `whitespacesAndNewlines` adds U+000A–U+000D, U+0085, U+2028 and U+2029);
/// `WhitespaceTests` compares them with Foundation over every scalar.
extension Unicode.Scalar {
    /// Member of `CharacterSet.whitespaces`: U+0009, U+0020, U+00A0, U+1680,
    /// U+2000–U+200B, U+202F, U+205F, U+3000 (the full-width space).
    @inlinable
    public var isTrimmedSpace: Bool {
        switch value {
        case 0x20, 0x09: return true
        case 0..<0xA0: return false
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Member of `CharacterSet.whitespacesAndNewlines`: `isTrimmedSpace`, and
    /// U+000A–U+000D, U+0085, U+2028, U+2029.
    @inlinable
    public var isTrimmedSpaceOrNewline: Bool {
        switch value {
        case 0x20, 0x09...0x0D: return true
        case 0..<0x85: return false
        case 0x85, 0x2028, 0x2029: return true
        default: return isTrimmedSpace
        }
    }
}

extension Substring {
    /// The text without the scalars at either end for which `trim` is true.
    @inlinable
    public func trimmingScalars(where trim: (Unicode.Scalar) -> Bool) -> Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trim($0) }) else { return self[endIndex...] }
        // Some scalar is kept, so the backward search stops at or after `first`.
        var end = scalars.endIndex
        while end > first {
            let before = scalars.index(before: end)
            if !trim(scalars[before]) { break }
            end = before
        }
        return Substring(scalars[first..<end])
    }

    /// As `trimmingCharacters(in: .whitespaces)`.
    @inlinable
    public func trimmingSpaces() -> Substring { trimmingScalars(where: \.isTrimmedSpace) }

    /// As `trimmingCharacters(in: .whitespacesAndNewlines)`.
    @inlinable
    public func trimmingSpacesAndNewlines() -> Substring { trimmingScalars(where: \.isTrimmedSpaceOrNewline) }
}

extension String {
    /// As `trimmingCharacters(in: .whitespaces)`, without Foundation.
    @inlinable
    public func trimmingSpaces() -> String { String(self[...].trimmingSpaces()) }

    /// As `trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation.
    @inlinable
    public func trimmingSpacesAndNewlines() -> String { String(self[...].trimmingSpacesAndNewlines()) }

    /// The text without the scalars at either end for which `trim` is true.
    @inlinable
    public func trimmingScalars(where trim: (Unicode.Scalar) -> Bool) -> String { String(self[...].trimmingScalars(where: trim)) }
}
