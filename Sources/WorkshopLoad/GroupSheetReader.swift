import Foundation
import Markdown
import WorkshopModel

/// Reads a group sheet (`groups/<group>.md`) into a `GroupSheet`.
///
/// Front matter: `group` (required), `threats` (required; a list or a single
/// value, ids like `3`, `３`, `脅威3`), `industries` (a list or a comma
/// string), `publish` (default false). The sheet is returned whenever `group`
/// could be read.
///
/// Sections (level-2 headings, see `Labels.groupHeadings`):
/// - `① 事業影響の認識` and `多様な視点`: one `WrittenText` per bullet (a
///   paragraph written without a bullet counts as one too);
/// - `② 共通認識`: `### 6-1` procedure headings with `- 理由:` (and an optional `- 脅威:`);
/// - `③ 課題と解決手段`: a `課題 | 解決手段` table or list pairs, as in
///   worksheets (a procedure heading there is tolerated and ignored);
/// - `ヒント`: the whole section's Markdown source as one text.
/// Missing sections are fine except ① and ② (`missing-theme`); a section
/// given twice is `duplicate-theme`, an empty one `empty-theme`.
public struct GroupSheetReader: Sendable {
    public var language: Language

    /// The front-matter keys of a group sheet.
    public static let keys = ["group", "threats", "industries", "publish"]

    public init(language: Language) {
        self.language = language
    }

    /// `text` is decoded source (LF line endings, no BOM); `file` is the path relative to the content root.
    public func read(_ text: String, file: String) -> (GroupSheet?, [Finding]) {
        var front = SheetFrontMatter(text, file: file, known: Self.keys, language: language)
        guard front.isUsable else { return (nil, front.findings) }
        let group = front.requiredID("group")
        if let group { front.checkPathSegment(group, key: "group") }
        let threats = readThreats(&front)
        let industries = readIndustries(&front)
        let publish = front.publish()

        let document = MarkdownDocument(parsing: front.body, lineOffset: front.bodyLine - 1)
        var body = GroupSheetBody(file: file, language: language)
        body.read(document, bodyTop: front.bodyTop)
        let findings = front.findings + document.guardFindings(file: file, language: language) + body.findings
        guard let group else { return (nil, findings) }
        var sheet = GroupSheet(
            group: group, threats: threats, industries: industries, publish: publish,
            impacts: body.impacts, commonProcedures: body.commonProcedures, diverseViews: body.diverseViews,
            obstacles: body.obstacles, hint: body.hint, location: front.top)
        sheet.fieldLocations = front.fieldLocations
        return (sheet, findings)
    }

    private func readThreats(_ front: inout SheetFrontMatter) -> [ThreatRef] {
        guard let value = front.value("threats") else {
            _ = front.required("threats")
            return []
        }
        guard !value.isMapping else {
            front.findings.append(Finding(.invalidField, at: value.location, language.pick(
                ja: "'threats' には脅威の番号を書いてください（例: [3] や [3, 8]）",
                en: "'threats' should list threat numbers (e.g. [3] or [3, 8])")))
            return []
        }
        let refs = value.items.flatMap { item -> [ThreatRef] in
            guard let text = item.text else { return [] }
            return ThreatList.parse(WrittenText(text, at: item.location))
        }
        if refs.isEmpty {
            front.findings.append(Finding(.missingField, at: front.fieldLocations["threats"] ?? front.top, language.pick(
                ja: "'threats' が空です（グループが検討した脅威の番号を書いてください）",
                en: "'threats' is empty (list the threats the group studied)")))
        }
        return refs
    }

    private func readIndustries(_ front: inout SheetFrontMatter) -> [String] {
        guard let value = front.value("industries") else { return [] }
        guard !value.isMapping else {
            front.findings.append(Finding(.invalidField, at: value.location, language.pick(
                ja: "'industries' には業種のリストを書いてください", en: "'industries' should be a list of industries")))
            return []
        }
        if value.node.sequence != nil {
            return value.items.compactMap(\.text)
        }
        let separators: Set<Character> = [",", "、", "，"]
        return (value.text ?? "").split(whereSeparator: { separators.contains($0) })
            .map { String($0.trimmingSpaces()) }
            .filter { !$0.isEmpty }
    }
}

/// The sections of a group sheet body, read with their findings.
struct GroupSheetBody {
    let file: String
    let language: Language
    var impacts: [WrittenText] = []
    var commonProcedures: [ProcedureChoice] = []
    var diverseViews: [WrittenText] = []
    var obstacles: [ObstaclePair] = []
    var hint: WrittenText?
    var findings: [Finding] = []

