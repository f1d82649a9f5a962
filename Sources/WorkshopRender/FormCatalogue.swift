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
        var json = json
        return json.withUTF8 { scriptSafe(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func scriptSafe(bytes json: Data) -> String {
        json.withUnsafeBytes { scriptSafe(bytes: $0) }
    }

    /// The escaping on UTF-8 bytes: the four ASCII characters and U+2028/U+2029 (E2 80 A8/A9) are the only ones to find.
    static func scriptSafe(bytes json: UnsafeRawBufferPointer) -> String {
        func special(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == 0xE2
        }
        // Most of the text has nothing to escape: copy runs between the bytes that may need it.
        var out: [UInt8] = []
        out.reserveCapacity(json.count + 64)
        var index = 0, runStart = 0
        let count = json.count
        while index < count {
            let byte = json[index]
            guard special(byte) else { index += 1; continue }
            var replacement: String?
            var length = 1
            switch byte {
            case UInt8(ascii: "<"): replacement = "\\u003c"
            case UInt8(ascii: ">"): replacement = "\\u003e"
            case UInt8(ascii: "&"): replacement = "\\u0026"
            default:
                if index + 2 < count, json[index + 1] == 0x80, json[index + 2] == 0xA8 || json[index + 2] == 0xA9 {
                    replacement = json[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                }
            }
            guard let replacement else { index += 1; continue }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: json[runStart..<index]))
            out.append(contentsOf: replacement.utf8)
            index += length
            runStart = index
        }
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: json[runStart..<count]))
        return String(decoding: out, as: UTF8.self)
    }
}
