import Testing
import WorkshopModel
@testable import WorkshopCheck

/// Rules of the checker on worksheets built in code (no parsing involved).
@Suite struct CheckerTests {
    static let file = "events/e/worksheets/A-01.md"

    static func at(_ line: Int, _ column: Int = 1) -> WorkshopModel.SourceLocation { WorkshopModel.SourceLocation(file: file, line: line, column: column) }

    static let threats = ThreatCatalogue(id: "t", title: "10大脅威", threats: (1...10).map {
        Threat(id: $0, title: $0 == 3 ? "内部不正による情報漏えい等の被害" : "脅威\($0)", location: WorkshopModel.SourceLocation(file: "catalogs/t.yaml"))
    }, location: WorkshopModel.SourceLocation(file: "catalogs/t.yaml"))

    static let controls = ControlTable(id: "c", title: "管理策", controls: (1...20).map { no in
        Control(number: no, category: .people, iso: "6.3", title: "管理策\(no)", summary: "", procedures: (1...3).map {
            Procedure(id: ProcedureID(control: no, number: $0), text: no == 6 && $0 == 1 ? "全社員向けに、年次セキュリティ研修を開催。" : "手順\(no)-\($0)", location: WorkshopModel.SourceLocation(file: "catalogs/c.yaml"))
        }, location: WorkshopModel.SourceLocation(file: "catalogs/c.yaml"))
    }, location: WorkshopModel.SourceLocation(file: "catalogs/c.yaml"))

    static func text(_ s: String, _ line: Int) -> WrittenText { WrittenText(s, at: at(line, 5)) }
    static func threat(_ id: Int?, _ line: Int, raw: String? = nil) -> ThreatRef { ThreatRef(raw: raw ?? "\(id ?? 0)", id: id, location: at(line)) }
    static func procedure(_ raw: String, _ line: Int) -> ProcedureRef { ProcedureRef(raw: raw, id: ProcedureID(raw), location: at(line)) }

    /// A worksheet that passes every rule.
    static func goodSheet() -> Worksheet {
        Worksheet(
            participant: "A-01", group: "A", industry: "卸売業", publish: true,
            impacts: [ThreatImpact(threat: threat(3, 10), writtenTitle: "内部不正による情報漏えい等の被害", business: text("卸売", 11), impact: text("失注", 12), severityText: text("高", 13), severity: .high, location: at(10))],
            choices: [ProcedureChoice(procedure: procedure("6-1", 20), threats: [threat(3, 21)], reason: text("人的対策", 22), location: at(20))],
            obstacles: [ProcedureObstacles(procedure: procedure("6-1", 30), pairs: [ObstaclePair(obstacle: text("人がいない", 31), remedies: [text("外部研修", 32)])], location: at(30))],
            location: at(1))
    }

    static func event(_ sheets: [Worksheet], groups: [GroupSheet] = []) -> (Event, Content) {
        let event = Event(slug: "e", title: "第6回", threatCatalogueID: "t", controlTableID: "c", excludedThreats: [1],
                          groups: [GroupInfo(id: "A", name: "卸業", location: WorkshopModel.SourceLocation(file: "events/e/event.yaml", line: 9, column: 5))],
                          worksheets: sheets, groupSheets: groups, location: WorkshopModel.SourceLocation(file: "events/e/event.yaml", line: 1, column: 1))
        let content = Content(site: SiteConfig(title: "s", location: WorkshopModel.SourceLocation(file: "site.yaml")), threatCatalogues: [threats], controlTables: [controls], events: [event])
        return (event, content)
    }

    static func findings(_ sheet: Worksheet, language: Language = .ja) -> [Finding] {
        let (_, content) = event([sheet])
        return Checker(language: language).check(content)
    }

    @Test func goodWorksheetHasNoFindings() {
        #expect(Self.findings(Self.goodSheet()).isEmpty)
    }

    @Test func unknownProcedureNamesTheControlsProcedures() {
        var sheet = Self.goodSheet()
        sheet.choices[0].procedure = Self.procedure("6-4", 24)
        let found = Self.findings(sheet, language: .en)
        let finding = try! #require(found.first { $0.code == .unknownProcedure })
        #expect(finding.location.line == 24)
        #expect(finding.severity == .error)
        #expect(finding.message == "unknown procedure '6-4': control 6 has 6-1, 6-2, 6-3")
    }

    @Test func malformedProcedureSuggestsNearestIDs() {
        var sheet = Self.goodSheet()
        sheet.choices[0].procedure = ProcedureRef(raw: "6.1", id: nil, location: Self.at(20))
        let finding = try! #require(Self.findings(sheet, language: .en).first { $0.code == .malformedProcedure })
        #expect(finding.message.contains("did you mean 6-1"))
    }

    @Test func excludedAndUnknownThreats() {
        var sheet = Self.goodSheet()
        sheet.impacts.append(ThreatImpact(threat: Self.threat(1, 14), business: Self.text("x", 15), impact: Self.text("y", 16), location: Self.at(14)))
        sheet.impacts.append(ThreatImpact(threat: Self.threat(11, 17), business: Self.text("x", 18), impact: Self.text("y", 19), location: Self.at(17)))
        let found = Self.findings(sheet)
        #expect(found.contains { $0.code == .excludedThreat && $0.location.line == 14 })
        #expect(found.contains { $0.code == .unknownThreat && $0.location.line == 17 })
    }

