import WorkshopModel
import WorkshopLoad

/// Checks loaded content against its catalogues: every worksheet and group
/// sheet of every event. Loading findings (syntax, labels, catalogues) come
/// from `WorkshopLoad`; these are the findings about meaning.
public struct Checker: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    /// Every finding about the content's catalogue mappings, events, worksheets and group sheets.
    public func check(_ content: Content) -> [Finding] {
        var findings = check(catalogues: content)
        for event in content.events {
            findings += check(event: event, content: content)
        }
        return findings
    }

    /// The findings about the catalogues that concern no event: the mappings between them.
    public func check(catalogues content: Content) -> [Finding] {
        MappingRules(content: content, language: language).check()
    }

    /// The findings for one event (its catalogues, worksheets and group sheets).
    public func check(event: Event, content: Content) -> [Finding] {
        let lookup = lookup(for: event, in: content)
        var findings: [Finding] = []
        if let threats = lookup.threats {
            for id in event.excludedThreats where threats.threat(id) == nil {
                findings.append(Finding(.unknownThreat, at: event.location, language.pick(
                    ja: "対象外の脅威 \(id) は「\(threats.title)」にありません",
                    en: "excluded threat \(id) is not in '\(threats.title)'")))
            }
        }
        var participants: [String: Worksheet] = [:]
        let rules = WorksheetRules(lookup: lookup, event: event, language: language)
        for sheet in event.worksheets {
            let key = IDText.normalize(sheet.participant)
            if let first = participants[key] {
                findings.append(Finding(.duplicateParticipant, at: sheet.location(ofField: "participant"), language.pick(
                    ja: "参加者 '\(sheet.participant)' のワークシートが2つあります（もう一つ: \(first.location.file)）",
                    en: "participant '\(sheet.participant)' has two worksheets (the other: \(first.location.file))")))
            } else {
                participants[key] = sheet
            }
            findings += rules.check(sheet)
        }
        var groups: [String: GroupSheet] = [:]
        let groupRules = GroupSheetRules(lookup: lookup, event: event, language: language)
        for sheet in event.groupSheets {
            if let first = groups[sheet.group] {
                findings.append(Finding(.duplicateGroupSheet, at: sheet.location(ofField: "group"), language.pick(
                    ja: "グループ '\(sheet.group)' のグループシートが2つあります（もう一つ: \(first.location.file)）",
                    en: "group '\(sheet.group)' has two group sheets (the other: \(first.location.file))")))
            } else {
                groups[sheet.group] = sheet
            }
            findings += groupRules.check(sheet)
        }
        return findings
    }

    /// Findings for one worksheet in its event (the collection endpoint and
    /// the dev server use this). The duplicate-participant rule needs the
    /// other worksheets and is left to the caller (the endpoint answers 409).
    public func check(worksheet: Worksheet, in event: Event, content: Content) -> [Finding] {
        let lookup = lookup(for: event, in: content)
        return WorksheetRules(lookup: lookup, event: event, language: language).check(worksheet)
    }

    /// Findings for one group sheet in its event (the collection endpoint uses
    /// this). The duplicate-group-sheet rule is left to the caller.
    public func check(groupSheet: GroupSheet, in event: Event, content: Content) -> [Finding] {
        GroupSheetRules(lookup: lookup(for: event, in: content), event: event, language: language).check(groupSheet)
    }

    func lookup(for event: Event, in content: Content) -> CatalogueLookup {
        CatalogueLookup(
            threats: content.threatCatalogue(event.threatCatalogueID),
            controls: content.controlTable(event.controlTableID),
            excluded: Set(event.excludedThreats),
            language: language)
    }
}
