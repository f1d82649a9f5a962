import Foundation
import WorkshopModel

/// `event.json`: the whole checked event as the audience may see it, for
/// scripts and spreadsheets. Public exports carry no pseudonyms and only
/// published worksheets and group sheets (the content is filtered before).
struct EventExport: Encodable {
    struct Group: Encodable { var id: String; var name: String }
    struct Impact: Encodable { var threat: Int?; var business: String?; var impact: String?; var severity: String? }
    struct Choice: Encodable { var procedure: String?; var threats: [Int]; var reason: String? }
    struct Pair: Encodable { var obstacle: String; var remedies: [String] }
    struct Obstacles: Encodable { var procedure: String?; var pairs: [Pair] }
    struct Sheet: Encodable {
        var participant: String?
        var group: String
        var industry: String
        var publish: Bool
        var impacts: [Impact]
        var choices: [Choice]
        var obstacles: [Obstacles]
    }
    struct GroupResult: Encodable {
        var group: String
        var threats: [Int]
        var industries: [String]
        var publish: Bool
        var impacts: [String]
        var commonProcedures: [Choice]
        var diverseViews: [String]
        var obstacles: [Pair]
        var hint: String?
    }
    struct Count: Encodable { var id: String; var count: Int }
    struct Counts: Encodable {
        var participants: Int
        var threats: [Count]
        var procedures: [Count]
        var matrix: [MatrixCell]
    }
    struct MatrixCell: Encodable { var threat: Int; var procedure: String; var count: Int }

    var audience: String
    var slug: String
    var title: String
    var programme: String
    var number: Int?
    var date: String?
    var time: String
    var venue: String
    var threatCatalogue: String
    var controlTable: String
    var excludedThreats: [Int]
    var schedule: [ScheduleItem]
    var groups: [Group]
    var next: NextSession?
    var worksheets: [Sheet]
    var groupSheets: [GroupResult]
    var counts: Counts

    init(event: Event, aggregates: Aggregates, audience: Audience) {
        self.audience = audience.rawValue
        slug = event.slug
        title = event.title
        programme = event.programme
        number = event.number
        date = event.date?.description
        time = event.time
        venue = event.venue
        threatCatalogue = event.threatCatalogueID
        controlTable = event.controlTableID
        excludedThreats = event.excludedThreats
        schedule = event.schedule
        groups = event.groups.map { Group(id: $0.id, name: $0.name) }
        next = event.next
        func choice(_ c: ProcedureChoice) -> Choice {
            Choice(procedure: c.procedure.id?.description ?? c.procedure.raw, threats: c.threats.compactMap(\.id), reason: c.reason?.text)
        }
        func pair(_ p: ObstaclePair) -> Pair { Pair(obstacle: p.obstacle.text, remedies: p.remedies.map(\.text)) }
        worksheets = event.worksheets.map { sheet in
            Sheet(participant: audience.isFacilitator ? sheet.participant : nil, group: sheet.group, industry: sheet.industry, publish: sheet.publish,
                  impacts: sheet.impacts.map { Impact(threat: $0.threat.id, business: $0.business?.text, impact: $0.impact?.text, severity: $0.severity?.rawValue ?? $0.severityText?.text) },
                  choices: sheet.choices.map(choice),
                  obstacles: sheet.obstacles.map { Obstacles(procedure: $0.procedure.id?.description ?? $0.procedure.raw, pairs: $0.pairs.map(pair)) })
        }
        groupSheets = event.groupSheets.map { sheet in
            GroupResult(group: sheet.group, threats: sheet.threats.compactMap(\.id), industries: sheet.industries, publish: sheet.publish,
                        impacts: sheet.impacts.map(\.text), commonProcedures: sheet.commonProcedures.map(choice),
                        diverseViews: sheet.diverseViews.map(\.text), obstacles: sheet.obstacles.map(pair), hint: sheet.hint?.text)
        }
        counts = Counts(
            participants: aggregates.worksheetCount,
            threats: aggregates.threatCounts.sorted { $0.key < $1.key }.map { Count(id: String($0.key), count: $0.value) },
            procedures: aggregates.procedureCounts.sorted { $0.key < $1.key }.map { Count(id: $0.key.description, count: $0.value) },
            matrix: aggregates.matrix.sorted { ($0.key.threat, $0.key.procedure) < ($1.key.threat, $1.key.procedure) }
                .map { MatrixCell(threat: $0.key.threat, procedure: $0.key.procedure.description, count: $0.value) })
    }

    func file() -> RenderedFile {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return RenderedFile(path: SitePaths.eventJSON(slug), contents: data)
    }
}