    @Test func missingFieldsAndSeverity() {
        var sheet = Self.goodSheet()
        sheet.impacts[0].business = nil
        sheet.impacts[0].impact = Self.text("  ", 12)
        sheet.impacts[0].severityText = Self.text("とても高い", 13)
        sheet.impacts[0].severity = nil
        sheet.choices[0].reason = nil
        let found = Self.findings(sheet)
        #expect(found.filter { $0.code == .missingImpactField }.map(\.location.line).sorted() == [10, 12])
        #expect(found.contains { $0.code == .invalidSeverity && $0.severity == .warning && $0.location.line == 13 })
        #expect(found.contains { $0.code == .missingReason && $0.location.line == 20 })
    }

    @Test func themeConsistency() {
        var sheet = Self.goodSheet()
        sheet.choices[0].threats = [Self.threat(8, 21)]
        sheet.choices.append(ProcedureChoice(procedure: Self.procedure("14-2", 23), reason: Self.text("r", 24), location: Self.at(23)))
        sheet.obstacles.append(ProcedureObstacles(procedure: Self.procedure("13-1", 34), pairs: [ObstaclePair(obstacle: Self.text("o", 35))], location: Self.at(34)))
        let found = Self.findings(sheet)
        #expect(found.contains { $0.code == .threatNotInImpacts && $0.location.line == 21 })
        #expect(found.contains { $0.code == .missingObstacles && $0.location.line == 23 && $0.severity == .warning })
        #expect(found.contains { $0.code == .procedureNotChosen && $0.location.line == 34 })
        #expect(found.contains { $0.code == .obstacleWithoutRemedy && $0.location.line == 35 })
        let strict = found.applyingStrict(true)
        #expect(strict.first { $0.code == .missingObstacles }?.severity == .error)
        #expect(strict.first { $0.code == .obstacleWithoutRemedy }?.severity == .error)
        #expect(strict.first { $0.code == .threatNotInImpacts }?.severity == .warning)
    }

    @Test func duplicatesWithinATheme() {
        var sheet = Self.goodSheet()
        sheet.impacts.append(sheet.impacts[0])
        sheet.impacts[1].threat.location = Self.at(15)
        sheet.choices.append(ProcedureChoice(procedure: Self.procedure("６－１", 25), threats: [Self.threat(3, 26)], reason: Self.text("r", 27), location: Self.at(25)))
        let found = Self.findings(sheet)
        #expect(found.contains { $0.code == .duplicateThreat && $0.location.line == 15 })
        #expect(found.contains { $0.code == .duplicateProcedure && $0.location.line == 25 })
    }

    @Test func titlesAreComparedLeniently() {
        var sheet = Self.goodSheet()
        sheet.impacts[0].writtenTitle = "内部不正による情報漏えい等の被害。"
        sheet.choices[0].writtenTitle = "全社員向けに､年次セキュリティ研修を開催"
        #expect(Self.findings(sheet).isEmpty)
        sheet.impacts[0].writtenTitle = "ランサムウェアによる被害"
        let found = Self.findings(sheet)
        #expect(found.contains { $0.code == .titleMismatch && $0.severity == .warning })
    }

    @Test func duplicateParticipantsAndUnknownGroup() {
        var second = Self.goodSheet()
        second.location = WorkshopModel.SourceLocation(file: "events/e/worksheets/A-01-copy.md", line: 1, column: 1)
        second.group = "Z"
        let (_, content) = Self.event([Self.goodSheet(), second])
        let found = Checker(language: .ja).check(content)
        #expect(found.contains { $0.code == .duplicateParticipant && $0.location.file.hasSuffix("A-01-copy.md") })
        #expect(found.contains { $0.code == .unknownGroup && $0.message.contains("A") })
    }

    @Test func groupSheetRules() {
        let sheet = GroupSheet(group: "A", threats: [Self.threat(1, 3)], commonProcedures: [
            ProcedureChoice(procedure: Self.procedure("6-9", 10), location: Self.at(10)),
        ], obstacles: [ObstaclePair(obstacle: Self.text("o", 20))], location: Self.at(1))
        let (_, content) = Self.event([], groups: [sheet])
        let found = Checker(language: .ja).check(content)
        #expect(found.contains { $0.code == .excludedThreat })
        #expect(found.contains { $0.code == .unknownProcedure })
        #expect(found.contains { $0.code == .missingReason })
        #expect(found.contains { $0.code == .obstacleWithoutRemedy })
    }

    @Test func normalisationOfIDs() {
        #expect(ProcedureID("６－１") == ProcedureID(control: 6, number: 1))
        #expect(ProcedureID("6ー1") == ProcedureID(control: 6, number: 1))
        #expect(ProcedureID("6‐1") == ProcedureID(control: 6, number: 1))
        #expect(ProcedureID("6−1") == ProcedureID(control: 6, number: 1))
        #expect(ProcedureID("６-１") == ProcedureID(control: 6, number: 1))
        #expect(ProcedureID("6.1") == nil)
        #expect(IDText.normalize("脅威３") == "脅威3")
    }
}
