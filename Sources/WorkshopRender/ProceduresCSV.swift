import Foundation
import WorkshopModel

/// `procedures.csv`: one row per procedure a participant chose, for
/// spreadsheet users. UTF-8 with a BOM (so Excel reads it), CRLF, RFC 4180
/// quoting. The participant column exists only for the facilitator; the
/// public file has rows from published worksheets only (the content is
/// filtered before).
struct ProceduresCSV {
    var event: Event
    var table: ControlTable?
    var catalogue: ThreatCatalogue?
    var audience: Audience
    var language: Language

    func file() -> RenderedFile {
        var header = ["event", "group", "participant", "industry", "procedure", "procedure text", "threats", "reason"]
        if !audience.isFacilitator { header.removeAll { $0 == "participant" } }
        var rows = [header]
        for sheet in event.worksheets {
            for choice in sheet.choices {
                let id = choice.procedure.id
                let threats = choice.threats.map { ref -> String in
                    guard let threatID = ref.id else { return ref.raw }
                    let title = catalogue?.threat(threatID)?.title ?? ""
                    return title.isEmpty ? String(threatID) : "\(threatID) \(title)"
                }.joined(separator: "; ")
                var row = [event.slug, sheet.group]
                if audience.isFacilitator { row.append(sheet.participant) }
                row += [sheet.industry, id?.description ?? choice.procedure.raw, id.flatMap { table?.procedure($0)?.text } ?? "", threats, choice.reason?.text ?? ""]
                rows.append(row)
            }
        }
        let text = rows.map { $0.map(Self.quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return RenderedFile(path: SitePaths.proceduresCSV(event.slug), contents: Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
    }

    /// RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes.
    /// A leading `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet does not run it as a formula.
    static func quote(_ field: String) -> String {
        var value = field
        // By UTF-8 byte: each character looked for is ASCII (and a multi-byte sequence never holds an ASCII byte).
        if let first = value.utf8.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "@"),
           Int(value) == nil, ProcedureID(value) == nil {
            value = "'" + value
        }
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else { return value }
        var quoted: [UInt8] = [UInt8(ascii: "\"")]
        quoted.reserveCapacity(value.utf8.count + 8)
        for byte in value.utf8 {
            quoted.append(byte)
            if byte == UInt8(ascii: "\"") { quoted.append(byte) }
        }
        quoted.append(UInt8(ascii: "\""))
        return String(decoding: quoted, as: UTF8.self)
    }
}
