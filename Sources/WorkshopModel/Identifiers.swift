import Foundation

/// A procedure id such as `6-1`: the control number and the procedure's number within it.
public struct ProcedureID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var control: Int
    public var number: Int

    public init(control: Int, number: Int) {
        self.control = control
        self.number = number
    }

    /// Parses `6-1`, `６－１`, `6ー1`, `6 - 1` (after normalisation); nil otherwise.
    public init?(_ text: String) {
        let folded = IDText.normalize(text).filter { !$0.isWhitespace }
        let parts = folded.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let control = Int(parts[0]), let number = Int(parts[1]),
              control >= 0, number >= 0, parts[0].count <= 6, parts[1].count <= 6 else { return nil }
        self.init(control: control, number: number)
    }

    public var description: String { "\(control)-\(number)" }

    /// The anchor used on the control table page, e.g. `p-6-1`.
    public var anchor: String { "p-\(control)-\(number)" }

    public static func < (a: ProcedureID, b: ProcedureID) -> Bool {
        (a.control, a.number) < (b.control, b.number)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = ProcedureID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a procedure id: \(text)"))
        }
        self = id
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Normalisation of ids and labels: Unicode NFKC, then every hyphen or dash
/// look-alike folded to `-`. Used for ids and labels only, never for free text.
public enum IDText {
    /// Characters that people type for a hyphen in ids: hyphen, non-breaking
    /// hyphen, figure dash, en/em dash, horizontal bar, minus sign, the katakana
    /// prolonged sound mark (ー and half-width ｰ) and small hyphen-minus.
    static let dashes: Set<UInt32> = [
        0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015,
        0x2212, 0x30FC, 0xFF70, 0xFE63, 0xFF0D, 0x2043, 0xFE58,
    ]

    /// NFKC plus the dash fold, with surrounding white space trimmed.
    /// Text of ASCII, kana, CJK punctuation, ideographs and full-width forms skips Foundation (`fastNFKC`).
    public static func normalize(_ text: String) -> String {
        let nfkc = fastNFKC(text) ?? text.precomposedStringWithCompatibilityMapping
        var scalars = Substring(nfkc).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        // Most ids and labels have nothing to fold: returned without a rebuild.
        if scalars.count == nfkc.unicodeScalars.count, !scalars.contains(where: { isDash($0) }) { return nfkc }
        var out = UTF8Builder()
        for scalar in scalars {
            out.append(isDash(scalar) ? "-" : scalar)
        }
        return out.string
    }

    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x2010 && dashes.contains(scalar.value)
    }

    /// NFKC of `text` without Foundation when every scalar is NFKC-stable
    /// (`isStable`) or one whose NFKC is a single scalar that nothing
    /// composes with: the full-width forms U+FF01–U+FF5E (their ASCII) and the
    /// ideographic space U+3000 (a space). Such text holds no combining mark,
    /// so NFKC's composition step has nothing to do. Nil for anything else.
    static func fastNFKC(_ text: String) -> String? {
        var mapped = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3000, 0xFF01...0xFF5E: mapped = true
            default: guard isStable(scalar) else { return nil }
            }
        }
        guard mapped else { return text }
        var out = UTF8Builder()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3000: out.append(" ")
            case 0xFF01...0xFF5E: out.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            default: out.append(scalar)
            }
        }
        return out.string
    }

    /// A scalar NFKC leaves as it is, alone or next to any other such scalar:
    /// ASCII, CJK punctuation and brackets (not the tone marks U+302A–U+302F),
    /// hiragana and katakana without the combining voicing marks, the
    /// prolonged sound mark, CJK unified ideographs.
    static func isStable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F, 0x3001...0x3029, 0x3041...0x3096, 0x30A0...0x30FE, 0x4E00...0x9FFF: return true
        default: return false
        }
    }

    /// A key for comparing labels and titles: normalised, lower-cased, with
    /// white space removed and trailing sentence punctuation dropped.
    public static func key(_ text: String) -> String {
        // By Unicode scalar (lower-casing is per scalar in Swift too): no grapheme breaking.
        var folded = UTF8Builder()
        for scalar in normalize(text).unicodeScalars {
            // Kana and CJK ideographs are neither white space nor cased: no property look-ups.
            if (0x3041...0x30FE).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value) {
                folded.append(scalar)
                continue
            }
            if scalar.properties.isWhitespace { continue }
            if scalar.isASCII {
                let value = scalar.value
                folded.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
            } else if scalar.properties.changesWhenLowercased {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { folded.append(lower) }
            } else {
                folded.append(scalar)
            }
        }
        var key = folded.string
        while let last = key.unicodeScalars.last, trailingPunctuation.contains(last) { key.unicodeScalars.removeLast() }
        return key
    }

    /// Sentence punctuation a key drops at its end.
    static let trailingPunctuation: Set<Unicode.Scalar> = ["。", ".", "．", "、", ","]

    /// Levenshtein distance over characters, for "did you mean" suggestions.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidates closest to `text` (at most `limit`, within `maxDistance`).
    public static func nearest(_ text: String, in candidates: [String], limit: Int = 3, maxDistance: Int? = nil) -> [String] {
        let key = self.key(text)
        let allowed = maxDistance ?? max(2, key.count / 2)
        let scored = candidates.map { ($0, distance(key, self.key($0))) }
            .filter { $0.1 <= allowed }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        var seen = Set<String>()
        var out: [String] = []
        for (candidate, _) in scored where seen.insert(candidate).inserted {
            out.append(candidate)
            if out.count == limit { break }
        }
        return out
    }
}

/// Builds a string from scalars as UTF-8 bytes (appending to a
/// `String.UnicodeScalarView` one scalar at a time is several times slower).
struct UTF8Builder {
    var bytes: [UInt8] = []

    mutating func append(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
