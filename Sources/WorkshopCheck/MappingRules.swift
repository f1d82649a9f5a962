import WorkshopModel
import WorkshopLoad

/// The rules for catalogue mappings (`mapping:` files in catalogs/), against
/// the catalogues they name: the catalogues exist and are of the mapping's
/// kind, every id exists, every id of the older catalogue is accounted for
/// (a threat is never lost silently), every id of the newer one is (a
/// warning), no id is mapped twice, and mappings never go round in a circle;
/// and where the series changes catalogue from one event to the next, a chain
/// of mappings links the two (a note, which `--strict` does not fail: else the
/// series report counts their threats or procedures apart).
struct MappingRules: Sendable {
    let content: Content
    let language: Language

    func check() -> [Finding] {
        var findings: [Finding] = []
        var seenFrom: [String: CatalogueMapping] = [:]
        for mapping in content.catalogueMappings {
            let key = mapping.kind.rawValue + "/" + mapping.from
            if let first = seenFrom[key] {
                findings.append(Finding(.invalidMapping, at: mapping.fromLocation, language.pick(
                    ja: "'\(mapping.from)' からの対応表が2つあります（もう一つ: \(first.location.file)）。一つにまとめてください",
                    en: "there are two mappings from '\(mapping.from)' (the other: \(first.location.file)); keep one")))
                continue
            }
            seenFrom[key] = mapping
            findings += check(mapping)
        }
        findings += cycles()
        findings += missingMappings()
        return findings
    }

    /// Events in date order whose catalogue of a kind differs from the previous
    /// event's, with no chain of mappings between the two (either way): the
    /// series report can only count their threats (procedures) apart. Reported
    /// once per pair of catalogues, at the first event that changes over.
    private func missingMappings() -> [Finding] {
        var findings: [Finding] = []
        for kind in CatalogueMapping.Kind.allCases {
            var next: [String: Set<String>] = [:]
            for mapping in content.catalogueMappings where mapping.kind == kind { next[mapping.from, default: []].insert(mapping.to) }
            func reaches(_ start: String, _ goal: String) -> Bool {
                var seen: Set<String> = [start], queue = [start]
                while let here = queue.popLast() {
                    for to in next[here] ?? [] where seen.insert(to).inserted {
                        if to == goal { return true }
                        queue.append(to)
                    }
                }
                return false
            }
            var previous: (id: String, event: Event)?
            var reported = Set<[String]>()
            for event in content.events.sorted(by: ContentLoader.eventOrder) {
                let id = kind == .threats ? event.threatCatalogueID : event.controlTableID
                guard catalogue(id, kind: kind) != nil else { continue }
                defer { previous = (id, event) }
                guard let before = previous, before.id != id, !reaches(before.id, id), !reaches(id, before.id),
                      reported.insert([before.id, id].sorted()).inserted else { continue }
                let location = (kind == .threats ? event.threatCatalogueLocation : event.controlTableLocation) ?? event.location
                let (what, how) = kind == .threats
                    ? (language.pick(ja: "脅威の一覧", en: "threat catalogue"), language.pick(ja: "脅威", en: "threats"))
                    : (language.pick(ja: "管理策の一覧", en: "control table"), language.pick(ja: "実施手順", en: "procedures"))
                findings.append(Finding(.missingMapping, at: location, language.pick(
                    ja: "この回の\(what) '\(id)' は前の回（\(before.event.title)）の '\(before.id)' と対応表で結ばれていません。シリーズ集計では両方の\(how)を別々に数えます。catalogs/ に mapping: \(kind.rawValue)、from: \(before.id)、to: \(id) のファイルを置いてください",
                    en: "this event's \(what) '\(id)' is linked by no mapping to '\(before.id)' of the event before (\(before.event.title)); the series report counts their \(how) apart. Add a file to catalogs/ with mapping: \(kind.rawValue), from: \(before.id), to: \(id)")))
            }
        }
        return findings
    }

    /// The ids of a catalogue of the mapping's kind, and its title; nil when there is no such catalogue.
    private func catalogue(_ id: String, kind: CatalogueMapping.Kind) -> (ids: [String], title: String)? {
        switch kind {
        case .threats:
            return content.threatCatalogue(id).map { ($0.threats.map { String($0.id) }, $0.title) }
        case .procedures:
            return content.controlTable(id).map { ($0.controls.flatMap { $0.procedures.map(\.id.description) }, $0.title) }
        }
    }

    private func unknownCatalogue(_ id: String, kind: CatalogueMapping.Kind, at location: SourceLocation) -> Finding {
        let known = kind == .threats ? content.threatCatalogues.map(\.id) : content.controlTables.map(\.id)
        let what = kind == .threats ? language.pick(ja: "脅威の一覧", en: "threat catalogue") : language.pick(ja: "管理策の一覧", en: "control table")
        let list = known.isEmpty ? language.pick(ja: "なし", en: "none") : known.joined(separator: ", ")
        return Finding(.unknownCatalogue, at: location, language.pick(
            ja: "\(what) '\(id)' は catalogs/ にありません。あるもの: \(list)",
            en: "no \(what) '\(id)' in catalogs/; known: \(list)"))
    }

