import WorkshopModel

/// The obstacles participants and groups met with each procedure, and the
/// remedies they proposed, from every event: published worksheets and group
/// sheets only (whatever the audience), never a pseudonym. Gathered from each
/// event's aggregates (`Aggregates.publishedObstacles`), not by re-reading
/// worksheets, and grouped under the control table each event used.
struct KnowledgeBase {
    /// One obstacle with its remedies, and where it was written.
    struct Entry {
        var event: Event
        var obstacle: Aggregates.ObstacleEntry
    }

    /// A control table with the controls that have entries.
    struct Shelf {
        var table: ControlTable
        /// Entries per control number, newest event first.
        var counts: [Int: Int]
        /// Entries per procedure.
        var procedureCounts: [ProcedureID: Int]
    }

    var content: Content
    var aggregates: [String: Aggregates]

    /// The events that use `table`, newest first.
    func events(using table: String) -> [Event] {
        content.events.reversed().filter { $0.controlTableID == table }
    }

    /// Every control table an event uses, with its entry counts (tables without entries included, so the index can say so).
    var shelves: [Shelf] {
        content.controlTables.compactMap { table in
            let events = events(using: table.id)
            guard !events.isEmpty else { return nil }
            var counts: [Int: Int] = [:], procedureCounts: [ProcedureID: Int] = [:]
            for event in events {
                for entry in aggregates[event.slug]?.publishedObstacles ?? [] where table.procedure(entry.procedure) != nil {
                    counts[entry.procedure.control, default: 0] += 1
                    procedureCounts[entry.procedure, default: 0] += 1
                }
            }
            return Shelf(table: table, counts: counts, procedureCounts: procedureCounts)
        }
    }

    /// The entries for one control of `table`, newest event first; in an event, group sheets before worksheets.
    func entries(table: ControlTable, control: Int) -> [Entry] {
        events(using: table.id).flatMap { event in
            (aggregates[event.slug]?.publishedObstacles ?? [])
                .filter { $0.procedure.control == control && table.procedure($0.procedure) != nil }
                .enumerated()
                .sorted { ($0.element.fromGroupSheet ? 0 : 1, $0.offset) < ($1.element.fromGroupSheet ? 0 : 1, $1.offset) }
                .map { Entry(event: event, obstacle: $0.element) }
        }
    }

    /// The pages: the index (`""`) and one per control with entries (`<table>/<control>`).
    var pageIDs: [String] {
        let controls = shelves.flatMap { shelf in shelf.table.controls.filter { (shelf.counts[$0.number] ?? 0) > 0 }.map { "\(shelf.table.id)/\($0.number)" } }
        return [""] + controls
    }

    /// A page id's table and control (nil for the index).
    static func split(_ id: String) -> (table: String, control: Int)? {
        guard let slash = id.lastIndex(of: "/"), let control = Int(id[id.index(after: slash)...]) else { return nil }
        return (String(id[..<slash]), control)
    }

    static func path(of id: String) -> String {
        split(id).map { SitePaths.knowledge(table: $0.table, control: $0.control) } ?? SitePaths.knowledge
    }
}
