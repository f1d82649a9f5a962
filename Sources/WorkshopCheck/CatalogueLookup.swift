import WorkshopModel

/// Resolves the threat and procedure references written in one event against
/// the event's catalogues, producing the findings for ids that do not resolve
/// (with "did you mean" suggestions).
struct CatalogueLookup: Sendable {
    let threats: ThreatCatalogue?
    let controls: ControlTable?
    let excluded: Set<Int>
    let language: Language

    /// A resolved threat id, or the finding that explains why it is not usable.
    func resolve(_ ref: ThreatRef) -> Result<Int, Finding> {
        guard let id = ref.id else {
            return .failure(Finding(.malformedThreat, at: ref.location, language.pick(
                ja: "脅威番号が読めません: '\(ref.raw)'（例: 脅威 3）",
                en: "cannot read a threat number in '\(ref.raw)' (e.g. Threat 3)")))
        }
        if let threats, threats.threat(id) == nil {
            let range = threats.threats.map(\.id)
            let known = range.isEmpty ? "" : "\(range.min() ?? 0)–\(range.max() ?? 0)"
            return .failure(Finding(.unknownThreat, at: ref.location, language.pick(
                ja: "脅威 \(id) は「\(threats.title(in: language))」にありません（\(known)）",
                en: "unknown threat \(id): '\(threats.title(in: language))' has threats \(known)")))
        }
        if excluded.contains(id) {
            let title = threats?.threat(id)?.title(in: language) ?? ""
            return .failure(Finding(.excludedThreat, at: ref.location, language.pick(
                ja: "脅威 \(id)「\(title)」はこの回の対象外です",
                en: "threat \(id) '\(title)' is excluded from this session")))
        }
        return .success(id)
    }

    /// A resolved procedure id, or the finding that explains why it is not usable.
    func resolve(_ ref: ProcedureRef) -> Result<ProcedureID, Finding> {
        guard let id = ref.id else {
            let suggestions = suggest(for: ref.raw)
            let hint = suggestions.isEmpty ? "" : language.pick(ja: "。もしかして: \(suggestions.joined(separator: ", "))", en: "; did you mean \(suggestions.joined(separator: ", "))?")
            return .failure(Finding(.malformedProcedure, at: ref.location, language.pick(
                ja: "実施手順の番号が読めません: '\(ref.raw)'（例: 6-1）\(hint)",
                en: "malformed procedure id '\(ref.raw)' (expected e.g. 6-1)\(hint)")))
        }
        guard let controls else { return .success(id) }
        if controls.procedure(id) != nil { return .success(id) }
        if let control = controls.control(id.control) {
            let ids = control.procedures.map(\.id.description).joined(separator: ", ")
            return .failure(Finding(.unknownProcedure, at: ref.location, language.pick(
                ja: "実施手順 '\(id)' はありません: 管理策 \(control.number) の手順は \(ids) です",
                en: "unknown procedure '\(id)': control \(control.number) has \(ids)")))
        }
        let suggestions = suggest(for: id.description)
        let hint = suggestions.isEmpty ? "" : language.pick(ja: "。もしかして: \(suggestions.joined(separator: ", "))", en: "; did you mean \(suggestions.joined(separator: ", "))?")
        let numbers = controls.controls.map(\.number)
        return .failure(Finding(.unknownProcedure, at: ref.location, language.pick(
            ja: "実施手順 '\(id)' はありません: 管理策 \(id.control) は管理策表（\(numbers.min() ?? 0)–\(numbers.max() ?? 0)）にありません\(hint)",
            en: "unknown procedure '\(id)': the control table has no control \(id.control) (it has \(numbers.min() ?? 0)–\(numbers.max() ?? 0))\(hint)")))
    }

    /// The nearest valid procedure ids to what was written.
    func suggest(for raw: String) -> [String] {
        guard let controls else { return [] }
        let all = controls.procedures.map(\.id.description)
        // Digits written with another separator (6.1, 6_1, 6 1, 61) map straight to an id.
        let digits = IDText.normalize(raw).split(whereSeparator: { !$0.isNumber }).map(String.init)
        var direct: [String] = []
        if digits.count >= 2, let c = Int(digits[0]), let n = Int(digits[1]), controls.procedure(ProcedureID(control: c, number: n)) != nil {
            direct.append("\(c)-\(n)")
        } else if digits.count == 1, digits[0].count == 2 || digits[0].count == 3 {
            let d = Array(digits[0])
            for split in 1..<d.count {
                if let c = Int(String(d[..<split])), let n = Int(String(d[split...])), controls.procedure(ProcedureID(control: c, number: n)) != nil {
                    direct.append("\(c)-\(n)")
                }
            }
        }
        let near = IDText.nearest(IDText.normalize(raw), in: all, limit: 3, maxDistance: 1)
        var out: [String] = []
        for id in direct + near where !out.contains(id) { out.append(id) }
        return Array(out.prefix(3))
    }

    /// A finding when a title written after a threat id agrees with none of
    /// the catalogue's titles for it (in any of its languages).
    func titleFinding(written: String?, threat id: Int, at location: SourceLocation) -> Finding? {
        guard let written, !written.isEmpty, let threat = threats?.threat(id) else { return nil }
        guard !threat.titles.contains(where: { TitleMatch.agrees(written: written, catalogue: $0) }) else { return nil }
        let shown = threat.title(in: language)
        return Finding(.titleMismatch, at: location, language.pick(
            ja: "脅威 \(id) の題名が一覧と違います: '\(written)'（一覧: '\(shown)'）",
            en: "title of threat \(id) differs from the catalogue: '\(written)' (catalogue: '\(shown)')"))
    }

    /// A finding when a text written after a procedure id agrees with none of
    /// the control table's texts for it (in any of its languages).
    func titleFinding(written: String?, procedure id: ProcedureID, at location: SourceLocation) -> Finding? {
        guard let written, !written.isEmpty, let procedure = controls?.procedure(id) else { return nil }
        guard !procedure.texts.contains(where: { TitleMatch.agrees(written: written, catalogue: $0) }) else { return nil }
        let shown = procedure.text(in: language)
        return Finding(.titleMismatch, at: location, language.pick(
            ja: "実施手順 \(id) の文言が管理策表と違います: '\(written)'（表: '\(shown)'）",
            en: "text of procedure \(id) differs from the control table: '\(written)' (table: '\(shown)')"))
    }
}

/// Whether a title written after an id agrees with the catalogue: equal after
/// normalisation (width, case, spaces, trailing punctuation), or an
/// abbreviation of it (a leading part of at least 4 characters).
enum TitleMatch {
    static func agrees(written: String, catalogue: String) -> Bool {
        let a = IDText.key(written), b = IDText.key(catalogue)
        if a == b { return true }
        if a.count >= 4 && b.hasPrefix(a) { return true }
        return false
    }
}
