/// A threat list such as IPA's 情報セキュリティ10大脅威 2024 (組織編).
public struct ThreatCatalogue: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var source: String
    public var threats: [Threat]
    public var location: SourceLocation

    public init(id: String, title: String, source: String = "", threats: [Threat], location: SourceLocation) {
        self.id = id
        self.title = title
        self.source = source
        self.threats = threats
        self.location = location
    }

    public func threat(_ id: Int) -> Threat? { threats.first { $0.id == id } }
}

/// One threat of a catalogue, e.g. `3 内部不正による情報漏えい等の被害`.
public struct Threat: Sendable, Hashable, Codable, Identifiable {
    public var id: Int
    public var title: String
    public var summary: String
    public var location: SourceLocation

    public init(id: Int, title: String, summary: String = "", location: SourceLocation) {
        self.id = id
        self.title = title
        self.summary = summary
        self.location = location
    }
}
