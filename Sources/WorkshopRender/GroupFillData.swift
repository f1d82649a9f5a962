import Foundation
import WorkshopModel

/// The group form's data (the contract with `assets/group-fill.js`): the
/// group and its roster, what each member of the group wrote in their
/// worksheet, the event's catalogues, the group sheet as it stands (without
/// its hint: that stays the facilitator's), and the form's own words from the
/// theme's strings (`groupFill…` keys). Members' text is their Markdown as
/// written; the script turns it into plain text and escapes it again when it
/// writes the sheet. Only the facilitator's build makes it (`GroupFillPage`).
struct GroupFillData: Encodable {
    struct Group: Encodable {
        var id: String
        var name: String
        /// `GroupTitle`'s wording (`グループA: 卸業・製造業グループ`).
        var title: String
        /// The roster (`members:` in event.yaml); empty when none is given.
        var members: [String]
    }
    struct Impact: Encodable, Hashable {
        var threat: Int
        var title: String
        var business: String
        var impact: String
        /// `high`, `medium`, `low`, or absent.
        var severity: String?
    }
    struct Choice: Encodable, Hashable {
        var procedure: String
        var text: String
        var threats: [Int]
        var reason: String
    }
    struct Pair: Encodable, Hashable {
        var obstacle: String
        var remedies: [String]
    }
    struct Obstacles: Encodable, Hashable {
        var procedure: String
        var pairs: [Pair]
    }
    struct MemberWorksheet: Encodable, Hashable {
        var participant: String
        var industry: String
        var impacts: [Impact]
        var choices: [Choice]
        var obstacles: [Obstacles]
    }
    struct CommonProcedure: Encodable {
        var procedure: String
        var reason: String
    }
    /// The group sheet as it stands, less its hint.
    struct Sheet: Encodable {
        var threats: [Int]
        var industries: [String]
        var publish: Bool
        var impacts: [String]
        var common: [CommonProcedure]
        var views: [String]
        var obstacles: [Pair]
    }

    var language: String
    var event: FillData.EventInfo
    var group: Group
    var worksheets: [MemberWorksheet]
    var threats: [FormCatalogue.ThreatInfo]
    var excludedThreats: [Int]
    var controls: [FormCatalogue.ControlInfo]
    var sheet: Sheet?
    /// The form may submit to `workshop serve --collect`.
    var collect: Bool
    /// The form's words: the theme's strings whose keys start with `groupFill`.
    var text: [String: String]

    /// Every field but `worksheets`, which `scriptSafeJSON(memory:)` adds member by member.
    enum CodingKeys: String, CodingKey {
        case language, event, group, threats, excludedThreats, controls, sheet, collect, text
    }

    /// The data as JSON with sorted keys, made safe for a script element: the
    /// other fields, then `"worksheets"` (the last key in sorted order), each
    /// member encoded alone (or remembered by `memory`), the same bytes as
    /// encoding the whole at once.
    func scriptSafeJSON(memory: GroupFormMemory?) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var json = try? encoder.encode(self), json.last == UInt8(ascii: "}"), json.count > 2 else { return "{}" }
        json.removeLast()
        json.append(contentsOf: Array(#","worksheets":["#.utf8))
        for (index, member) in worksheets.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            guard let one = memory?.json(of: member, encoder: encoder) ?? (try? encoder.encode(member)) else { return "{}" }
            json.append(one)
        }
        json.append(contentsOf: Array("]}".utf8))
        return FormCatalogue.scriptSafe(bytes: json)
    }

    init(event: Event, group info: GroupInfo, content: Content, strings: [String: String], collect: Bool = false) {
        let language = content.site.language
        self.language = language.rawValue
        self.event = FillData.EventInfo(slug: event.slug, title: event.title, date: event.date?.description)
        group = Group(id: info.id, name: info.name,
                      title: PageFrame.groupTitle(id: info.id, name: info.name, strings: strings), members: info.members)
        let catalogue = FormCatalogue(event: event, content: content)
        threats = catalogue.threats
        excludedThreats = catalogue.excludedThreats
        controls = catalogue.controls
        let threatCatalogue = content.threatCatalogue(event.threatCatalogueID)
        let table = content.controlTable(event.controlTableID)
        func procedureID(_ ref: ProcedureRef) -> String { ref.id?.description ?? ref.raw }
        worksheets = event.worksheets(inGroup: info.id).map { sheet in
            MemberWorksheet(
                participant: sheet.participant, industry: sheet.industry,
                impacts: sheet.impacts.compactMap { impact in
                    guard let id = impact.threat.id else { return nil }
                    return Impact(threat: id, title: threatCatalogue?.threat(id)?.title(in: language) ?? "",
                                  business: impact.business?.text ?? "", impact: impact.impact?.text ?? "", severity: impact.severity?.rawValue)
                },
                choices: sheet.choices.map { choice in
                    Choice(procedure: procedureID(choice.procedure),
                           text: choice.procedure.id.flatMap { table?.procedure($0)?.text(in: language) } ?? "",
                           threats: choice.threats.compactMap(\.id), reason: choice.reason?.text ?? "")
                },
                obstacles: sheet.obstacles.map { entry in
                    Obstacles(procedure: procedureID(entry.procedure),
                              pairs: entry.pairs.map { Pair(obstacle: $0.obstacle.text, remedies: $0.remedies.map(\.text)) })
                })
        }
        sheet = event.groupSheet(info.id).map { sheet in
            Sheet(threats: sheet.threats.compactMap(\.id), industries: sheet.industries, publish: sheet.publish,
                  impacts: sheet.impacts.map(\.text),
                  common: sheet.commonProcedures.map { CommonProcedure(procedure: procedureID($0.procedure), reason: $0.reason?.text ?? "") },
                  views: sheet.diverseViews.map(\.text),
                  obstacles: sheet.obstacles.map { Pair(obstacle: $0.obstacle.text, remedies: $0.remedies.map(\.text)) })
        }
        self.collect = collect
        text = strings.filter { $0.key.hasPrefix("groupFill") }
    }
}
