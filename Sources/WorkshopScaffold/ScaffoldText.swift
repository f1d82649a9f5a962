import Foundation
import WorkshopLoad
import WorkshopModel

/// Small pieces of text the scaffolds write.
enum ScaffoldText {
    /// A YAML scalar for any text: plain when it is safe to leave unquoted,
    /// else double-quoted with escapes.
    static func yaml(_ text: String) -> String {
        if isPlainSafe(text) { return text }
        return YAMLScalar.doubleQuoted(text)
    }

    /// Text YAML reads back as the same string when written unquoted.
    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, !first.isWhitespace, !last.isWhitespace else { return false }
        if "-?:,[]{}#&*!|>'\"%@`0123456789+.~".contains(first) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        if text.contains(where: { $0.isNewline || $0 == "\t" || $0.unicodeScalars.contains { $0.value < 0x20 } }) { return false }
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n"]
        return !reserved.contains(text.lowercased())
    }

    /// Today in the local calendar.
    static func today(_ now: Date = Date()) -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: now)
        return CalendarDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// `date` plus `days` days.
    static func adding(_ days: Int, to date: CalendarDate) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone.current
        guard let start = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)),
              let later = calendar.date(byAdding: .day, value: days, to: start) else { return date }
        let parts = calendar.dateComponents([.year, .month, .day], from: later)
        return CalendarDate(year: parts.year ?? date.year, month: parts.month ?? date.month, day: parts.day ?? date.day)
    }
}
