import WorkshopModel

/// The label vocabulary of worksheets and group sheets: the headings that
/// open a theme or section, and the `label: value` field labels.
///
/// Matching (see `Labels.key`) ignores case, full/half width (NFKC), spaces,
/// trailing sentence punctuation, `**bold**`/`_emphasis_` marks around a label,
/// an optional leading number (`①`, `1.`, `1)`, `(1)`; NFKC turns ① into 1) and,
/// for headings, a trailing parenthesised note (`事業影響の認識（個人ワーク）`).
///
/// Accepted beyond the spec's table (docs/content-format.md), each one a form a
/// facilitator would expect:
/// - theme ①: `Impact on the business` (English variant);
/// - theme ②: `有効な実施手順の確認` (the seed report's own heading), `Effective procedures`;
/// - theme ③: `現状の課題の洗い出しと解決手段` (the seed report's heading), `Obstacles`;
/// - labels: plural `Threats`, `Reasons`, `Obstacles`, `Remedies`; `解決手段案`
///   (the seed's 「課題と解決手段案」);
/// - group ②: `② 有効な実施手順`, `共通認識と選択した理由`, `Common procedures`;
///   group 多様な視点: `多様な視点（ユニークな考え方）` (via the parenthesis rule);
///   group ヒント: `課題解決のヒント`, `Hints`.
/// `影響度` is NOT also read as `重要度`: only variants we are sure of are listed.
public enum Labels {
    /// Level-2 headings of the worksheet's three themes (first spelling of each
    /// language is the one shown in suggestions).
    public static let themeHeadings: [(Theme, [String])] = [
        (.impact, ["① 事業影響の認識", "事業影響", "1. Business impact", "Impact on the business"]),
        (.procedures, ["② 有効な実施手順", "実施手順", "有効な実施手順の確認", "2. Procedures", "Chosen procedures", "Effective procedures"]),
        (.obstacles, ["③ 課題と解決手段", "課題", "現状の課題の洗い出しと解決手段", "3. Obstacles and remedies", "Obstacles"]),
    ]

    /// Level-2 headings of a group sheet.
    public static let groupHeadings: [(GroupSection, [String])] = [
        (.impact, ["① 事業影響の認識", "事業影響", "1. Business impact", "Impact on the business"]),
        (.commonProcedure, ["② 共通認識", "有効な実施手順", "共通認識と選択した理由", "有効な実施手順の確認", "2. Common procedure", "Common procedures"]),
        (.diverseViews, ["多様な視点", "Diverse views"]),
        (.obstacles, ["③ 課題と解決手段", "課題", "現状の課題の洗い出しと解決手段", "3. Obstacles and remedies", "Obstacles"]),
        (.hint, ["ヒント", "課題解決のヒント", "Hint", "Hints"]),
    ]

    /// Field labels of `label: value` list items.
    public static let fieldLabels: [(FieldLabel, [String])] = [
        (.business, ["事業内容", "Business"]),
        (.impact, ["影響", "Impact"]),
        (.severity, ["影響度", "Severity"]),
        (.threats, ["脅威", "Threat", "Threats"]),
        (.reason, ["理由", "Reason", "Reasons"]),
        (.obstacle, ["課題", "Obstacle", "Obstacles"]),
        (.remedy, ["解決手段", "解決手段案", "Remedy", "Remedies"]),
    ]

    /// Words that may precede a threat number in a heading or field (`脅威 3`, `Threat 3`).
    public static let threatPrefixes = ["脅威", "threats", "threat"]
    /// Words that may precede a procedure id (`手順 6-1`, `Procedure 6-1`).
    public static let procedurePrefixes = ["実施手順", "手順", "procedures", "procedure"]

    private static let themeKeys: [String: Theme] = keyed(themeHeadings, heading: true)
    private static let groupKeys: [String: GroupSection] = keyed(groupHeadings, heading: true)
    private static let fieldKeys: [String: FieldLabel] = keyed(fieldLabels, heading: false)

    private static func keyed<T>(_ table: [(T, [String])], heading: Bool) -> [String: T] {
        var out: [String: T] = [:]
        for (value, spellings) in table {
            for spelling in spellings { out[key(spelling)] = value }
        }
        return out
    }

    /// The worksheet theme a level-2 heading names, if any.
    public static func theme(_ heading: String) -> Theme? { lookUp(heading, in: themeKeys) }

