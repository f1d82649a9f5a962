/// How one catalogue's threats or procedures carry on into another's
/// (`catalogs/*.yaml` with `mapping:`): IPA's list changes every year, so
/// the series counts a 2024 threat together with its 2025 successor.
public struct CatalogueMapping: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Threat numbers of one threat catalogue onto another's.
        case threats
        /// Procedure ids (`6-1`) of one control table onto another's.
        case procedures
    }

    /// What happened to the ids of one change.
    public enum Change: String, Sendable, Hashable, Codable, CaseIterable {
        /// One id onto one, the same item.
        case same
        /// One id onto one, under a new title or number.
        case renamed
        /// Several ids onto one.
        case merged
        /// One id onto several.
        case split
        /// An id of the newer catalogue with no predecessor.
        case new
        /// An id of the older catalogue with no successor.
        case dropped

        /// Whether `from` ids onto `to` ids have this change's shape.
        public func fits(from: Int, to: Int) -> Bool {
            switch self {
            case .same, .renamed: from == 1 && to == 1
            case .merged: from >= 2 && to == 1
            case .split: from == 1 && to >= 2
            case .new: from == 0 && to >= 1
            case .dropped: from >= 1 && to == 0
            }
        }

        /// The change a shape implies when `as:` is not written (nil: no change has it).
        public static func implied(from: Int, to: Int) -> Change? {
            switch (from, to) {
            case (1, 1): .same
            case (2..., 1): .merged
            case (1, 2...): .split
            case (0, 1...): .new
            case (1..., 0): .dropped
            default: nil
            }
        }
    }

    /// One line of `changes:`.
    public struct Step: Sendable, Hashable, Codable {
        /// Ids of the older catalogue as written (`3`, `6-1`), normalised.
        public var from: [MappedID]
        public var to: [MappedID]
        public var change: Change
        public var location: SourceLocation

        public init(from: [MappedID], to: [MappedID], change: Change, location: SourceLocation) {
            self.from = from
            self.to = to
            self.change = change
            self.location = location
        }
    }

    /// An id in a mapping, with where it is written.
    public struct MappedID: Sendable, Hashable, Codable {
        public var id: String
        public var location: SourceLocation

        public init(_ id: String, at location: SourceLocation) {
            self.id = id
            self.location = location
        }
    }

    public var id: String
    public var kind: Kind
    /// The older catalogue's id, and where it is written.
    public var from: String
    public var fromLocation: SourceLocation
    /// The newer catalogue's id, and where it is written.
    public var to: String
    public var toLocation: SourceLocation
    public var steps: [Step]
    public var location: SourceLocation

    public init(id: String, kind: Kind, from: String, fromLocation: SourceLocation, to: String, toLocation: SourceLocation,
                steps: [Step] = [], location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.from = from
        self.fromLocation = fromLocation
        self.to = to
        self.toLocation = toLocation
        self.steps = steps
        self.location = location
    }

    /// The newer catalogue's ids that carry `id` on (empty: dropped, or not mapped).
    public func successors(of id: String) -> [String] {
        steps.filter { $0.from.contains { $0.id == id } }.flatMap { $0.to.map(\.id) }
    }

    /// The older catalogue's ids that `id` of the newer one carries on (empty: new, or not mapped).
    public func predecessors(of id: String) -> [String] {
        steps.filter { $0.to.contains { $0.id == id } }.flatMap { $0.from.map(\.id) }
    }
}
