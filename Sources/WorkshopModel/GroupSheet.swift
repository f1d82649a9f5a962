/// A group's agreed result (`groups/<group>.md`), presented to the room.
public struct GroupSheet: Sendable, Hashable, Codable {
    public var group: String
    /// The threat(s) the group studied.
    public var threats: [ThreatRef]
    public var industries: [String]
    public var publish: Bool
    /// ① 事業影響の認識: the impacts the group agreed on.
    public var impacts: [WrittenText]
    /// ② 共通認識: the common procedure(s) and why.
    public var commonProcedures: [ProcedureChoice]
    /// 多様な視点: diverse views.
    public var diverseViews: [WrittenText]
    /// ③ 課題と解決手段
    public var obstacles: [ObstaclePair]
    /// ヒント: the facilitator's hint (Markdown).
    public var hint: WrittenText?
    public var location: SourceLocation
    /// Where front-matter keys stand (`group`, `threats`, …), when known.
    public var fieldLocations: [String: SourceLocation] = [:]

    /// The location of a front-matter key, or the front matter itself.
    public func location(ofField key: String) -> SourceLocation { fieldLocations[key] ?? location }

    public init(group: String, threats: [ThreatRef] = [], industries: [String] = [], publish: Bool = false, impacts: [WrittenText] = [], commonProcedures: [ProcedureChoice] = [], diverseViews: [WrittenText] = [], obstacles: [ObstaclePair] = [], hint: WrittenText? = nil, location: SourceLocation) {
        self.group = group
        self.threats = threats
        self.industries = industries
        self.publish = publish
        self.impacts = impacts
        self.commonProcedures = commonProcedures
        self.diverseViews = diverseViews
        self.obstacles = obstacles
        self.hint = hint
        self.location = location
    }
}