    private func name(_ id: String, _ kind: CatalogueMapping.Kind) -> String {
        kind == .threats ? language.pick(ja: "脅威 \(id)", en: "threat \(id)") : language.pick(ja: "実施手順 \(id)", en: "procedure \(id)")
    }

    private func check(_ mapping: CatalogueMapping) -> [Finding] {
        var findings: [Finding] = []
        let older = catalogue(mapping.from, kind: mapping.kind)
        let newer = catalogue(mapping.to, kind: mapping.kind)
        if older == nil { findings.append(unknownCatalogue(mapping.from, kind: mapping.kind, at: mapping.fromLocation)) }
        if newer == nil { findings.append(unknownCatalogue(mapping.to, kind: mapping.kind, at: mapping.toLocation)) }
        let unknownCode: FindingCode = mapping.kind == .threats ? .unknownThreat : .unknownProcedure
        var fromLine: [String: Int] = [:]
        var toLine: [String: Int] = [:]
        for step in mapping.steps {
            for id in step.from {
                if let older, !older.ids.contains(id.id) {
                    findings.append(Finding(unknownCode, at: id.location, language.pick(
                        ja: "\(name(id.id, mapping.kind)) は「\(older.title)」にありません",
                        en: "\(name(id.id, mapping.kind)) is not in '\(older.title)'")))
                }
                if let first = fromLine[id.id] {
                    findings.append(Finding(.invalidMapping, at: id.location, language.pick(
                        ja: "\(name(id.id, mapping.kind)) が from に2回あります（最初は \(first) 行目）。複数に分かれたものは split 1行で書きます",
                        en: "\(name(id.id, mapping.kind)) is a from twice (first on line \(first)); one that became several is one split")))
                } else {
                    fromLine[id.id] = id.location.line
                }
            }
            for id in step.to {
                if let newer, !newer.ids.contains(id.id) {
                    findings.append(Finding(unknownCode, at: id.location, language.pick(
                        ja: "\(name(id.id, mapping.kind)) は「\(newer.title)」にありません",
                        en: "\(name(id.id, mapping.kind)) is not in '\(newer.title)'")))
                }
                if let first = toLine[id.id] {
                    findings.append(Finding(.invalidMapping, at: id.location, language.pick(
                        ja: "\(name(id.id, mapping.kind)) が to に2回あります（最初は \(first) 行目）。複数がまとまったものは merged 1行で書きます",
                        en: "\(name(id.id, mapping.kind)) is a to twice (first on line \(first)); several that became one are one merged")))
                } else {
                    toLine[id.id] = id.location.line
                }
            }
        }
        if let older {
            for id in older.ids where fromLine[id] == nil {
                findings.append(Finding(.unmappedID, at: mapping.fromLocation, language.pick(
                    ja: "「\(older.title)」の\(name(id, mapping.kind)) が対応表にありません。後継がなければ { from: \(id), as: dropped } と書いてください",
                    en: "\(name(id, mapping.kind)) of '\(older.title)' is not in the mapping; write { from: \(id), as: dropped } if it has no successor")))
            }
        }
        if let newer {
            for id in newer.ids where toLine[id] == nil {
                findings.append(Finding(.unmarkedNewID, at: mapping.toLocation, language.pick(
                    ja: "「\(newer.title)」の\(name(id, mapping.kind)) がどこからも対応していません。新しく加わったものなら { to: \(id), as: new } と書いてください",
                    en: "\(name(id, mapping.kind)) of '\(newer.title)' has no predecessor in the mapping; write { to: \(id), as: new } if it is new")))
            }
        }
        return findings
    }

    /// Mappings that lead back to where they started (a → b → a, or a → a).
    private func cycles() -> [Finding] {
        var findings: [Finding] = []
        for kind in CatalogueMapping.Kind.allCases {
            let mappings = content.catalogueMappings.filter { $0.kind == kind }
            var next: [String: CatalogueMapping] = [:]
            for mapping in mappings where next[mapping.from] == nil { next[mapping.from] = mapping }
            var reported = Set<String>()
            for start in mappings.map(\.from).sorted() {
                var path: [CatalogueMapping] = []
                var here = start
                var visited = Set<String>()
                while let mapping = next[here], !visited.contains(here) {
                    visited.insert(here)
                    path.append(mapping)
                    here = mapping.to
                }
                guard here == start, let closing = path.last, !path.isEmpty else { continue }
                let members = Set(path.map(\.from))
                guard reported.insert(members.sorted().joined(separator: "\u{0}")).inserted else { continue }
                let chain = (path.map(\.from) + [start]).joined(separator: " → ")
                findings.append(Finding(.mappingCycle, at: closing.toLocation, language.pick(
                    ja: "対応表が循環しています: \(chain)。古い一覧から新しい一覧への向きだけにしてください",
                    en: "the mappings go round in a circle: \(chain); map only from older catalogues to newer ones")))
            }
        }
        return findings
    }
}
