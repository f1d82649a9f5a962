import Foundation
import Markdown
import WorkshopModel

/// Reads a list of threat ids as participants write it in a `脅威:` field or
/// a group sheet's `threats:`: `3, 8`, `3、8`, `３，８`, `脅威3`, `脅威 ３`,
/// `Threat 8`, or `3 内部不正…` (a title after the id is ignored).
///
/// Each id gets its own location when it stands on the value's first line,
/// otherwise the value's location. A part with no number gives
/// `ThreatRef(raw:, id: nil)` (the checker reports `malformed-threat`),
/// unless it follows a titled id, where it is read as the rest of that title
/// (`3 内部不正、情報漏えい`).
enum ThreatList {
    static let separators: Set<Character> = [",", "、", "，", "､", ";", "；", "/", "／"]

    static func parse(_ value: WrittenText) -> [ThreatRef] {
        var refs: [ThreatRef] = []
        var previousHadTitle = false
        var offset = 0
        var line = 0
        for part in split(value.text) {
            defer {
                offset += part.count + 1
                line += part.filter { $0 == "\n" }.count
            }
            let leading = part.prefix { $0.isWhitespace }
            let trimmed = part.trimmingSpacesAndNewlines()
            guard !trimmed.isEmpty else { continue }
            var location = value.location
            if line == 0 && !leading.contains("\n") {
                location.column += offset + leading.count
            }
            var scan = IDScan(trimmed)
            scan.skipMarks()
            _ = scan.skipPrefix(Labels.threatPrefixes)
            guard let id = scan.number() else {
                if !previousHadTitle { refs.append(ThreatRef(raw: trimmed, id: nil, location: location)) }
                continue
            }
            let raw = scan.consumed
            let rest = scan.title()
            // `3 8`: numbers separated by spaces are several ids.
            if let rest, rest.split(separator: " ").allSatisfy({ $0.allSatisfy { IDScan.digits($0) != nil } }) {
                refs.append(ThreatRef(raw: raw, id: id, location: location))
                for word in rest.split(separator: " ") {
                    var more = IDScan(String(word))
                    if let next = more.number() { refs.append(ThreatRef(raw: String(word), id: next, location: location)) }
                }
                previousHadTitle = false
                continue
            }
            refs.append(ThreatRef(raw: raw, id: id, location: location))
            previousHadTitle = rest != nil
        }
        return refs
    }

    /// Splits at the separators, keeping every character (so offsets add up).
    private static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        for character in text {
            if separators.contains(character) {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }
}
