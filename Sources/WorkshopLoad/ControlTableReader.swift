import WorkshopModel

/// Reads a control table written in YAML (`catalogs/*.yaml` with a
/// `controls:` list). `no:` is read as the key "no" (never as a boolean).
struct ControlTableReader: Sendable {
    static let keys = ["id", "title", "controls", "language"]
    static let controlKeys = ["no", "category", "iso", "title", "summary", "procedures"]
    static let procedureKeys = ["id", "text"]

    var language: Language

    func read(_ document: YAMLValue, file: ContentTree.File) -> (ControlTable, [Finding]) {
        let (languages, languageFindings) = CatalogueLanguages.read(document, messages: language)
        var fields = YAMLFields(document, known: Self.keys + languages.keys(["title"]), language: language)
        let id = fields.text("id") ?? file.stem
        let title = fields.text("title") ?? id
        let titleTranslations = languages.translations("title", in: &fields)
        var findings: [Finding] = languageFindings
        var drafts: [ControlDraft] = []
        for item in fields.list("controls") {
            guard item.isMapping else {
                findings.append(Finding(.invalidField, at: item.location, language.pick(
                    ja: "管理策は「no:」「category:」「iso:」「title:」「procedures:」の形で書いてください",
                    en: "write each control with 'no:', 'category:', 'iso:', 'title:' and 'procedures:'")))
                continue
            }
            var controlFields = YAMLFields(item, known: Self.controlKeys + languages.keys(["title", "summary"]), language: language)
            var draft = ControlDraft(
                number: field("no", in: &controlFields),
                category: field("category", in: &controlFields),
                iso: field("iso", in: &controlFields),
                title: field("title", in: &controlFields),
                summary: field("summary", in: &controlFields),
                procedures: [],
                location: item.location)
            draft.titleTranslations = languages.translations("title", in: &controlFields)
            draft.summaryTranslations = languages.translations("summary", in: &controlFields)
            for procedure in controlFields.list("procedures") {
                guard procedure.isMapping else {
                    findings.append(Finding(.invalidField, at: procedure.location, language.pick(
                        ja: "実施手順は「id: 6-1」「text: 内容」の形で書いてください",
                        en: "write each procedure as 'id: 6-1' and 'text: …'")))
                    continue
                }
                var procedureFields = YAMLFields(procedure, known: Self.procedureKeys + languages.keys(["text"]), language: language)
                if let idField = field("id", in: &procedureFields) {
                    var procedureDraft = ControlDraft.ProcedureDraft(
                        id: idField, text: field("text", in: &procedureFields), location: procedure.location)
                    procedureDraft.textTranslations = languages.translations("text", in: &procedureFields)
                    draft.procedures.append(procedureDraft)
                } else {
                    _ = procedureFields.required("id")
                }
                findings += procedureFields.findings
            }
            findings += controlFields.findings
            drafts.append(draft)
        }
        if document["controls"] == nil { _ = fields.required("controls") }
        let (built, tableFindings) = ControlTableBuilder(language: language)
            .build(id: id, title: title, drafts: drafts, location: SourceLocation(file: file.path, line: 1, column: 1))
        var table = built
        table.language = languages.own
        table.titleTranslations = titleTranslations
        return (table, fields.findings + findings + tableFindings)
    }

    private func field(_ key: String, in fields: inout YAMLFields) -> ControlDraft.Field? {
        guard let text = fields.text(key) else { return nil }
        return ControlDraft.Field(text: text, location: fields.location(of: key))
    }
}
