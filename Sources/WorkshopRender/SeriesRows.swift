import WorkshopModel

/// The rows of the series report: every threat (or procedure) of every
/// catalogue, joined along the catalogue mappings. Two ids are in one row
/// when a mapping step links them (same, renamed, merged, split); `new` and
/// `dropped` name one side only and so leave a row of its own. A row is a
/// connected component over the steps, labelled by its ids in the newest
/// catalogue it reaches (docs/series.md). Worked out once per build from the
/// catalogues and mappings, which change only through a full build.
struct SeriesRows: Sendable {
    /// One id of one catalogue: threat `5` of `ipa-top10-2024-org`, procedure `6-1` of a control table.
    struct Member: Sendable, Hashable {
        var catalogue: String
        var id: String
    }

    struct Row: Sendable {
        /// Every member, oldest catalogue first, then in catalogue order.
        var members: [Member]
        /// The newest catalogue the row reaches, and its ids in it (the row's label).
        var newest: String
        var heads: [String]
        /// The members of the other catalogues (the note "includes 2024 No.5 …").
        var earlier: [Member] { members.filter { $0.catalogue != newest } }
    }

    var rows: [Row] = []
    var rowOf: [Member: Int] = [:]
    /// Catalogue order along the mappings: a mapping's `to` is newer than its `from`.
    var rank: [String: Int] = [:]

    init() {}

