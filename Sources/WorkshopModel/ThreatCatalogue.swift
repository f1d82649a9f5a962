/// A threat list such as IPA's 情報セキュリティ10大脅威 2024 (組織編).
public struct ThreatCatalogue: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var source: String
    public var threats: [Threat]
    public var location: SourceLocation
    /// The language of `title` and of the threats' `title` and `summary`
    /// (`language:`, default `ja`).
    public var language: Language = .ja
    /// The title in other languages (`title_en:` in a Japanese catalogue).
    public var titleTranslations: [Language: String] = [:]

    public init(id: String, title: String, source: String = "", threats: [Threat], location: SourceLocation) {
        self.id = id
        self.title = title
        self.source = source
        self.threats = threats
        self.location = location
    }

    public func threat(_ id: Int) -> Threat? { threats.first { $0.id == id } }

    /// The title in `language` when the catalogue gives one, else its own.
    public func title(in language: Language) -> String { titleTranslations[language] ?? title }
}

/// One threat of a catalogue, e.g. `3 内部不正による情報漏えい等の被害`.
public struct Threat: Sendable, Hashable, Codable, Identifiable {
    public var id: Int
    public var title: String
    public var summary: String
    public var location: SourceLocation
    /// `title` and `summary` in the catalogue's other languages (`title_en:`, `summary_en:`).
    public var titleTranslations: [Language: String] = [:]
    public var summaryTranslations: [Language: String] = [:]

    public init(id: Int, title: String, summary: String = "", location: SourceLocation) {
        self.id = id
        self.title = title
        self.summary = summary
        self.location = location
    }

    /// The title in `language` when the catalogue gives one, else its own.
    public func title(in language: Language) -> String { titleTranslations[language] ?? title }
    public func summary(in language: Language) -> String { summaryTranslations[language] ?? summary }
    /// Every title the catalogue gives this threat, its own first.
    public var titles: [String] { [title] + Language.allCases.compactMap { titleTranslations[$0] } }
}
