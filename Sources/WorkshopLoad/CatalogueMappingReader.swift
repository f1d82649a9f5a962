import WorkshopModel

/// Reads a catalogue mapping (`catalogs/*.yaml` with `mapping:`): which of
/// one catalogue's threats or procedures carry on into another's. Its id
/// defaults to the file name without extension.
///
/// ```yaml
/// mapping: threats                 # or procedures
/// from: ipa-top10-2024-org         # the older catalogue
/// to: ipa-top10-2025-org           # the newer one
/// changes:
///   - { from: 1, to: 1, as: renamed }
///   - { from: [5, 7], to: 3, as: merged }
///   - { to: 7, as: new }
///   - { from: 10, as: dropped }
/// ```
///
/// `as:` may be left out where the shape says it (one onto one: `same`;
/// several onto one: `merged`; one onto several: `split`; only `to`: `new`;
/// only `from`: `dropped`). Whether the ids exist, whether every id is
/// accounted for and whether mappings go round in a circle is the checker's
/// (`MappingRules`), which knows the catalogues.
struct CatalogueMappingReader: Sendable {
    static let keys = ["id", "mapping", "from", "to", "title", "changes"]
    static let changeKeys = ["from", "to", "as"]

    var language: Language

    func read(_ document: YAMLValue, file: ContentTree.File) -> (CatalogueMapping?, [Finding]) {
        var fields = YAMLFields(document, known: Self.keys, language: language)
        var findings: [Finding] = []
        let id = fields.text("id") ?? file.stem
        let kindText = fields.required("mapping")
        let kind = kindText.flatMap { CatalogueMapping.Kind(rawValue: IDText.normalize($0).lowercased()) }
        if let kindText, kind == nil {
            findings.append(Finding(.invalidMapping, at: fields.location(of: "mapping"), language.pick(
                ja: "mapping は threats（脅威）か procedures（実施手順）にしてください（'\(kindText)' になっています）",
                en: "mapping must be threats or procedures, not '\(kindText)'")))
        }
        let from = fields.required("from")
        let to = fields.required("to")
        _ = fields.text("title")
        var steps: [CatalogueMapping.Step] = []
        if document["changes"] == nil { _ = fields.required("changes") }
        for item in fields.list("changes") {
            guard item.isMapping else {
                findings.append(Finding(.invalidMapping, at: item.location, language.pick(
                    ja: "changes の各行は { from: 5, to: 4, as: renamed } の形で書いてください",
                    en: "write each change as { from: 5, to: 4, as: renamed }")))
                continue
            }
            var changeFields = YAMLFields(item, known: Self.changeKeys, language: language)
            defer { findings += changeFields.findings }
            let fromIDs = ids(item["from"], kind: kind, findings: &findings)
            let toIDs = ids(item["to"], kind: kind, findings: &findings)
            let written = changeFields.text("as")
            let change: CatalogueMapping.Change
            if let written {
                guard let named = CatalogueMapping.Change(rawValue: IDText.normalize(written).lowercased()) else {
                    findings.append(Finding(.invalidMapping, at: changeFields.location(of: "as"), language.pick(
                        ja: "as は same・renamed・merged・split・new・dropped のどれかにしてください（'\(written)' になっています）",
                        en: "as must be one of same, renamed, merged, split, new, dropped, not '\(written)'")))
                    continue
                }
                guard named.fits(from: fromIDs.count, to: toIDs.count) else {
                    findings.append(Finding(.invalidMapping, at: changeFields.location(of: "as"), language.pick(
                        ja: "\(named.rawValue) は \(Self.shape(named, .ja)) の変化です（from \(fromIDs.count) 件、to \(toIDs.count) 件になっています）",
                        en: "\(named.rawValue) is \(Self.shape(named, .en)) (this change has \(fromIDs.count) from and \(toIDs.count) to)")))
                    continue
                }
                change = named
            } else if let implied = CatalogueMapping.Change.implied(from: fromIDs.count, to: toIDs.count) {
                change = implied
            } else {
                findings.append(Finding(.invalidMapping, at: item.location, language.pick(
                    ja: "from \(fromIDs.count) 件から to \(toIDs.count) 件への変化は書けません。merged（複数→1）か split（1→複数）に分けてください",
                    en: "a change from \(fromIDs.count) ids to \(toIDs.count) cannot be written; split it into merged (several → one) and split (one → several)")))
                continue
            }
            steps.append(CatalogueMapping.Step(from: fromIDs, to: toIDs, change: change, location: item.location))
        }
        findings = fields.findings + findings
        guard let kind, let from, let to else { return (nil, findings) }
        let mapping = CatalogueMapping(id: id, kind: kind, from: from, fromLocation: fields.location(of: "from"), to: to,
                                       toLocation: fields.location(of: "to"), steps: steps,
                                       location: SourceLocation(file: file.path, line: 1, column: 1))
        return (mapping, findings)
    }

    /// The ids of `from:` or `to:` (one, or a list), normalised: threat numbers as `3`, procedure ids as `6-1`.
    private func ids(_ value: YAMLValue?, kind: CatalogueMapping.Kind?, findings: inout [Finding]) -> [CatalogueMapping.MappedID] {
        guard let value else { return [] }
        let items = value.isMapping ? [value] : value.items
        var ids: [CatalogueMapping.MappedID] = []
        for item in items {
            guard let text = item.text, !text.isEmpty else {
                findings.append(Finding(.invalidMapping, at: item.location, language.pick(
                    ja: "番号を書いてください（脅威は 3、実施手順は 6-1 のように）",
                    en: "write an id (a threat as 3, a procedure as 6-1)")))
                continue
            }
            switch kind {
            case .threats?:
                guard let number = ThreatCatalogueReader.threatNumber(text), number > 0 else {
                    findings.append(Finding(.invalidMapping, at: item.location, language.pick(
                        ja: "脅威の番号は正の整数にしてください（'\(text)' になっています）",
                        en: "a threat id must be a positive whole number, not '\(text)'")))
                    continue
                }
                ids.append(.init(String(number), at: item.location))
            case .procedures?:
                guard let procedure = ProcedureID(text) else {
                    findings.append(Finding(.invalidMapping, at: item.location, language.pick(
                        ja: "実施手順は 6-1 のように書いてください（'\(text)' になっています）",
                        en: "write a procedure as 6-1, not '\(text)'")))
                    continue
                }
                ids.append(.init(procedure.description, at: item.location))
            case nil:
                ids.append(.init(IDText.normalize(text), at: item.location))
            }
        }
        return ids
    }

    static func shape(_ change: CatalogueMapping.Change, _ language: Language) -> String {
        switch change {
        case .same, .renamed: language.pick(ja: "1 件から 1 件への", en: "one id onto one")
        case .merged: language.pick(ja: "複数から 1 件への", en: "several ids onto one")
        case .split: language.pick(ja: "1 件から複数への", en: "one id onto several")
        case .new: language.pick(ja: "to だけの", en: "a change with only to")
        case .dropped: language.pick(ja: "from だけの", en: "a change with only from")
        }
    }
}