    /// `catalogues`: each catalogue's id and its ids in catalogue order.
    init(kind: CatalogueMapping.Kind, catalogues: [(id: String, ids: [String])], mappings: [CatalogueMapping]) {
        let mappings = mappings.filter { $0.kind == kind }
        let position = Dictionary(catalogues.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Longest chain of mappings into each catalogue (a cycle, an error the checker reports, stops after n rounds).
        var rank = Dictionary(catalogues.map { ($0.id, 0) }, uniquingKeysWith: { a, _ in a })
        for _ in 0..<catalogues.count {
            var changed = false
            for mapping in mappings {
                guard let older = rank[mapping.from], let newer = rank[mapping.to], newer < older + 1 else { continue }
                rank[mapping.to] = older + 1
                changed = true
            }
            if !changed { break }
        }
        self.rank = rank
        var members: [Member] = []
        var index: [Member: Int] = [:]
        for catalogue in catalogues {
            for id in catalogue.ids where index[Member(catalogue: catalogue.id, id: id)] == nil {
                index[Member(catalogue: catalogue.id, id: id)] = members.count
                members.append(Member(catalogue: catalogue.id, id: id))
            }
        }
        var parent = Array(members.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for mapping in mappings {
            for step in mapping.steps {
                let linked = step.from.compactMap { index[Member(catalogue: mapping.from, id: $0.id)] }
                    + step.to.compactMap { index[Member(catalogue: mapping.to, id: $0.id)] }
                guard let first = linked.first else { continue }
                for other in linked.dropFirst() { parent[find(other)] = find(first) }
            }
        }
        var components: [Int: [Member]] = [:]
        var order: [Int] = []
        for (i, member) in members.enumerated() {
            let root = find(i)
            if components[root] == nil { order.append(root) }
            components[root, default: []].append(member)
        }
        func later(_ a: String, _ b: String) -> Bool {
            let (ra, rb) = (rank[a] ?? 0, rank[b] ?? 0)
            return ra != rb ? ra > rb : (position[a] ?? 0) > (position[b] ?? 0)
        }
        var built: [Row] = order.map { root in
            let group = components[root] ?? []
            let newest = group.map(\.catalogue).reduce(group[0].catalogue) { later($1, $0) ? $1 : $0 }
            let sorted = group.enumerated().sorted { a, b in
                a.element.catalogue == b.element.catalogue ? a.offset < b.offset : later(b.element.catalogue, a.element.catalogue)
            }.map(\.element)
            return Row(members: sorted, newest: newest, heads: group.filter { $0.catalogue == newest }.map(\.id))
        }
        // Newest catalogue's rows first, in its order.
        let ordered = built.enumerated().sorted { a, b in
            if a.element.newest != b.element.newest { return later(a.element.newest, b.element.newest) }
            return a.offset < b.offset
        }
        built = ordered.map(\.element)
        rows = built
        for (i, row) in built.enumerated() {
            for member in row.members { rowOf[member] = i }
        }
    }

    func row(catalogue: String, id: String) -> Int? { rowOf[Member(catalogue: catalogue, id: id)] }

    /// The threat rows and procedure rows of a site.
    static func threats(of content: Content) -> SeriesRows {
        SeriesRows(kind: .threats, catalogues: content.threatCatalogues.map { ($0.id, $0.threats.map { String($0.id) }) },
                   mappings: content.catalogueMappings)
    }

    static func procedures(of content: Content) -> SeriesRows {
        SeriesRows(kind: .procedures, catalogues: content.controlTables.map { ($0.id, $0.procedures.map(\.id.description)) },
                   mappings: content.catalogueMappings)
    }
}

/// Both kinds of rows of a site, worked out once per build.
struct SeriesIndex: Sendable {
    var threats = SeriesRows()
    var procedures = SeriesRows()

    init() {}

    init(content: Content) {
        threats = .threats(of: content)
        procedures = .procedures(of: content)
    }
}

/// What one event adds to the series report, counted once from the event's
/// worksheets and group sheets (as the audience sees them: a public build's
/// event holds only the published ones) and then only summed: the series
/// page never reads a worksheet.
struct SeriesSummary: Sendable, Hashable {
    struct Pair: Sendable, Hashable {
        var threatRow: Int
        var procedureRow: Int
    }

    var participants = 0
    var groupSheets = 0
    /// Participants per threat row (theme ①), each once per row even when two of their threats share it.
    var threatRows: [Int: Int] = [:]
    /// Participants who chose a procedure row against a threat row (theme ②'s `脅威`).
    var pairs: [Pair: Int] = [:]
    /// Participants per procedure of the event's own control table (controls nobody chose).
    var procedures: [ProcedureID: Int] = [:]

    init() {}

    init(event: Event, index: SeriesIndex) {
        participants = event.worksheets.count
        groupSheets = event.groupSheets.count
        let catalogue = event.threatCatalogueID, table = event.controlTableID
        func threatRow(_ id: Int) -> Int? { index.threats.row(catalogue: catalogue, id: String(id)) }
        for sheet in event.worksheets {
            for row in Set(sheet.impacts.compactMap { $0.threat.id.flatMap(threatRow) }) { threatRows[row, default: 0] += 1 }
            var chosen = Set<ProcedureID>()
            var pairs = Set<Pair>()
            for choice in sheet.choices {
                guard let id = choice.procedure.id else { continue }
                chosen.insert(id)
                guard let procedureRow = index.procedures.row(catalogue: table, id: id.description) else { continue }
                for threat in choice.threats.compactMap(\.id) {
                    if let row = threatRow(threat) { pairs.insert(Pair(threatRow: row, procedureRow: procedureRow)) }
                }
            }
            for id in chosen { procedures[id, default: 0] += 1 }
            for pair in pairs { self.pairs[pair, default: 0] += 1 }
        }
    }

    mutating func add(_ other: SeriesSummary) {
        participants += other.participants
        groupSheets += other.groupSheets
        threatRows.merge(other.threatRows, uniquingKeysWith: +)
        pairs.merge(other.pairs, uniquingKeysWith: +)
        procedures.merge(other.procedures, uniquingKeysWith: +)
    }

    /// The row most participants wrote about (the first row on a tie), nil when none.
    var topThreatRow: Int? {
        threatRows.filter { $0.value > 0 }.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }
}

/// The programme year an event counts in: the Japanese fiscal year (年度)
/// its date falls in, April to March (2025-03-10 is 2024年度). Not the
/// event's `programme:` text, which is free prose and may be spelt
/// differently from one event to the next. Nil for an undated event.
enum ProgrammeYear {
    static func of(_ event: Event) -> Int? {
        guard let date = event.date else { return nil }
        return date.month >= 4 ? date.year : date.year - 1
    }
}

/// How a count of participants is printed: exactly for the facilitator; in
/// the public build, a count from 1 to `minimum - 1` is printed "<3", so no
/// figure is small enough to single a participant out (docs/series.md).
/// Zero stays 0: nobody is there to single out. A total over counts of which
/// some are hidden (`total(of:)`) would give them away (the total less the
/// shown parts), so it prints only what a reader knows anyway: "≥n", each
/// hidden part counted as 1.
public struct PublicCount: Sendable, Hashable {
    /// The documented minimum cell size of public figures.
    public static let minimum = 3

    /// The count; for a lower bound, the bound.
    public var value: Int
    /// Whether the value is hidden (public build, 1 to `minimum - 1`).
    public var suppressed: Bool
    /// Whether `value` is only a lower bound (a total with hidden parts).
    public private(set) var isLowerBound = false

    public init(_ value: Int, audience: Audience) {
        self.value = value
        suppressed = audience == .public && value > 0 && value < Self.minimum
    }

    /// The sum of `parts` as a page may print it: exact when no part is
    /// hidden; the very part when it is the only one above 0; else the lower
    /// bound "≥n" (the shown parts, plus 1 for each hidden one).
    public static func total(of parts: [PublicCount]) -> PublicCount {
        let nonzero = parts.filter { $0.value > 0 || $0.isLowerBound }
        if nonzero.count == 1 { return nonzero[0] }
        var total = PublicCount(0, audience: .facilitator)
        for part in nonzero {
            total.value += part.suppressed ? 1 : part.value
            total.isLowerBound = total.isLowerBound || part.suppressed || part.isLowerBound
        }
        return total
    }

    /// What a page prints: the number, "<3", or "≥n".
    public var text: String { suppressed ? "<\(Self.minimum)" : isLowerBound ? "≥\(value)" : String(value) }

    /// The value a public page may sort or scale by: suppressed counts all weigh the same; a bound weighs its bound.
    public var shown: Int { suppressed ? 1 : value }
}
