import WorkshopModel

/// The rules for one group sheet against its event.
struct GroupSheetRules: Sendable {
    let lookup: CatalogueLookup
    let event: Event
    let language: Language

    func check(_ sheet: GroupSheet) -> [Finding] {
        var findings: [Finding] = []
        if event.eventFileRead, event.group(sheet.group) == nil {
            findings.append(WorksheetRules(lookup: lookup, event: event, language: language)
                .unknownGroup(sheet.group, at: sheet.location(ofField: "group")))
        }
        if sheet.threats.isEmpty {
            findings.append(Finding(.missingField, at: sheet.location(ofField: "threats"), language.pick(
                ja: "グループシートに threats（検討した脅威）がありません",
                en: "the group sheet has no 'threats' (the threats the group studied)")))
        }
        var seenThreats = Set<Int>()
        for threat in sheet.threats {
            switch lookup.resolve(threat) {
            case .failure(let finding): findings.append(finding)
            case .success(let id):
                if !seenThreats.insert(id).inserted {
                    findings.append(Finding(.duplicateThreat, at: threat.location, language.pick(
                        ja: "脅威 \(id) が2回あります", en: "threat \(id) is listed twice")))
                }
            }
        }
        var seenProcedures = Set<ProcedureID>()
        for choice in sheet.commonProcedures {
            switch lookup.resolve(choice.procedure) {
            case .failure(let finding): findings.append(finding)
            case .success(let id):
                if !seenProcedures.insert(id).inserted {
                    findings.append(Finding(.duplicateProcedure, at: choice.procedure.location, language.pick(
                        ja: "実施手順 \(id) が2回あります", en: "procedure \(id) appears twice")))
                }
                if let finding = lookup.titleFinding(written: choice.writtenTitle, procedure: id, at: choice.procedure.location) {
                    findings.append(finding)
                }
            }
            if choice.reason?.isBlank ?? true {
                findings.append(Finding(.missingReason, at: choice.reason?.location ?? choice.location, language.pick(
                    ja: "実施手順 \(choice.procedure.id?.description ?? choice.procedure.raw) に「理由」がありません",
                    en: "procedure \(choice.procedure.id?.description ?? choice.procedure.raw) has no 'Reason' (理由)")))
            }
            for threat in choice.threats {
                if case .failure(let finding) = lookup.resolve(threat) { findings.append(finding) }
            }
        }
        for pair in sheet.obstacles where pair.remedies.allSatisfy(\.isBlank) {
            findings.append(Finding(.obstacleWithoutRemedy, at: pair.obstacle.location, language.pick(
                ja: "課題「\(pair.obstacle.text.prefix(30))」に解決手段がありません",
                en: "obstacle '\(pair.obstacle.text.prefix(40))' has no remedy")))
        }
        return findings
    }
}
