import Foundation
import WorkshopModel

/// What the site's forms (the participant's fill-in form and the group
/// form) get from the event's catalogues: the threats it offers, the ones it
/// excludes and the control table, in the site's language; and how their
/// data is printed into a page (JSON safe inside `<script type="application/json">`).
struct FormCatalogue {
    struct ThreatInfo: Encodable { var id: Int; var title: String; var summary: String }
    /// `text` in the site's language; `otherTexts`: the table's texts in its
    /// other languages, which the form's search also matches.
    struct ProcedureInfo: Encodable { var id: String; var text: String; var otherTexts: [String] }
    struct ControlInfo: Encodable {
        var no: Int
        var category: String
        var categoryName: String
        var iso: String
        var title: String
        var otherTitles: [String]
        var procedures: [ProcedureInfo]
    }

    /// The catalogue's threats less the ones the event excludes.
    var threats: [ThreatInfo]
    var excludedThreats: [Int]
    var controls: [ControlInfo]

    init(event: Event, content: Content) {
        let language = content.site.language
        threats = (content.threatCatalogue(event.threatCatalogueID)?.threats ?? [])
            .filter { !event.excludedThreats.contains($0.id) }
            .map { ThreatInfo(id: $0.id, title: $0.title(in: language), summary: $0.summary(in: language)) }
        excludedThreats = event.excludedThreats
        controls = (content.controlTable(event.controlTableID)?.controls ?? []).map { control in
            ControlInfo(no: control.number, category: control.category.rawValue, categoryName: control.category.name(in: language),
                        iso: control.iso, title: control.title(in: language),
                        otherTitles: ([control.title] + control.titleTranslations.sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value))
                            .filter { $0 != control.title(in: language) },
                        procedures: control.procedures.map { procedure in
                            ProcedureInfo(id: procedure.id.description, text: procedure.text(in: language),
                                          otherTexts: procedure.texts.filter { $0 != procedure.text(in: language) })
                        })
        }
    }

    /// `value` as JSON (sorted keys) with `<`, `>`, `&` and the JavaScript line separators escaped as `\uXXXX`.
    static func scriptSafeJSON(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let json = try? encoder.encode(value) else { return "{}" }
        return scriptSafe(bytes: json)
    }

    static func scriptSafe(_ json: String) -> String {
        scriptSafe(bytes: Array(json.utf8))
    }

    /// The escaping on UTF-8 bytes: the four ASCII characters and U+2028/U+2029 (E2 80 A8/A9) are the only ones to find.
    static func scriptSafe(bytes json: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(json.count + 64)
        var pending: [UInt8] = []   // an E2 80 prefix not yet known to be a line separator
        for byte in json {
            if !pending.isEmpty {
                if pending.count == 1 {
                    if byte == 0x80 { pending.append(byte); continue }
                } else if byte == 0xA8 || byte == 0xA9 {
                    out += Array((byte == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    pending = []
                    continue
                }
                out += pending
                pending = []
            }
            switch byte {
            case UInt8(ascii: "<"): out += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): out += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): out += Array("\\u0026".utf8)
            case 0xE2: pending = [byte]
            default: out.append(byte)
            }
        }
        out += pending
        return String(decoding: out, as: UTF8.self)
    }
}
