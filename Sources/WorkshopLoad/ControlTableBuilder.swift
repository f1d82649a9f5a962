import WorkshopModel

/// A control row as written, in YAML or CSV, with where each part stands.
/// Both forms of the table go through `ControlTableBuilder`, so they give
/// the same table and the same findings.
struct ControlDraft: Sendable {
    /// A written value and its location.
    struct Field: Sendable {
        var text: String
        var location: SourceLocation
    }

    struct ProcedureDraft: Sendable {
        var id: Field
        var text: Field?
        var location: SourceLocation
        /// `text_en:`, … (YAML only).
        var textTranslations: [Language: String] = [:]
    }

    var number: Field?
    var category: Field?
    var iso: Field?
    var title: Field?
    var summary: Field?
    var procedures: [ProcedureDraft]
    /// The row (CSV) or list item (YAML).
    var location: SourceLocation
    /// `title_en:`, `summary_en:`, … (YAML only).
    var titleTranslations: [Language: String] = [:]
    var summaryTranslations: [Language: String] = [:]
}

/// Turns control drafts into a `ControlTable`, reporting the catalogue
/// errors: missing fields, unknown categories, invalid ISO numbers,
/// duplicate controls and procedure ids, procedures under the wrong control.
struct ControlTableBuilder: Sendable {
    var language: Language
    /// Names the way each form calls a field (`no` or `No`, …), for messages.
    var fieldNames: [String: String] = [:]

    func build(id: String, title: String, drafts: [ControlDraft], location: SourceLocation) -> (ControlTable, [Finding]) {
        var findings: [Finding] = []
        var controls: [Control] = []
        var controlLines: [Int: SourceLocation] = [:]
        var procedureLines: [ProcedureID: SourceLocation] = [:]

        func missing(_ key: String, at location: SourceLocation) {
            let name = fieldNames[key] ?? key
            findings.append(Finding(.missingField, at: location, language.pick(
                ja: "'\(name)' がありません", en: "missing '\(name)'")))
        }

        for draft in drafts {
            guard let numberField = draft.number else { missing("no", at: draft.location); continue }
            guard let number = Int(IDText.normalize(numberField.text)), number > 0 else {
                findings.append(Finding(.invalidField, at: numberField.location, language.pick(
                    ja: "管理策の番号は正の整数にしてください（'\(numberField.text)' になっています）",
                    en: "a control number must be a positive whole number, not '\(numberField.text)'")))
                continue
            }
            if let first = controlLines[number] {
                findings.append(Finding(.duplicateControl, at: numberField.location, language.pick(
                    ja: "管理策 \(number) が2回あります（最初は \(first.line) 行目）",
                    en: "control \(number) appears twice (first on line \(first.line))")))
                continue
            }
            controlLines[number] = numberField.location

            var category = ControlCategory.organizational
            if let field = draft.category {
                if let known = ControlCategory(label: field.text) {
                    category = known
                    if !ControlCategory.isCanonical(field.text) {
                        findings.append(Finding(.acceptedAlias, at: field.location, language.pick(
                            ja: "管理策種別 '\(field.text)' は「\(known.name(in: .ja))」（\(known.rawValue)）として読みました。\(known.name(in: .ja)) または \(known.rawValue) と書いてください",
                            en: "the category '\(field.text)' is read as \(known.rawValue) (\(known.name(in: .ja))); write \(known.rawValue) or \(known.name(in: .ja))")))
                    }
                } else {
                    let names = ControlCategory.allCases.map(\.rawValue) + ControlCategory.allCases.map { $0.name(in: .ja) }
                    let hint = IDText.nearest(field.text, in: names, limit: 1).first
                        .map { language.pick(ja: "（'\($0)' のことですか？）", en: " (did you mean '\($0)'?)") } ?? ""
                    findings.append(Finding(.unknownCategory, at: field.location, language.pick(
                        ja: "管理策種別 '\(field.text)' は使えません。組織・人的・物理・技術的（organizational, people, physical, technological）のどれかにしてください\(hint)",
                        en: "unknown category '\(field.text)'; use organizational, people, physical or technological (組織, 人的, 物理, 技術的)\(hint)")))
                }
            } else {
                missing("category", at: draft.location)
            }

            var iso = ""
            if let field = draft.iso {
                if let normal = AnnexAControl.normalized(field.text) {
                    iso = normal
                    if normal != IDText.normalize(field.text) {
                        findings.append(Finding(.acceptedAlias, at: field.location, language.pick(
                            ja: "ISO 番号 '\(field.text)' は '\(normal)' として読みました。'\(normal)' と書いてください",
                            en: "the ISO number '\(field.text)' is read as '\(normal)'; write '\(normal)'")))
                    }
                } else {
                    iso = field.text
                    findings.append(Finding(.invalidISO, at: field.location, language.pick(
                        ja: "ISO/IEC 27001:2022 附属書A の管理策番号ではありません: '\(field.text)'（5.1〜5.37、6.1〜6.8、7.1〜7.14、8.1〜8.34）",
                        en: "not an ISO/IEC 27001:2022 Annex A control number: '\(field.text)' (5.1–5.37, 6.1–6.8, 7.1–7.14, 8.1–8.34)")))
                }
            } else {
                missing("iso", at: draft.location)
            }

            if draft.title == nil { missing("title", at: draft.location) }
            if draft.procedures.isEmpty { missing("procedures", at: draft.location) }

            var procedures: [Procedure] = []
            for procedure in draft.procedures {
                guard let pid = ProcedureID(procedure.id.text) else {
                    findings.append(Finding(.invalidField, at: procedure.id.location, language.pick(
                        ja: "実施手順の id '\(procedure.id.text)' を読めません（例: \(number)-1）",
                        en: "cannot read the procedure id '\(procedure.id.text)' (e.g. \(number)-1)")))
                    continue
                }
                if pid.control != number {
                    findings.append(Finding(.procedureControlMismatch, at: procedure.id.location, language.pick(
                        ja: "実施手順 \(pid) が管理策 \(number) の下にあります（\(number)-… にしてください）",
                        en: "procedure \(pid) is under control \(number) (its id should start with \(number)-)")))
                }
                if let first = procedureLines[pid] {
                    findings.append(Finding(.duplicateProcedureID, at: procedure.id.location, language.pick(
                        ja: "実施手順 \(pid) が2回あります（最初は \(first.line) 行目）",
                        en: "procedure \(pid) appears twice (first on line \(first.line))")))
                    continue
                }
                procedureLines[pid] = procedure.id.location
                guard let text = procedure.text, !text.text.isEmpty else {
                    findings.append(Finding(.missingField, at: procedure.location, language.pick(
                        ja: "実施手順 \(pid) の内容がありません", en: "procedure \(pid) has no text")))
                    continue
                }
                var made = Procedure(id: pid, text: text.text, location: procedure.location)
                made.textTranslations = procedure.textTranslations
                procedures.append(made)
            }
            var control = Control(number: number, category: category, iso: iso, title: draft.title?.text ?? "",
                                  summary: draft.summary?.text ?? "", procedures: procedures, location: draft.location)
            control.titleTranslations = draft.titleTranslations
            control.summaryTranslations = draft.summaryTranslations
            controls.append(control)
        }
        return (ControlTable(id: id, title: title, controls: controls, location: location), findings)
    }
}
