import WorkshopModel

/// The rules for one participant worksheet against its event's catalogues.
struct WorksheetRules: Sendable {
    let lookup: CatalogueLookup
    let event: Event
    let language: Language

    func check(_ sheet: Worksheet) -> [Finding] {
        var findings: [Finding] = []
        if !sheet.group.isEmpty, event.eventFileRead, event.group(sheet.group) == nil {
            findings.append(unknownGroup(sheet.group, at: sheet.location(ofField: "group")))
        } else if let group = event.group(sheet.group), !sheet.participant.isEmpty, !group.expects(sheet.participant) {
            findings.append(Finding(.notOnRoster, at: sheet.location(ofField: "participant"), language.pick(
                ja: "参加者 '\(sheet.participant)' はグループ \(group.id) の名簿（event.yaml の members）にありません",
                en: "participant '\(sheet.participant)' is not on group \(group.id)'s roster (members in event.yaml)")))
        }
        let impactThreats = checkImpacts(sheet, into: &findings)
        let chosen = checkChoices(sheet, impactThreats: impactThreats, into: &findings)
        checkObstacles(sheet, chosen: chosen, into: &findings)
        return findings
    }

    func unknownGroup(_ group: String, at location: SourceLocation) -> Finding {
        let declared = event.groups.map(\.id)
        let list = declared.joined(separator: ", ")
        if declared.isEmpty {
            return Finding(.unknownGroup, at: location, language.pick(
                ja: "グループ '\(group)' は event.yaml にありません（event.yaml の groups にグループがありません）",
                en: "group '\(group)' is not declared in event.yaml (its groups list is empty)"))
        }
        return Finding(.unknownGroup, at: location, language.pick(
            ja: "グループ '\(group)' は event.yaml にありません（あるグループ: \(list)）",
            en: "group '\(group)' is not declared in event.yaml (groups: \(list))"))
    }

    /// Theme ①. Returns the threats the participant assessed.
    private func checkImpacts(_ sheet: Worksheet, into findings: inout [Finding]) -> Set<Int> {
        var seen: [Int: SourceLocation] = [:]
        for impact in sheet.impacts {
            switch lookup.resolve(impact.threat) {
            case .failure(let finding):
                findings.append(finding)
            case .success(let id):
                if let first = seen[id] {
                    findings.append(Finding(.duplicateThreat, at: impact.threat.location, language.pick(
                        ja: "脅威 \(id) が ① に2回あります（最初は \(first.line) 行目）",
                        en: "threat \(id) appears twice in theme 1 (first on line \(first.line))")))
                } else {
                    seen[id] = impact.threat.location
                }
                if let finding = lookup.titleFinding(written: impact.writtenTitle, threat: id, at: impact.threat.location) {
                    findings.append(finding)
                }
            }
            let name = impact.threat.id.map { language.pick(ja: "脅威 \($0)", en: "threat \($0)") } ?? impact.threat.raw
            if impact.business?.isBlank ?? true {
                findings.append(Finding(.missingImpactField, at: impact.business?.location ?? impact.location, language.pick(
                    ja: "\(name) に「事業内容」がありません",
                    en: "\(name) has no 'Business' (事業内容)")))
            }
            if impact.impact?.isBlank ?? true {
                findings.append(Finding(.missingImpactField, at: impact.impact?.location ?? impact.location, language.pick(
                    ja: "\(name) に「影響」がありません",
                    en: "\(name) has no 'Impact' (影響)")))
            }
            if let written = impact.severityText, !written.isBlank, let read = impact.severity, Severity(canonical: written.text) == nil {
                // An alias (大, 小, h, mid, …): read, and still the contract's warning.
                findings.append(Finding(.invalidSeverity, at: written.location, language.pick(
                    ja: "影響度 '\(written.text)' は「\(read.name(in: .ja))」として読みました。高・中・低 のいずれかで書いてください",
                    en: "severity '\(written.text)' is read as \(read.rawValue); write high, medium or low (高・中・低)")))
            }
            if let written = impact.severityText, !written.isBlank, impact.severity == nil {
                findings.append(Finding(.invalidSeverity, at: written.location, language.pick(
                    ja: "影響度 '\(written.text)' は 高・中・低 のいずれかにしてください",
                    en: "severity '\(written.text)' should be high, medium or low (高・中・低)")))
            }
        }
        return Set(seen.keys)
    }

