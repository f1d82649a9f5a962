import WorkshopModel

/// The obstacles participants and groups met with each procedure, and the
/// remedies they proposed, from every event: published worksheets and group
/// sheets only (whatever the audience), never a pseudonym. Gathered from each
/// event's aggregates (`Aggregates.publishedObstacles`, already grouped by
/// procedure), not by re-reading worksheets, and grouped under the control
/// table each event used. A page costs what it shows plus a look-up per event.
struct KnowledgeBase {
    /// One obstacle with its remedies, and where it was written.
    struct Entry {
        var event: Event
        var obstacle: Aggregates.ObstacleEntry
    }

    /// A control table with the controls that have entries.
    struct Shelf {
        var table: ControlTable
        /// Entries per control number.
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
                for (procedure, entries) in aggregates[event.slug]?.publishedObstacles ?? [:] where table.procedure(procedure) != nil {
                    counts[procedure.control, default: 0] += entries.count
                    procedureCounts[procedure, default: 0] += entries.count
                }
            }
            return Shelf(table: table, counts: counts, procedureCounts: procedureCounts)
        }
    }

    /// How many entries `procedure` has in the events that use `table`.
    func count(table: ControlTable, procedure: ProcedureID) -> Int {
        guard table.procedure(procedure) != nil else { return 0 }
        return events(using: table.id).reduce(0) { $0 + (aggregates[$1.slug]?.publishedObstacles[procedure]?.count ?? 0) }
    }

    /// Entries `range` (0-based, newest event first; in an event, group sheets
    /// before worksheets) of `procedure` in the events that use `table`.
    func entries(table: ControlTable, procedure: ProcedureID, range: Range<Int>) -> [Entry] {
        guard table.procedure(procedure) != nil else { return [] }
        var result: [Entry] = []
        var seen = 0
        for event in events(using: table.id) {
            guard seen < range.upperBound else { break }
            let list = aggregates[event.slug]?.publishedObstacles[procedure] ?? []
            defer { seen += list.count }
            guard seen + list.count > range.lowerBound else { continue }
            let from = max(0, range.lowerBound - seen), to = min(list.count, range.upperBound - seen)
            result += list[from..<to].map { Entry(event: event, obstacle: $0) }
        }
        return result
    }

    /// How many entries a control's page shows of each procedure; a procedure
    /// with more has pages of its own (`KnowledgePageID.procedure`), newest first.
    static let shareOnControlPage = 10
    /// Entries on each of a procedure's own pages.
    static let pageSize = 100

    /// The number of own pages of a procedure with `count` entries (0: the control's page shows them all).
    static func procedurePages(count: Int) -> Int {
        count > shareOnControlPage ? (count + pageSize - 1) / pageSize : 0
    }

    /// The pages: the index, one per control with entries, and the own pages of procedures with many.
    var pages: [KnowledgePageID] {
        var pages: [KnowledgePageID] = [.index]
        for shelf in shelves {
            for control in shelf.table.controls where (shelf.counts[control.number] ?? 0) > 0 {
                pages.append(.control(table: shelf.table.id, control: control.number))
                for procedure in control.procedures {
                    let count = Self.procedurePages(count: shelf.procedureCounts[procedure.id] ?? 0)
                    guard count > 0 else { continue }
                    pages += (1...count).map { .procedure(table: shelf.table.id, procedure: procedure.id, page: $0) }
                }
            }
        }
        return pages
    }
}

/// A page of the knowledge base, and its id in the page registry
/// (`c:<table>/<control>`, `p:<table>/<control>-<n>/<page>`).
enum KnowledgePageID: Hashable {
    case index
    case control(table: String, control: Int)
    /// Page `page` (from 1) of one procedure's entries.
    case procedure(table: String, procedure: ProcedureID, page: Int)

    var id: String {
        switch self {
        case .index: ""
        case .control(let table, let control): "c:\(table)/\(control)"
        case .procedure(let table, let procedure, let page): "p:\(table)/\(procedure)/\(page)"
        }
    }

    init?(id: String) {
        if id.isEmpty { self = .index; return }
        let body = id.dropFirst(2)
        guard let slash = body.lastIndex(of: "/") else { return nil }
        let table = String(body[..<slash]), last = body[body.index(after: slash)...]
        if id.hasPrefix("c:"), let control = Int(last) {
            self = .control(table: table, control: control)
        } else if id.hasPrefix("p:"), let page = Int(last), let second = table.lastIndex(of: "/"),
                  let procedure = ProcedureID(String(table[table.index(after: second)...])) {
            self = .procedure(table: String(table[..<second]), procedure: procedure, page: page)
        } else {
            return nil
        }
    }

    /// Where the page is written: `knowledge/`, `knowledge/<table>/<control>/`,
    /// `knowledge/<table>/<control>/<n>/` and `…/<n>/<page>/` from page 2.
    var path: String {
        switch self {
        case .index: SitePaths.knowledge
        case .control(let table, let control): SitePaths.knowledge(table: table, control: control)
        case .procedure(let table, let procedure, let page):
            SitePaths.knowledge(table: table, control: procedure.control).replacingOccurrences(of: "index.html", with: "")
                + "\(procedure.number)/" + (page > 1 ? "\(page)/" : "") + "index.html"
        }
    }
}