    init(file: String, language: Language) {
        self.file = file
        self.language = language
    }

    mutating func read(_ document: MarkdownDocument, bodyTop: SourceLocation) {
        var reader = ItemReader(file: file, language: language)
        var seen: [GroupSection: SourceLocation] = [:]
        for section in SheetSections(document, file: file).sections {
            guard let kind = Labels.groupSection(section.heading.plainText) else {
                findings.append(reader.unknownHeading(section.heading, suggestions: Labels.groupSuggestions(language)))
                continue
            }
            let title = kind.title(in: language)
            if let first = seen[kind] {
                findings.append(Finding(.duplicateTheme, at: section.heading.lineLocation, language.pick(
                    ja: "「\(title)」の見出しが2回あります（\(first.line) 行目）",
                    en: "the section '\(title)' appears twice (first on line \(first.line))")))
            } else {
                seen[kind] = section.heading.lineLocation
            }
            let found: Bool
            switch kind {
            case .impact:
                let bullets = bullets(section.blocks, document, label: title)
                impacts += bullets
                found = !bullets.isEmpty
            case .diverseViews:
                let bullets = bullets(section.blocks, document, label: title)
                diverseViews += bullets
                found = !bullets.isEmpty
            case .commonProcedure:
                let (lead, items) = SheetSections.items(of: section, in: document, file: file)
                findings += reader.stray(lead, in: document, under: title, expecting: language.pick(ja: "6-1", en: "Procedure 6-1"))
                commonProcedures += items.map { reader.choice($0, document) }
                found = !items.isEmpty
            case .obstacles:
                var table = ObstacleTable(file: file, language: language)
                reader.obstacles(section.blocks, document, into: &table)
                findings += table.findings
                obstacles += table.pairs
                found = !table.pairs.isEmpty || !table.findings.isEmpty
            case .hint:
                let text = Self.source(of: section.blocks, in: document, file: file)
                if let text, Placeholder.isPlaceholder(text.text) {
                    findings.append(Placeholder.finding(text, label: title, language: language))
                } else if let text {
                    hint = ItemReader.joined(hint, text)
                }
                found = text != nil
            }
            if !found {
                findings.append(Finding(.emptyTheme, at: section.heading.lineLocation, language.pick(
                    ja: "「\(title)」に内容がありません", en: "the section '\(title)' is empty")))
            }
        }
        findings += reader.findings
        for kind in [GroupSection.impact, .commonProcedure] where seen[kind] == nil {
            findings.append(Finding(.missingTheme, at: bodyTop, language.pick(
                ja: "「\(kind.title(in: language))」の見出し（## \(kind.title(in: language))）がありません",
                en: "the section heading '## \(kind.title(in: language))' is missing")))
        }
    }

    /// One text per list item or free paragraph; placeholders reported and left out.
    private mutating func bullets(_ blocks: [MarkdownNode], _ document: MarkdownDocument, label: String) -> [WrittenText] {
        var out: [WrittenText] = []
        for block in blocks {
            var texts: [WrittenText] = []
            switch block.kind {
            case .list:
                texts = block.children.filter { $0.kind == .item }.map { FieldItem.bullet($0, in: document, file: file) }
            case .paragraph:
                let (text, start) = ItemText.text(of: [block], from: block.start, in: document)
                let at = start ?? block.start
                texts = [WrittenText(text, at: SourceLocation(file: file, line: at.line, column: at.column))]
            default:
                continue
            }
            for text in texts where !text.isBlank {
                if Placeholder.isPlaceholder(text.text) {
                    findings.append(Placeholder.finding(text, label: label, language: language))
                } else {
                    out.append(text)
                }
            }
        }
        return out
    }

    /// A section's Markdown source as written (lines from its first block to its last).
    static func source(of blocks: [MarkdownNode], in document: MarkdownDocument, file: String) -> WrittenText? {
        guard let first = blocks.first, let last = blocks.last else { return nil }
        var lines: [String] = []
        for number in first.start.line...max(first.start.line, last.end.line) {
            guard let line = document.line(number) else { break }
            var text = Substring(line)
            while let end = text.last, end == " " || end == "\t" { text = text.dropLast() }
            lines.append(String(text))
        }
        let text = lines.joined(separator: "\n").trimmingSpacesAndNewlines()
        guard !text.isEmpty else { return nil }
        return WrittenText(text, at: SourceLocation(file: file, line: first.start.line, column: first.start.column))
    }
}