    /// Theme ②. Returns the chosen procedures with where they were chosen.
    private func checkChoices(_ sheet: Worksheet, impactThreats: Set<Int>, into findings: inout [Finding]) -> [ProcedureID: SourceLocation] {
        var chosen: [ProcedureID: SourceLocation] = [:]
        for choice in sheet.choices {
            var resolved: ProcedureID?
            switch lookup.resolve(choice.procedure) {
            case .failure(let finding):
                findings.append(finding)
            case .success(let id):
                resolved = id
                if let first = chosen[id] {
                    findings.append(Finding(.duplicateProcedure, at: choice.procedure.location, language.pick(
                        ja: "実施手順 \(id) が ② に2回あります（最初は \(first.line) 行目）",
                        en: "procedure \(id) appears twice in theme 2 (first on line \(first.line))")))
                } else {
                    chosen[id] = choice.procedure.location
                }
                if let finding = lookup.titleFinding(written: choice.writtenTitle, procedure: id, at: choice.procedure.location) {
                    findings.append(finding)
                }
            }
            let name = resolved?.description ?? choice.procedure.raw
            if choice.reason?.isBlank ?? true {
                findings.append(Finding(.missingReason, at: choice.reason?.location ?? choice.location, language.pick(
                    ja: "実施手順 \(name) に「理由」がありません",
                    en: "procedure \(name) has no 'Reason' (理由)")))
            }
            for threat in choice.threats {
                switch lookup.resolve(threat) {
                case .failure(let finding):
                    findings.append(finding)
                case .success(let id) where !impactThreats.contains(id) && !sheet.impacts.isEmpty:
                    findings.append(Finding(.threatNotInImpacts, at: threat.location, language.pick(
                        ja: "実施手順 \(name) の脅威 \(id) は ① で取り上げていません",
                        en: "procedure \(name) names threat \(id), which theme 1 does not assess")))
                case .success:
                    break
                }
            }
        }
        return chosen
    }

    /// Theme ③ and its consistency with ②.
    private func checkObstacles(_ sheet: Worksheet, chosen: [ProcedureID: SourceLocation], into findings: inout [Finding]) {
        var covered: [ProcedureID: SourceLocation] = [:]
        for entry in sheet.obstacles {
            let id: ProcedureID
            switch lookup.resolve(entry.procedure) {
            case .success(let resolved): id = resolved
            case .failure(let finding):
                findings.append(finding)
                continue
            }
            if let first = covered[id] {
                findings.append(Finding(.duplicateProcedure, at: entry.procedure.location, language.pick(
                    ja: "実施手順 \(id) が ③ に2回あります（最初は \(first.line) 行目）",
                    en: "procedure \(id) appears twice in theme 3 (first on line \(first.line))")))
                continue
            }
            covered[id] = entry.procedure.location
            if let finding = lookup.titleFinding(written: entry.writtenTitle, procedure: id, at: entry.procedure.location) {
                findings.append(finding)
            }
            if chosen[id] == nil {
                findings.append(Finding(.procedureNotChosen, at: entry.procedure.location, language.pick(
                    ja: "③ の実施手順 \(id) は ② で選ばれていません",
                    en: "procedure \(id) in theme 3 was not chosen in theme 2")))
            }
            if entry.pairs.isEmpty, chosen[id] != nil {
                findings.append(Finding(.missingObstacles, at: entry.procedure.location, language.pick(
                    ja: "実施手順 \(id) に課題と解決手段がありません",
                    en: "procedure \(id) has no obstacle and remedy")))
            }
            for pair in entry.pairs where pair.remedies.allSatisfy(\.isBlank) {
                findings.append(Finding(.obstacleWithoutRemedy, at: pair.obstacle.location, language.pick(
                    ja: "課題「\(pair.obstacle.text.prefix(30))」に解決手段がありません",
                    en: "obstacle '\(pair.obstacle.text.prefix(40))' has no remedy")))
            }
        }
        for (id, location) in chosen.sorted(by: { $0.key < $1.key }) where covered[id] == nil {
            findings.append(Finding(.missingObstacles, at: location, language.pick(
                ja: "② で選んだ実施手順 \(id) の課題と解決手段が ③ にありません",
                en: "procedure \(id) chosen in theme 2 has no obstacle/remedy pair in theme 3")))
        }
    }
}
