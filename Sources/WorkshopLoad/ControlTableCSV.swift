import WorkshopModel

/// Reads a control table exported from a spreadsheet (`catalogs/*.csv`), with
/// the source document's headers `No,管理策種別,番号,管理策,概要,実施手順` or
/// the English `no,category,iso,title,summary,procedures`, in any order.
/// The table's id and title are the file name without its extension.
struct ControlTableCSV: Sendable {
    /// Header (as an `IDText.key`) → field.
    static let headers: [String: String] = [
        "no": "no", "管理策種別": "category", "番号": "iso", "管理策": "title", "概要": "summary", "実施手順": "procedures",
        "category": "category", "iso": "iso", "title": "title", "summary": "summary", "procedures": "procedures",
    ]
    static let required = ["no", "category", "iso", "title", "procedures"]

    var language: Language

    func read(_ text: String, file: ContentTree.File) -> (ControlTable, [Finding]) {
        let id = file.stem
        let start = SourceLocation(file: file.path, line: 1, column: 1)
        var findings: [Finding] = []
        let (rows, problem) = CSVParser().parse(text)
        if case .unterminatedQuote(let line, let column)? = problem {
            findings.append(Finding(.invalidCSV, at: SourceLocation(file: file.path, line: line, column: column), language.pick(
                ja: "引用符（\"）が閉じられていません。この行から後は読み込めません",
                en: "a quote (\") is never closed; the table cannot be read from here on")))
        }
        var records = rows.filter { !$0.isBlank }[...]
        guard let header = records.popFirst() else {
            findings.append(Finding(.missingField, at: start, language.pick(
                ja: "見出し行（No,管理策種別,番号,管理策,概要,実施手順）がありません",
                en: "missing the header row (no,category,iso,title,summary,procedures)")))
            return (ControlTable(id: id, title: id, controls: [], location: start), findings)
        }

        var columns: [String: Int] = [:]
        var names: [String: String] = [:]
        for (index, cell) in header.cells.enumerated() {
            let key = IDText.key(cell.value)
            guard !key.isEmpty else { continue }
            let location = SourceLocation(file: file.path, line: cell.line, column: cell.column)
            if let field = Self.headers[key], columns[field] == nil {
                columns[field] = index
                names[field] = cell.value.trimmingWhiteSpace()
            } else if Self.headers[key] == nil {
                let hint = IDText.nearest(cell.value, in: ["No", "管理策種別", "番号", "管理策", "概要", "実施手順"] + Self.required + ["summary"], limit: 1)
                    .first.map { language.pick(ja: "（'\($0)' のことですか？）", en: " (did you mean '\($0)'?)") } ?? ""
                findings.append(Finding(.unknownKey, at: location, language.pick(
                    ja: "不明な見出し '\(cell.value)' です。この列は読み込みません\(hint)",
                    en: "unknown header '\(cell.value)'; this column is not read\(hint)")))
            }
        }
        let absent = Self.required.filter { columns[$0] == nil }
        if !absent.isEmpty {
            findings.append(Finding(.missingField, at: SourceLocation(file: file.path, line: header.line, column: 1), language.pick(
                ja: "見出し行に列がありません: \(absent.joined(separator: ", "))（No,管理策種別,番号,管理策,概要,実施手順）",
                en: "the header row lacks: \(absent.joined(separator: ", ")) (no,category,iso,title,summary,procedures)")))
            return (ControlTable(id: id, title: id, controls: [], location: start), findings)
        }

        var drafts: [ControlDraft] = []
        for row in records {
            let rowLocation = SourceLocation(file: file.path, line: row.line, column: 1)
            func field(_ name: String) -> ControlDraft.Field? {
                guard let index = columns[name], index < row.cells.count else { return nil }
                let cell = row.cells[index]
                let value = cell.value.trimmingWhiteSpace()
                guard !value.isEmpty else { return nil }
                return ControlDraft.Field(text: value, location: SourceLocation(file: file.path, line: cell.line, column: cell.column))
            }
            let number = field("no")
            var draft = ControlDraft(number: number, category: field("category"), iso: field("iso"), title: field("title"),
                                     summary: field("summary"), procedures: [], location: rowLocation)
            if let index = columns["procedures"], index < row.cells.count {
                let cell = row.cells[index]
                let control = number.flatMap { Int(IDText.normalize($0.text)) }
                let (parts, leading) = ProcedureCell.split(cell.value, control: control)
                let cellLocation = SourceLocation(file: file.path, line: cell.line, column: cell.column)
                if !leading.isEmpty {
                    findings.append(Finding(.invalidField, at: cellLocation, parts.isEmpty
                        ? language.pick(ja: "実施手順に id（例: 6-1）が見つかりません: '\(leading.prefix(30))'",
                                        en: "no procedure id (e.g. 6-1) found in: '\(leading.prefix(30))'")
                        : language.pick(ja: "最初の実施手順の id より前に文があります: '\(leading.prefix(30))'",
                                        en: "text before the first procedure id: '\(leading.prefix(30))'")))
                }
                for part in parts {
                    let at = Self.location(in: cell, offset: part.idOffset, file: file.path)
                    draft.procedures.append(ControlDraft.ProcedureDraft(
                        id: ControlDraft.Field(text: part.id, location: at),
                        text: part.text.isEmpty ? nil : ControlDraft.Field(text: part.text, location: at),
                        location: at))
                }
            }
            drafts.append(draft)
        }
        var builder = ControlTableBuilder(language: language)
        builder.fieldNames = names
        let (table, tableFindings) = builder.build(id: id, title: id, drafts: drafts, location: start)
        return (table, findings + tableFindings)
    }

    /// Where the character at `offset` of a cell's value stands in the file
    /// (approximate when the cell holds doubled quotes).
    static func location(in cell: CSVParser.Cell, offset: Int, file: String) -> SourceLocation {
        var line = cell.line, column = cell.column
        for character in cell.value.prefix(offset) {
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
