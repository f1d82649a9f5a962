/// One participant's worksheet (`worksheets/<participant>.md`) with the
/// workshop's three themes.
public struct Worksheet: Sendable, Hashable, Codable {
    /// The pseudonym, unique within the event, e.g. `A-01`.
    public var participant: String
    public var group: String
    public var industry: String
    /// Whether excerpts may appear in the public report.
    public var publish: Bool
    /// ① 事業影響の認識
    public var impacts: [ThreatImpact]
    /// ② 有効な実施手順
    public var choices: [ProcedureChoice]
    /// ③ 課題と解決手段
    public var obstacles: [ProcedureObstacles]
    /// Where each theme heading stands (nil when the heading is missing).
    public var themeLocations: [Theme: SourceLocation]
    /// The front matter's location (line 1 of the file).
    public var location: SourceLocation
    /// Where front-matter keys stand (`participant`, `group`, `industry`, `publish`), when known.
    public var fieldLocations: [String: SourceLocation] = [:]

    /// The location of a front-matter key, or the front matter itself.
    public func location(ofField key: String) -> SourceLocation { fieldLocations[key] ?? location }

    public init(participant: String, group: String, industry: String, publish: Bool = false, impacts: [ThreatImpact] = [], choices: [ProcedureChoice] = [], obstacles: [ProcedureObstacles] = [], themeLocations: [Theme: SourceLocation] = [:], location: SourceLocation) {
        self.participant = participant
        self.group = group
        self.industry = industry
        self.publish = publish
        self.impacts = impacts
        self.choices = choices
        self.obstacles = obstacles
        self.themeLocations = themeLocations
        self.location = location
    }
}

/// The workshop's three themes.
public enum Theme: Int, Sendable, Hashable, Codable, CaseIterable, CodingKeyRepresentable {
    /// ① 事業影響の認識
    case impact = 1
    /// ② 有効な実施手順
    case procedures = 2
    /// ③ 課題と解決手段
    case obstacles = 3

    public func title(in language: Language) -> String {
        switch self {
        case .impact: language.pick(ja: "① 事業影響の認識", en: "1. Business impact")
        case .procedures: language.pick(ja: "② 有効な実施手順", en: "2. Procedures")
        case .obstacles: language.pick(ja: "③ 課題と解決手段", en: "3. Obstacles and remedies")
        }
    }
}

/// A reference to a threat as written (`脅威 ３`), with the id it means when it could be read.
public struct ThreatRef: Sendable, Hashable, Codable {
    public var raw: String
    public var id: Int?
    public var location: SourceLocation

    public init(raw: String, id: Int?, location: SourceLocation) {
        self.raw = raw
        self.id = id
        self.location = location
    }
}

/// A reference to a procedure as written (`６－１`), with the id it means when it could be read.
public struct ProcedureRef: Sendable, Hashable, Codable {
    public var raw: String
    public var id: ProcedureID?
    public var location: SourceLocation

    public init(raw: String, id: ProcedureID?, location: SourceLocation) {
        self.raw = raw
        self.id = id
        self.location = location
    }
}

/// How hard a threat would hit the business (影響度).
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
    case high, medium, low

    /// Reads 高・中・低 and high / medium / low in any case or width.
    public init?(label: String) {
        switch IDText.key(label) {
        case "高", "high", "h", "大": self = .high
        case "中", "medium", "mid", "m", "middle": self = .medium
        case "低", "low", "l", "小": self = .low
        default: return nil
        }
    }

    /// The contract's spellings only: 高・中・低, high / medium / low (any case or width).
    /// The other spellings `init(label:)` reads are aliases, reported by the checker.
    public init?(canonical label: String) {
        switch IDText.key(label) {
        case "高", "high": self = .high
        case "中", "medium": self = .medium
        case "低", "low": self = .low
        default: return nil
        }
    }

    public func name(in language: Language) -> String {
        switch self {
        case .high: language.pick(ja: "高", en: "High")
        case .medium: language.pick(ja: "中", en: "Medium")
        case .low: language.pick(ja: "低", en: "Low")
        }
    }
}

/// Theme ①: one threat and what it would do to the participant's business.
public struct ThreatImpact: Sendable, Hashable, Codable {
    public var threat: ThreatRef
    /// The title written after the id, if any.
    public var writtenTitle: String?
    /// 事業内容 / Business
    public var business: WrittenText?
    /// 影響 / Impact
    public var impact: WrittenText?
    /// 影響度 / Severity as written, and as understood.
    public var severityText: WrittenText?
    public var severity: Severity?
    public var location: SourceLocation

    public init(threat: ThreatRef, writtenTitle: String? = nil, business: WrittenText? = nil, impact: WrittenText? = nil, severityText: WrittenText? = nil, severity: Severity? = nil, location: SourceLocation) {
        self.threat = threat
        self.writtenTitle = writtenTitle
        self.business = business
        self.impact = impact
        self.severityText = severityText
        self.severity = severity
        self.location = location
    }
}

/// Theme ②: a chosen procedure, the threats it answers and why.
public struct ProcedureChoice: Sendable, Hashable, Codable {
    public var procedure: ProcedureRef
    public var writtenTitle: String?
    /// 脅威 / Threat: the threats this procedure is chosen against.
    public var threats: [ThreatRef]
    /// 理由 / Reason
    public var reason: WrittenText?
    public var location: SourceLocation

    public init(procedure: ProcedureRef, writtenTitle: String? = nil, threats: [ThreatRef] = [], reason: WrittenText? = nil, location: SourceLocation) {
        self.procedure = procedure
        self.writtenTitle = writtenTitle
        self.threats = threats
        self.reason = reason
        self.location = location
    }
}

/// Theme ③: the obstacles to one chosen procedure and their remedies.
public struct ProcedureObstacles: Sendable, Hashable, Codable {
    public var procedure: ProcedureRef
    public var writtenTitle: String?
    public var pairs: [ObstaclePair]
    public var location: SourceLocation

    public init(procedure: ProcedureRef, writtenTitle: String? = nil, pairs: [ObstaclePair] = [], location: SourceLocation) {
        self.procedure = procedure
        self.writtenTitle = writtenTitle
        self.pairs = pairs
        self.location = location
    }
}

/// 課題 / Obstacle with its 解決手段 / Remedy (one or more).
public struct ObstaclePair: Sendable, Hashable, Codable {
    public var obstacle: WrittenText
    public var remedies: [WrittenText]

    public init(obstacle: WrittenText, remedies: [WrittenText] = []) {
        self.obstacle = obstacle
        self.remedies = remedies
    }
}
