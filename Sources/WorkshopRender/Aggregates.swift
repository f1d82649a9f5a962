import WorkshopModel

/// What the worksheets add up to, for one event or a whole series: counts per
/// threat (theme ①), per procedure (theme ②), the threat × procedure matrix
/// (from ②'s `脅威` fields) and the obstacles written for each procedure.
/// Pure: computed from values, no I/O.
public struct Aggregates: Sendable, Hashable {
    /// One cell of the threat × procedure matrix.
    public struct Cell: Sendable, Hashable {
        public var threat: Int
        public var procedure: ProcedureID
    }

    /// One obstacle with its remedies, and who wrote it.
    public struct ObstacleEntry: Sendable, Hashable {
        public var procedure: ProcedureID
        public var obstacle: String
        public var remedies: [String]
        public var industry: String
        public var group: String
        /// Empty for the public audience and for group sheets.
        public var participant: String
        public var fromGroupSheet: Bool
    }

    public var worksheetCount: Int = 0
    /// Participants who wrote about each threat under ①.
    public var threatCounts: [Int: Int] = [:]
    /// Participants who chose each procedure under ②.
    public var procedureCounts: [ProcedureID: Int] = [:]
    /// Participants who chose a procedure against a threat.
    public var matrix: [Cell: Int] = [:]
    /// Groups whose common procedure it was.
    public var groupProcedureCounts: [ProcedureID: Int] = [:]
    public var obstacles: [ObstacleEntry] = []
    /// The obstacles of the published worksheets and group sheets only, by
    /// procedure (group sheets first, then worksheets in file order), whatever
    /// the audience: the knowledge base (`KnowledgeBase`) collects these from
    /// every event's aggregates. Pseudonyms are never shown from them.
    public var publishedObstacles: [ProcedureID: [ObstacleEntry]] = [:]

    public init() {}

    public init(worksheets: [Worksheet], groupSheets: [GroupSheet]) {
        worksheetCount = worksheets.count
        for sheet in worksheets {
            for threat in Set(sheet.impacts.compactMap(\.threat.id)) { threatCounts[threat, default: 0] += 1 }
            var chosen = Set<ProcedureID>()
            var cells = Set<Cell>()
            for choice in sheet.choices {
                guard let id = choice.procedure.id else { continue }
                chosen.insert(id)
                for threat in choice.threats.compactMap(\.id) { cells.insert(Cell(threat: threat, procedure: id)) }
            }
            for id in chosen { procedureCounts[id, default: 0] += 1 }
            for cell in cells { matrix[cell, default: 0] += 1 }
        }
        for sheet in groupSheets {
            for id in Set(sheet.commonProcedures.compactMap(\.procedure.id)) { groupProcedureCounts[id, default: 0] += 1 }
        }
        obstacles = Self.obstacles(worksheets: worksheets, groupSheets: groupSheets)
    }

    /// The obstacles written in `worksheets` (theme ③), then in `groupSheets`
    /// (their ③ rows, under the sheet's first common procedure), blank ones left out.
    static func obstacles(worksheets: [Worksheet], groupSheets: [GroupSheet]) -> [ObstacleEntry] {
        var entries: [ObstacleEntry] = []
        for sheet in worksheets {
            for item in sheet.obstacles {
                guard let id = item.procedure.id else { continue }
                for pair in item.pairs where !pair.obstacle.isBlank {
                    entries.append(ObstacleEntry(procedure: id, obstacle: pair.obstacle.text, remedies: pair.remedies.map(\.text).filter { !$0.isEmpty },
                                                 industry: sheet.industry, group: sheet.group, participant: sheet.participant, fromGroupSheet: false))
                }
            }
        }
        for sheet in groupSheets {
            guard let first = sheet.commonProcedures.lazy.compactMap(\.procedure.id).first else { continue }
            for pair in sheet.obstacles where !pair.obstacle.isBlank {
                entries.append(ObstacleEntry(procedure: first, obstacle: pair.obstacle.text, remedies: pair.remedies.map(\.text).filter { !$0.isEmpty },
                                             industry: sheet.industries.joined(separator: "・"), group: sheet.group, participant: "", fromGroupSheet: true))
            }
        }
        return entries
    }

    /// For one event: counts over all its worksheets (numbers only), texts
    /// from the worksheets the audience may see.
    init(countsFrom full: Event, textsFrom visible: Event) {
        self.init(worksheets: full.worksheets, groupSheets: full.groupSheets)
        // Only the obstacles: counting the visible and the published sheets again would be work done for nothing.
        obstacles = Self.obstacles(worksheets: visible.worksheets, groupSheets: visible.groupSheets)
        var entries = Self.obstacles(worksheets: full.worksheets.filter(\.publish), groupSheets: full.groupSheets.filter(\.publish))
        for index in entries.indices { entries[index].participant = "" }
        publishedObstacles = Dictionary(grouping: entries.filter(\.fromGroupSheet) + entries.filter { !$0.fromGroupSheet }, by: \.procedure)
    }

    /// Sums several events' aggregates (a series).
    public static func sum(_ parts: [Aggregates]) -> Aggregates {
        var total = Aggregates()
        for part in parts {
            total.worksheetCount += part.worksheetCount
            total.threatCounts.merge(part.threatCounts, uniquingKeysWith: +)
            total.procedureCounts.merge(part.procedureCounts, uniquingKeysWith: +)
            total.matrix.merge(part.matrix, uniquingKeysWith: +)
            total.groupProcedureCounts.merge(part.groupProcedureCounts, uniquingKeysWith: +)
            total.obstacles += part.obstacles
            total.publishedObstacles.merge(part.publishedObstacles, uniquingKeysWith: +)
        }
        return total
    }

    public func count(_ procedure: ProcedureID) -> Int { procedureCounts[procedure] ?? 0 }
    public func count(threat: Int) -> Int { threatCounts[threat] ?? 0 }
    public func count(threat: Int, procedure: ProcedureID) -> Int { matrix[Cell(threat: threat, procedure: procedure)] ?? 0 }

    /// Procedures by how many chose them (most first, then table order), chosen ones only.
    public func mostChosen(limit: Int = 10) -> [(id: ProcedureID, count: Int)] {
        procedureCounts.filter { $0.value > 0 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit)
            .map { (id: $0.key, count: $0.value) }
    }

    /// Controls none of whose procedures anyone chose.
    public func unchosenControls(in table: ControlTable) -> [Control] {
        table.controls.filter { control in control.procedures.allSatisfy { count($0.id) == 0 } }
    }

    /// The obstacles, grouped by the control of their procedure, in table order.
    public func obstaclesByControl(in table: ControlTable) -> [(control: Control, entries: [ObstacleEntry])] {
        table.controls.compactMap { control in
            let entries = obstacles.filter { $0.procedure.control == control.number }
                .sorted { $0.procedure < $1.procedure }
            return entries.isEmpty ? nil : (control: control, entries: entries)
        }
    }

    /// Procedure ids that appear in the matrix, in table order.
    public var matrixProcedures: [ProcedureID] { Set(matrix.keys.map(\.procedure)).sorted() }
    public var matrixThreats: [Int] { Set(matrix.keys.map(\.threat)).sorted() }
}
