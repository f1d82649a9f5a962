import WorkshopModel

/// The obstacles participants and groups met with each procedure, and the
/// remedies they proposed, from every event: published worksheets and group
/// sheets only (whatever the audience), never a pseudonym. Gathered once per
/// prepared site from each event's aggregates (`Aggregates.publishedObstacles`,
/// already grouped by procedure), not by re-reading worksheets, and grouped
/// under the control table each event used. Each procedure keeps the events
/// that have entries for it, newest first, with running totals: a page costs
/// what it shows, whatever the length of the series.
struct KnowledgeBase: Sendable {
    /// One obstacle with its remedies, and where it was written.
    struct Entry {
        var event: Event
        var obstacle: Aggregates.ObstacleEntry
    }

    /// A control table with the controls that have entries.
    struct Shelf: Sendable {
        var table: ControlTable
        /// Entries per control number.
        var counts: [Int: Int]
        /// Entries per procedure.
        var procedureCounts: [ProcedureID: Int]
    }

    /// One event's entries for one procedure, and how many entries come before them (newer events).
    struct Run: Sendable {
        var event: Event
        var entries: [Aggregates.ObstacleEntry]
        var before: Int
    }

    /// Every control table an event uses, with its entry counts (tables without entries included, so the index can say so).
    private(set) var shelves: [Shelf] = []
    /// Per control table id and procedure: the events with entries, newest first.
    private var runs: [String: [ProcedureID: [Run]]] = [:]

    init(content: Content, aggregates: [String: Aggregates]) {
        var eventsByTable: [String: [Event]] = [:]
        for event in content.events.reversed() { eventsByTable[event.controlTableID, default: []].append(event) }
        for table in content.controlTables {
            guard let events = eventsByTable[table.id], !events.isEmpty else { continue }
            var counts: [Int: Int] = [:], procedureCounts: [ProcedureID: Int] = [:]
            var tableRuns: [ProcedureID: [Run]] = [:]
            for event in events {
                for (procedure, entries) in aggregates[event.slug]?.publishedObstacles ?? [:]
                where !entries.isEmpty && table.procedure(procedure) != nil {
                    let before = procedureCounts[procedure, default: 0]
                    tableRuns[procedure, default: []].append(Run(event: event, entries: entries, before: before))
                    counts[procedure.control, default: 0] += entries.count
                    procedureCounts[procedure] = before + entries.count
                }
            }
            shelves.append(Shelf(table: table, counts: counts, procedureCounts: procedureCounts))
            // A table id may repeat in content that failed its checks: the first wins, as `Content.controlTable` does.
            if runs[table.id] == nil { runs[table.id] = tableRuns }
        }
    }

    /// The shelf of `table`, if an event uses it.
    func shelf(of table: String) -> Shelf? {
        shelves.first { $0.table.id == table }
    }

    /// How many entries `procedure` has in the events that use `table`.
    func count(table: ControlTable, procedure: ProcedureID) -> Int {
        guard let last = runs[table.id]?[procedure]?.last else { return 0 }
        return last.before + last.entries.count
    }

    /// Entries `range` (0-based, newest event first; in an event, group sheets
    /// before worksheets) of `procedure` in the events that use `table`.
    func entries(table: ControlTable, procedure: ProcedureID, range: Range<Int>) -> [Entry] {
        guard let list = runs[table.id]?[procedure], !range.isEmpty else { return [] }
        // The first run that ends after the range's start.
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].before + list[middle].entries.count <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var result: [Entry] = []
        for run in list[low...] {
            guard run.before < range.upperBound else { break }
            let from = max(0, range.lowerBound - run.before), to = min(run.entries.count, range.upperBound - run.before)
            result += run.entries[from..<to].map { Entry(event: run.event, obstacle: $0) }
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
