/// The language of a site's interface and of the checker's messages.
public enum Language: String, Sendable, Codable, CaseIterable {
    case ja
    case en

    /// Reads `ja`, `ja-JP`, `en`, `en-GB`, … ; nil for anything else.
    public init?(code: String) {
        let lower = code.lowercased()
        if lower == "ja" || lower.hasPrefix("ja-") || lower.hasPrefix("ja_") { self = .ja }
        else if lower == "en" || lower.hasPrefix("en-") || lower.hasPrefix("en_") { self = .en }
        else { return nil }
    }

    /// Picks the Japanese or English text.
    public func pick(ja: @autoclosure () -> String, en: @autoclosure () -> String) -> String {
        self == .ja ? ja() : en()
    }
}
