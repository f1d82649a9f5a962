import Testing
import WorkshopLoad
import WorkshopModel
@testable import WorkshopCheck

/// The checker's side of items 4 and 8: severity aliases, blank worksheets, path segments.
@Suite struct BlankSheetAndAliasCheckTests {
    static let site = "title: テスト\nlanguage: ja\n"
    static let threats = "id: t\ntitle: T\nthreats:\n" + (1...10).map { "  - { id: \($0), title: 脅威\($0) }\n" }.joined()
    static let controls = "id: c\ntitle: C\ncontrols:\n" + (1...20).map { "  - { no: \($0), category: 組織, iso: \"5.\($0)\", title: 管理策\($0), procedures: [{ id: \($0)-1, text: 手順。 }] }\n" }.joined()

    static func run(_ files: [String: String], site: String = site, strict: Bool = false) -> CheckRun {
        var all = ["site.yaml": site, "catalogs/t.yaml": threats, "catalogs/c.yaml": controls,
                   "events/e/event.yaml": "title: 第1回\ndate: 2026-12-08\ngroups: [A]\n", "events/e/groups/A.md": "---\ngroup: A\nthreats: [3]\n---\n"]
        all.merge(files) { _, new in new }
        return CheckRun.run(.memory(all), strict: strict)
    }

    static func sheet(severity: String) -> String {
        "---\nparticipant: A-01\ngroup: A\nindustry: 卸売\n---\n\n## ① 事業影響の認識\n\n### 脅威 3\n- 事業内容: 卸売\n- 影響: 失注\n- 影響度: \(severity)\n\n## ② 有効な実施手順\n\n### 1-1\n- 脅威: 3\n- 理由: 有効\n\n## ③ 課題と解決手段\n\n### 1-1\n- 課題: 人がいない\n  - 解決手段: 外部研修\n"
    }

    @Test(arguments: [("大", Severity.high), ("小", .low), ("h", .high), ("mid", .medium)])
    func aSeverityAliasIsReadAndStillWarned(alias: String, severity: Severity) throws {
        let run = Self.run(["events/e/worksheets/A-01.md": Self.sheet(severity: alias)])
        let warned = run.findings.filter { $0.code == .invalidSeverity }
        #expect(warned.count == 1)
        #expect(warned.first?.severity == .warning)
        #expect(warned.first?.location.line == 12)
        #expect(warned.first?.message.contains("「\(severity.name(in: .ja))」") == true, "\(warned.first?.message ?? "")")
        #expect(run.content.events.first?.worksheets.first?.impacts.first?.severity == severity)
    }

    @Test(arguments: ["高", "中", "低", "High", "low"])
    func aCanonicalSeverityIsSilent(value: String) {
        let run = Self.run(["events/e/worksheets/A-01.md": Self.sheet(severity: value)])
        let findings = run.findings.filter { $0.location.file == "events/e/worksheets/A-01.md" }
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    /// The blank sheet `workshop new worksheet` writes.
    static func blankSheet(_ language: Language) -> String {
        let m = Placeholder.marker(in: language)
        return language.pick(
            ja: "---\nparticipant: A-01\ngroup: A\nindustry: \"\(m)\"\npublish: false\n---\n\n## ① 事業影響の認識\n\n### 脅威 \(m)\n- 事業内容: \(m)\n- 影響: \(m)\n- 影響度: \(m)\n\n## ② 有効な実施手順\n\n### 手順 \(m)\n- 脅威: \(m)\n- 理由: \(m)\n\n## ③ 課題と解決手段\n\n### 手順 \(m)\n- 課題: \(m)\n  - 解決手段: \(m)\n",
            en: "---\nparticipant: A-01\ngroup: A\nindustry: \"\(m)\"\npublish: false\n---\n\n## 1. Business impact\n\n### Threat \(m)\n- Business: \(m)\n- Impact: \(m)\n- Severity: \(m)\n\n## 2. Procedures\n\n### Procedure \(m)\n- Threat: \(m)\n- Reason: \(m)\n\n## 3. Obstacles and remedies\n\n### Procedure \(m)\n- Obstacle: \(m)\n  - Remedy: \(m)\n")
    }

    @Test(arguments: [Language.ja, .en])
    func aBlankWorksheetGivesOneFindingPerUnfilledField(language: Language) {
        let site = language == .ja ? Self.site : "title: Test\nlanguage: en\n"
        let run = Self.run(["events/e/worksheets/A-01.md": Self.blankSheet(language)], site: site)
        let findings = run.findings.filter { $0.location.file == "events/e/worksheets/A-01.md" }
        // industry, threat number, business, impact, severity, procedure id (②), threat, reason, procedure id (③), obstacle, remedy.
        #expect(findings.count == 11, "\(findings.map { "\($0.location.line):\($0.location.column) \($0.code.rawValue) \($0.message)" })")
        #expect(Set(findings.map(\.location)).count == findings.count, "no two findings for one place")
        let marker = Placeholder.marker(in: language)
        for finding in findings {
            #expect(!finding.message.contains(marker), "plainly worded: \(finding.message)")
            #expect(finding.message.contains(language.pick(ja: "まだ記入されていません", en: "is not filled in yet")), "\(finding.message)")
        }
        #expect(findings.filter { $0.severity == .error }.map(\.code).sorted { $0.rawValue < $1.rawValue }
                == [.malformedProcedure, .malformedProcedure, .malformedThreat, .missingImpactField, .missingImpactField, .missingReason])
    }
}