    /// The group-sheet section a level-2 heading names, if any.
    public static func groupSection(_ heading: String) -> GroupSection? { lookUp(heading, in: groupKeys) }

    /// The field a label names, if any (any context).
    public static func field(_ label: String) -> FieldLabel? { fieldKeys[key(label)] }

    private static func lookUp<T>(_ heading: String, in table: [String: T]) -> T? {
        let k = key(heading)
        if let found = table[k] { return found }
        // A trailing note in parentheses: `事業影響の認識（個人ワーク）`.
        if k.hasSuffix(")"), let open = k.lastIndex(of: "(") {
            return table[String(k[..<open])]
        }
        return nil
    }

    /// The comparison key of a heading or label: `IDText.key`, emphasis marks
    /// and an optional leading number removed.
    public static func key(_ text: String) -> String {
        var k = IDText.key(text)
        k = String(k.drop { $0 == "*" || $0 == "_" })
        while let last = k.last, last == "*" || last == "_" { k.removeLast() }
        return dropLeadingNumber(k)
    }

    /// `1.`, `1)`, `(1)`, `1` (from ①) at the start, when text follows.
    static func dropLeadingNumber(_ key: String) -> String {
        var rest = Substring(key)
        let parenthesised = rest.first == "("
        if parenthesised { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return key }
        rest = rest.dropFirst(digits.count)
        if parenthesised {
            guard rest.first == ")" else { return key }
            rest = rest.dropFirst()
        } else if let first = rest.first, first == "." || first == ")" {
            rest = rest.dropFirst()
        }
        return rest.isEmpty ? key : String(rest)
    }

    /// The spellings to suggest for a heading in the worksheet, in the site's language first.
    public static func themeSuggestions(_ language: Language) -> [String] {
        suggestions(themeHeadings, language)
    }

    public static func groupSuggestions(_ language: Language) -> [String] {
        suggestions(groupHeadings, language)
    }

    public static func fieldSuggestions(_ fields: [FieldLabel], _ language: Language) -> [String] {
        suggestions(fieldLabels.filter { fields.contains($0.0) }, language)
    }

    private static func suggestions<T>(_ table: [(T, [String])], _ language: Language) -> [String] {
        let all = table.flatMap(\.1)
        let japanese = all.filter { $0.unicodeScalars.contains { $0.value > 0x2000 } }
        let english = all.filter { !japanese.contains($0) }
        return language == .ja ? japanese + english : english + japanese
    }
}

/// A field of a worksheet or group sheet, named by a `label: value` list item.
public enum FieldLabel: String, Sendable, Hashable, CaseIterable {
    case business, impact, severity, threats, reason, obstacle, remedy

    /// How the label is written in the site's language.
    public func name(in language: Language) -> String {
        switch self {
        case .business: language.pick(ja: "事業内容", en: "Business")
        case .impact: language.pick(ja: "影響", en: "Impact")
        case .severity: language.pick(ja: "影響度", en: "Severity")
        case .threats: language.pick(ja: "脅威", en: "Threat")
        case .reason: language.pick(ja: "理由", en: "Reason")
        case .obstacle: language.pick(ja: "課題", en: "Obstacle")
        case .remedy: language.pick(ja: "解決手段", en: "Remedy")
        }
    }

    /// The labels accepted under a theme ① threat, a ② procedure, a ③ procedure.
    public static let underThreat: [FieldLabel] = [.business, .impact, .severity]
    public static let underChoice: [FieldLabel] = [.threats, .reason]
    public static let underObstacles: [FieldLabel] = [.obstacle, .remedy]
}

/// The level-2 sections of a group sheet.
public enum GroupSection: String, Sendable, Hashable, CaseIterable {
    case impact, commonProcedure, diverseViews, obstacles, hint

    public func title(in language: Language) -> String {
        switch self {
        case .impact: language.pick(ja: "① 事業影響の認識", en: "1. Business impact")
        case .commonProcedure: language.pick(ja: "② 共通認識", en: "2. Common procedure")
        case .diverseViews: language.pick(ja: "多様な視点", en: "Diverse views")
        case .obstacles: language.pick(ja: "③ 課題と解決手段", en: "3. Obstacles and remedies")
        case .hint: language.pick(ja: "ヒント", en: "Hint")
        }
    }
}
