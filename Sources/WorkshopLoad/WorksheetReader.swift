import Markdown
import WorkshopModel

/// Reads a participant worksheet (`worksheets/<participant>.md`) into a
/// `Worksheet`, reporting what it cannot understand about the FORMAT.
///
/// Front matter: `participant`, `group`, `industry` (required), `publish`
/// (default false); see `SheetFrontMatter`. A worksheet is returned whenever
/// `participant` and `group` could be read, even if other fields or parts are
/// missing, so the checker can still run on it; without them (or without a
/// usable front matter) the result is nil and the findings say why.
///
/// Body: `## ①…③` theme headings (see `Labels`), `###` item headings under
/// them (`脅威 3 …` under ①, `6-1 …` under ② and ③, see `SheetHeading`), and
/// `label: value` list items (see `FieldItem`) or a `課題 | 解決手段` table
/// (see `ObstacleTable`) under each item.
///
/// Reported here: `missing-theme`, `duplicate-theme`, `empty-theme`,
/// `unknown-heading`, `unknown-label`, `placeholder-text`,
/// `remedy-without-obstacle`. Everything about meaning — unknown or malformed
/// ids (a heading without a number gives `id: nil`), duplicates, missing
/// 事業内容/影響/理由, severity values, ②/③ consistency, titles — is the
/// checker's, from the values and locations produced here.
public struct WorksheetReader: Sendable {
    public var language: Language

    /// The front-matter keys of a worksheet.
    public static let keys = ["participant", "group", "industry", "publish"]

    public init(language: Language) {
        self.language = language
    }

    /// `text` is decoded source (LF line endings, no BOM); `file` is the path relative to the content root.
    public func read(_ text: String, file: String) -> (Worksheet?, [Finding]) {
        var front = SheetFrontMatter(text, file: file, known: Self.keys, language: language)
        guard front.isUsable else { return (nil, front.findings) }
        let participant = front.requiredID("participant")
        let group = front.requiredID("group")
        if let participant { front.checkPathSegment(participant, key: "participant") }
        if let group { front.checkPathSegment(group, key: "group") }
        var industry = front.required("industry") ?? ""
        if Placeholder.isPlaceholder(industry) {
            front.findings.append(Placeholder.finding(
                WrittenText(industry, at: front.valueLocation("industry")), label: language.pick(ja: "業種（industry）", en: "industry"), language: language))
            industry = ""
        }
        let publish = front.publish()

        let document = MarkdownDocument(parsing: front.body, lineOffset: front.bodyLine - 1)
        var body = WorksheetBody(file: file, language: language)
        body.read(document, bodyTop: front.bodyTop)
        let findings = front.findings + document.guardFindings(file: file, language: language) + body.findings

        guard let participant, let group else { return (nil, findings) }
        var sheet = Worksheet(
            participant: participant, group: group, industry: industry, publish: publish,
            impacts: body.impacts, choices: body.choices, obstacles: body.obstacles,
            themeLocations: body.themeLocations, location: front.top)
        sheet.fieldLocations = front.fieldLocations
        return (sheet, findings)
    }
}

/// The three themes of a worksheet body, read with their findings.
struct WorksheetBody {
    let file: String
    let language: Language
    var impacts: [ThreatImpact] = []
    var choices: [ProcedureChoice] = []
    var obstacles: [ProcedureObstacles] = []
    var themeLocations: [Theme: SourceLocation] = [:]
    var findings: [Finding] = []

    init(file: String, language: Language) {
        self.file = file
        self.language = language
    }

    mutating func read(_ document: MarkdownDocument, bodyTop: SourceLocation) {
        let sections = SheetSections(document, file: file)
        var reader = ItemReader(file: file, language: language)
        for section in sections.sections {
            guard let theme = Labels.theme(section.heading.plainText) else {
                findings.append(reader.unknownHeading(section.heading, suggestions: Labels.themeSuggestions(language)))
                continue
            }
            if themeLocations[theme] != nil {
                findings.append(Finding(.duplicateTheme, at: section.heading.lineLocation, language.pick(
                    ja: "テーマ「\(theme.title(in: language))」の見出しが2回あります（\(themeLocations[theme]?.line ?? 0) 行目）",
                    en: "the theme '\(theme.title(in: language))' appears twice (first on line \(themeLocations[theme]?.line ?? 0))")))
            } else {
                themeLocations[theme] = section.heading.lineLocation
            }
            let (lead, items) = SheetSections.items(of: section, in: document, file: file)
            findings += reader.stray(lead, in: document, under: theme.title(in: language), expecting: theme.itemExample(language))
            if items.isEmpty {
                findings.append(Finding(.emptyTheme, at: section.heading.lineLocation, language.pick(
                    ja: "テーマ「\(theme.title(in: language))」に項目（### \(theme.itemExample(language))）がありません",
                    en: "the theme '\(theme.title(in: language))' has no items (### \(theme.itemExample(language)))")))
            }
            for item in items {
                switch theme {
                case .impact: impacts.append(readImpact(item, document, &reader))
                case .procedures: choices.append(reader.choice(item, document))
                case .obstacles: obstacles.append(readObstacles(item, document, &reader))
                }
            }
        }
        findings += reader.findings
        for theme in Theme.allCases where themeLocations[theme] == nil {
            findings.append(Finding(.missingTheme, at: bodyTop, language.pick(
                ja: "テーマ「\(theme.title(in: language))」の見出し（## \(theme.title(in: language))）がありません",
                en: "the theme heading '## \(theme.title(in: language))' is missing")))
        }
    }

    private func readImpact(_ item: SheetSections.Item, _ document: MarkdownDocument, _ reader: inout ItemReader) -> ThreatImpact {
        reader.checkHeading(item.heading, naming: reader.threatNumberLabel())
        let (threat, title) = item.heading.threat()
        var impact = ThreatImpact(threat: threat, writtenTitle: title, location: item.heading.lineLocation)
        for field in reader.fields(item, document, allowed: FieldLabel.underThreat) {
            guard let value = reader.value(field) else { continue }
            switch field.field {
            case .business?: impact.business = ItemReader.joined(impact.business, value)
            case .impact?: impact.impact = ItemReader.joined(impact.impact, value)
            case .severity?:
                guard !value.isBlank else { continue }
                impact.severityText = ItemReader.joined(impact.severityText, value)
                impact.severity = impact.severityText.flatMap { Severity(label: $0.text) }
            default: break
            }
        }
        return impact
    }

    private mutating func readObstacles(_ item: SheetSections.Item, _ document: MarkdownDocument, _ reader: inout ItemReader) -> ProcedureObstacles {
        reader.checkHeading(item.heading, naming: reader.procedureIDLabel())
        let (procedure, title) = item.heading.procedure()
        var table = ObstacleTable(file: file, language: language)
        reader.obstacles(item.blocks, document, into: &table)
        findings += table.findings
        return ProcedureObstacles(procedure: procedure, writtenTitle: title, pairs: table.pairs, location: item.heading.lineLocation)
    }
}

extension Theme {
    /// An item heading to show in messages.
    func itemExample(_ language: Language) -> String {
        switch self {
        case .impact: language.pick(ja: "脅威 3", en: "Threat 3")
        case .procedures, .obstacles: language.pick(ja: "6-1", en: "Procedure 6-1")
        }
    }
}
