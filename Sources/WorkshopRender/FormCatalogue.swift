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
        let json = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return scriptSafe(json)
    }

    static func scriptSafe(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
