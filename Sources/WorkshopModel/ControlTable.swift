/// A control table: controls keyed to ISO/IEC 27001:2022 Annex A, each with
/// the procedures participants choose from.
public struct ControlTable: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var controls: [Control]
    public var location: SourceLocation
    /// The language of `title` and of the controls' and procedures' texts
    /// (`language:`, default `ja`).
    public var language: Language = .ja
    /// The title in other languages (`title_en:` in a Japanese table).
    public var titleTranslations: [Language: String] = [:]

    public init(id: String, title: String, controls: [Control], location: SourceLocation) {
        self.id = id
        self.title = title
        self.controls = controls
        self.location = location
    }

    /// The title in `language` when the table gives one, else its own.
    public func title(in language: Language) -> String { titleTranslations[language] ?? title }

    public func control(_ number: Int) -> Control? { controls.first { $0.number == number } }

    public func procedure(_ id: ProcedureID) -> Procedure? {
        control(id.control)?.procedures.first { $0.id == id }
    }

    /// Every procedure in table order.
    public var procedures: [Procedure] { controls.flatMap(\.procedures) }
}

/// The four kinds of control in ISO/IEC 27001:2022 Annex A.
public enum ControlCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case organizational, people, physical, technological

    /// Reads the English names (also `organisational`, `technical`) and the
    /// source table's Japanese ones: 組織, 人的, 物理, 技術的.
    public init?(label: String) {
        switch IDText.key(label) {
        case "organizational", "organisational", "organization", "組織", "組織的": self = .organizational
        case "people", "人的": self = .people
        case "physical", "物理", "物理的": self = .physical
        case "technological", "technical", "技術", "技術的": self = .technological
        default: return nil
        }
    }

    /// Whether `label` is one of the contract's spellings (the four English
    /// names of the YAML form, the four Japanese ones of the CSV form), any
    /// case or width. The others `init(label:)` reads are aliases.
    public static func isCanonical(_ label: String) -> Bool {
        ["organizational", "people", "physical", "technological", "組織", "人的", "物理", "技術的"].contains(IDText.key(label))
    }

    public func name(in language: Language) -> String {
        switch self {
        case .organizational: language.pick(ja: "組織", en: "Organizational")
        case .people: language.pick(ja: "人的", en: "People")
        case .physical: language.pick(ja: "物理", en: "Physical")
        case .technological: language.pick(ja: "技術的", en: "Technological")
        }
    }
}

/// One row of the control table.
public struct Control: Sendable, Hashable, Codable, Identifiable {
    /// The row number (`No`), which is also the first part of its procedure ids.
    public var number: Int
    public var category: ControlCategory
    /// ISO/IEC 27001:2022 Annex A control number, e.g. `6.3` or `8.20`.
    public var iso: String
    public var title: String
    public var summary: String
    public var procedures: [Procedure]
    public var location: SourceLocation
    /// `title` and `summary` in the table's other languages (`title_en:`, `summary_en:`).
    public var titleTranslations: [Language: String] = [:]
    public var summaryTranslations: [Language: String] = [:]

    public var id: Int { number }

    /// The title in `language` when the table gives one, else its own.
    public func title(in language: Language) -> String { titleTranslations[language] ?? title }
    public func summary(in language: Language) -> String { summaryTranslations[language] ?? summary }

    public init(number: Int, category: ControlCategory, iso: String, title: String, summary: String, procedures: [Procedure], location: SourceLocation) {
        self.number = number
        self.category = category
        self.iso = iso
        self.title = title
        self.summary = summary
        self.procedures = procedures
        self.location = location
    }
}

/// One implementation procedure, e.g. `6-1 全社員向けに、年次セキュリティ研修を開催。`.
public struct Procedure: Sendable, Hashable, Codable, Identifiable {
    public var id: ProcedureID
    public var text: String
    public var location: SourceLocation
    /// `text` in the table's other languages (`text_en:`).
    public var textTranslations: [Language: String] = [:]

    public init(id: ProcedureID, text: String, location: SourceLocation) {
        self.id = id
        self.text = text
        self.location = location
    }

    /// The text in `language` when the table gives one, else its own.
    public func text(in language: Language) -> String { textTranslations[language] ?? text }
    /// Every text the table gives this procedure, its own first.
    public var texts: [String] { [text] + Language.allCases.compactMap { textTranslations[$0] } }
}
