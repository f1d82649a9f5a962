import Foundation
import Markdown
import WorkshopModel

/// The fill-in markers that scaffolding (`workshop new`) writes into a blank
/// worksheet, and the recognition of markers a participant left unfilled.
///
/// A field whose value is a placeholder gets a `placeholder-text` warning and
/// counts as not written (the field is left out of the model), so the
/// checker's "missing 影響" / "missing 理由" findings still fire and a
/// placeholder never reaches the published report.
public enum Placeholder {
    /// The marker scaffolding writes in a Japanese worksheet.
    public static let marker = "（記入してください）"
    /// The marker scaffolding writes in an English worksheet.
    public static let englishMarker = "(fill in)"

    /// The marker for the site's language.
    public static func marker(in language: Language) -> String {
        language.pick(ja: marker, en: englishMarker)
    }

    /// Whole values that mean "not filled in" (compared with `IDText.key`,
    /// so width, case and spaces do not matter).
    static let values: Set<String> = Set([
        marker, englishMarker, "（ここに記入）", "(ここに記入)", "ここに記入", "<記入>", "＜記入＞", "記入",
        "（記入）", "（未記入）", "未記入", "TODO", "TBD", "(fill in)", "<fill in>", "fill in", "...", "…", "……", "・・・",
        "(write here)", "<write here>", "xxx", "〇〇", "○○",
    ].map(IDText.key))

    /// Whether `text` is a placeholder left by the scaffolding: one of the
    /// markers alone, only dots, `TODO: …`, `（例）…` (an example left in), or
    /// text that still contains the scaffolding's own marker.
    public static func isPlaceholder(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { !$0.properties.isWhitespace }) else { return false }
        if scalars.allSatisfy({ $0.properties.isWhitespace || "．…・･。.".unicodeScalars.contains($0) }) { return true }
        // Whole-value markers are short; long text is only looked at for a
        // leading "TODO:" / "（例）" and for the scaffolding's own marker.
        let short = scalars.count <= longestValue
        let key = IDText.key(short ? text : String(text.prefix(12)))
        if key.isEmpty { return false }
        if short && values.contains(key) { return true }
        if key.hasPrefix("todo:") || key.hasPrefix("todo(") { return true }
        if key.hasPrefix("(例)") || key.hasPrefix("例:") || key.hasPrefix("(e.g.") || key.hasPrefix("e.g.:") { return true }
        return contains(text, marker) || contains(text, englishMarker)
    }

    /// Longer than this (in scalars, with spaces), a value cannot be one of `values`.
    static let longestValue = 40

    /// Substring search on UTF-8 bytes (no Foundation bridging on the hot path).
    static func contains(_ text: String, _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        func search(_ haystack: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let first = pattern.first, haystack.count >= pattern.count else { return false }
            var index = 0
            let last = haystack.count - pattern.count
            while index <= last {
                if haystack[index] == first && haystack[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
                index += 1
            }
            return false
        }
        // Native strings are contiguous UTF-8: searched in place, without a copy.
        if let found = text.utf8.withContiguousStorageIfAvailable(search) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(search)
    }

    /// The `placeholder-text` warning for a field still holding a marker.
    /// The text is shown only when it is more than a marker (`TODO: 確認`, an example left in).
    static func finding(_ text: WrittenText, label: String, language: Language) -> Finding {
        // A marker alone, or with a word before it (`脅威 （記入してください）`), says nothing more than the label.
        let rest = text.text.replacingOccurrences(of: marker, with: "").replacingOccurrences(of: englishMarker, with: "")
        let bare = values.contains(IDText.key(text.text)) || text.text.trimmingSpaces().allSatisfy { "．…・･。.".contains($0) }
            || (rest.count < text.text.count && rest.trimmingSpaces().count <= 12)
        let shown = text.text.count > 30 ? String(text.text.prefix(30)) + "…" : text.text
        let subject = label.isEmpty ? "" : language.pick(ja: "「\(label)」が", en: "'\(label)' ")
        if bare {
            return Finding(.placeholderText, at: text.location, language.pick(
                ja: "\(subject)まだ記入されていません", en: "\(subject)is not filled in yet"))
        }
        return Finding(.placeholderText, at: text.location, language.pick(
            ja: "\(subject)まだ記入されていません（'\(shown)' のままです）",
            en: "\(subject)is not filled in yet (it still reads '\(shown)')"))
    }
}
