import Markdown
import WorkshopModel

/// Reads the fields under an item heading (a ① threat, a ② or ③ procedure)
/// for both worksheets and group sheets, collecting the format findings:
/// `unknown-label` for a list item whose label is not one of the context's
/// (or that has no label), `placeholder-text` for a value left as a marker,
/// and `unknown-heading` for a level-2 heading that names no section.
struct ItemReader {
    let file: String
    let language: Language
    var findings: [Finding] = []

    init(file: String, language: Language) {
        self.file = file
        self.language = language
    }

    /// The labelled fields of an item's lists, in document order, keeping
    /// only those of `allowed` (the others are reported).
    mutating func fields(_ item: SheetSections.Item, _ document: MarkdownDocument, allowed: [FieldLabel]) -> [FieldItem] {
        var out: [FieldItem] = []
        for block in item.blocks {
            guard case .list = block.kind else { continue }
            for field in FieldItem.read(list: block, in: document, file: file) {
                if let label = field.field, allowed.contains(label) {
                    out.append(field)
                } else {
                    findings.append(unknownLabel(field, allowed: allowed))
                }
            }
        }
        return out
    }

    /// A field's value; when it is a marker, a `placeholder-text` warning and
    /// a blank value at the same place (so a required field's "missing" error
    /// stands where the marker is, and folds into one finding with it: see
    /// `foldingPlaceholders`). The marker itself never reaches the model.
    mutating func value(_ field: FieldItem) -> WrittenText? {
        if Placeholder.isPlaceholder(field.value.text) {
            let label = field.field?.name(in: language) ?? field.labelText ?? ""
            findings.append(Placeholder.finding(field.value, label: label, language: language))
            return WrittenText("", at: field.value.location)
        }
        return field.value
    }

    /// A `placeholder-text` warning for an item heading still holding a marker
    /// (`### 脅威 （記入してください）`); its id stays nil for the checker, whose
    /// `malformed-*` error at the same place takes these words.
    mutating func checkHeading(_ heading: SheetHeading, naming what: String) {
        guard Placeholder.isPlaceholder(heading.text) else { return }
        findings.append(Placeholder.finding(WrittenText(heading.text, at: heading.location), label: what, language: language))
    }

    /// What an item heading names: a threat number under ①, a procedure id under ② and ③.
    func threatNumberLabel() -> String { language.pick(ja: "脅威の番号", en: "threat number") }
    func procedureIDLabel() -> String { language.pick(ja: "実施手順の番号", en: "procedure id") }

    /// A ② procedure (worksheet) or common procedure (group sheet): `脅威`, `理由`.
    mutating func choice(_ item: SheetSections.Item, _ document: MarkdownDocument) -> ProcedureChoice {
        checkHeading(item.heading, naming: procedureIDLabel())
        let (procedure, title) = item.heading.procedure()
        var choice = ProcedureChoice(procedure: procedure, writtenTitle: title, location: item.heading.lineLocation)
        for field in fields(item, document, allowed: FieldLabel.underChoice) {
            guard let value = value(field) else { continue }
            switch field.field {
            case .threats?: choice.threats += ThreatList.parse(value)
            case .reason?: choice.reason = Self.joined(choice.reason, value)
            default: break
            }
        }
        return choice
    }

    /// Feeds ③ blocks (lists of `課題`/`解決手段`, or tables) into `table`.
    /// A level-3 heading among the blocks (tolerated in group sheets) starts afresh.
    mutating func obstacles(_ blocks: [MarkdownNode], _ document: MarkdownDocument, into table: inout ObstacleTable) {
        for block in blocks {
            switch block.kind {
            case .list:
                for field in FieldItem.read(list: block, in: document, file: file) {
                    if let label = field.field, FieldLabel.underObstacles.contains(label) {
                        table.add(field)
                    } else {
                        findings.append(unknownLabel(field, allowed: FieldLabel.underObstacles))
                    }
                }
            case .table:
                table.add(table: block, in: document)
            case .heading:
                table.close()
            default:
                continue
            }
        }
    }

    /// Lists or tables standing before the first item heading of a section.
    func stray(_ blocks: [MarkdownNode], in document: MarkdownDocument, under section: String, expecting example: String) -> [Finding] {
        blocks.filter(SheetSections.holdsFields).map { block in
            Finding(.unknownLabel, at: SourceLocation(file: file, line: block.start.line, column: block.start.column), language.pick(
                ja: "「\(section)」の下で、項目の見出し（### \(example)）より前に書かれているため読み取れません",
                en: "this stands under '\(section)' before any item heading (### \(example)) and cannot be read"))
        }
    }

    func unknownHeading(_ heading: SheetHeading, suggestions: [String]) -> Finding {
        let hint = IDText.nearest(heading.plainText, in: suggestions, limit: 1).first
            .map { language.pick(ja: "（'\($0)' のことですか？）", en: " (did you mean '\($0)'?)") } ?? ""
        return Finding(.unknownHeading, at: heading.lineLocation, language.pick(
            ja: "見出し '\(heading.plainText)' が分かりません。この見出しの下の内容は読み取られません\(hint)",
            en: "unknown heading '\(heading.plainText)'; what follows it is not read\(hint)"))
    }

    private func unknownLabel(_ field: FieldItem, allowed: [FieldLabel]) -> Finding {
        let names = allowed.map { $0.name(in: language) }
        let expected = names.joined(separator: " / ")
        guard let label = field.labelText else {
            return Finding(.unknownLabel, at: field.location, language.pick(
                ja: "「項目名: 内容」の形で書いてください（項目名は \(expected)）",
                en: "write 'label: value' (labels: \(expected))"))
        }
        if field.field != nil {
            return Finding(.unknownLabel, at: field.location, language.pick(
                ja: "'\(label)' はここでは使えません（ここで使える項目名: \(expected)）",
                en: "'\(label)' is not a label here (labels here: \(expected))"))
        }
        let hint = IDText.nearest(label, in: Labels.fieldSuggestions(allowed, language), limit: 1).first
            .map { language.pick(ja: "（'\($0)' のことですか？）", en: " (did you mean '\($0)'?)") }
            ?? language.pick(ja: "（使える項目名: \(expected)）", en: " (labels here: \(expected))")
        return Finding(.unknownLabel, at: field.location, language.pick(
            ja: "ここでは使えない項目名 '\(label)' です\(hint)",
            en: "unknown label '\(label)' here\(hint)"))
    }

    /// A field given twice is kept as one text, the parts joined by a line break.
    static func joined(_ first: WrittenText?, _ second: WrittenText) -> WrittenText {
        guard let first, !first.isBlank else { return second }
        if second.isBlank { return first }
        return WrittenText(first.text + "\n" + second.text, at: first.location)
    }
}
