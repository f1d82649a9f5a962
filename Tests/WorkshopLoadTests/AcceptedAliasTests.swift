import Testing
import WorkshopModel
@testable import WorkshopLoad

/// Every closed-list value read with an alias is reported; the canonical spellings are silent.
@Suite struct AcceptedAliasTests {
    static func controls(category: String, iso: String) -> String {
        "id: c\ntitle: C\ncontrols:\n  - no: 1\n    category: \(category)\n    iso: \"\(iso)\"\n    title: 方針\n    procedures: [{ id: 1-1, text: 策定。 }]\n"
    }

    @Test(arguments: ["organisational", "organization", "組織的", "物理的", "technical", "技術", "Technical"])
    func aCategoryAliasIsReadAndReported(alias: String) throws {
        let result = LoaderTestSupport.loadMinimal(["catalogs/controls.yaml": Self.controls(category: alias, iso: "5.1")])
        let found = result.findings(.acceptedAlias)
        #expect(found.count == 1, "\(result.findings.map(\.message))")
        #expect(found.first?.location.line == 5)
        #expect(result.content.controlTables.first?.controls.first?.category == ControlCategory(label: alias))
    }

    @Test(arguments: ["organizational", "people", "physical", "technological", "組織", "人的", "物理", "技術的", "People"])
    func aCanonicalCategoryIsSilent(category: String) {
        let result = LoaderTestSupport.loadMinimal(["catalogs/controls.yaml": Self.controls(category: category, iso: "5.1")])
        #expect(result.findings(.acceptedAlias).isEmpty)
        #expect(result.findings(.unknownCategory).isEmpty)
    }

    @Test func anISOPrefixIsReadAndReportedAndFullWidthIsSilent() {
        let prefixed = LoaderTestSupport.loadMinimal(["catalogs/controls.yaml": Self.controls(category: "組織", iso: "A.5.1")])
        #expect(prefixed.findings(.acceptedAlias).map(\.location.line) == [6])
        #expect(prefixed.content.controlTables.first?.controls.first?.iso == "5.1")
        let wide = LoaderTestSupport.loadMinimal(["catalogs/controls.yaml": Self.controls(category: "組織", iso: "５．１")])
        #expect(wide.findings(.acceptedAlias).isEmpty)
    }

    @Test func aCSVCategoryAliasIsReported() {
        var files = LoaderTestSupport.minimal
        files["catalogs/controls.yaml"] = nil
        files["catalogs/c.csv"] = "No,管理策種別,番号,管理策,概要,実施手順\n1,技術,A.8.1,方針,概要,1-1 策定。\n"
        let result = LoaderTestSupport.load(files.compactMapValues { $0 })
        #expect(result.findings(.acceptedAlias).count == 2, "\(result.findings.map(\.message))")
    }

    @Test(arguments: [("ja-JP", Language.ja), ("en_GB", .en), ("JA", .ja)])
    func aLanguageAliasIsReadAndReported(code: String, language: Language) {
        let result = LoaderTestSupport.loadMinimal(["site.yaml": "title: T\nlanguage: \(code)\n"])
        #expect(result.content.site.language == language)
        #expect(result.findings(.acceptedAlias).map(\.location.line) == [2])
    }

    @Test(arguments: [("yes", true), ("on", true), ("はい", true), ("公開", true), ("no", false), ("off", false), ("いいえ", false), ("非公開", false), ("y", true)])
    func aPublishAliasIsReadAndReported(value: String, flag: Bool) throws {
        let result = LoaderTestSupport.loadMinimal([
            "events/e/event.yaml": "title: 第1回\ndate: 2026-12-08\ngroups: [A]\n",
            "events/e/worksheets/A-01.md": "---\nparticipant: A-01\ngroup: A\nindustry: 卸売\npublish: \(value)\n---\n",
            "events/e/groups/A.md": "---\ngroup: A\nthreats: [1]\npublish: \(value)\n---\n",
        ])
        let event = try #require(result.content.events.first)
        #expect(event.worksheets.first?.publish == flag)
        #expect(event.groupSheets.first?.publish == flag)
        #expect(result.findings(.acceptedAlias).map(\.location.line) == [4, 5])
    }

    @Test(arguments: ["true", "false", "True", "FALSE"])
    func canonicalPublishIsSilent(value: String) {
        let result = LoaderTestSupport.loadMinimal([
            "events/e/event.yaml": "title: 第1回\ndate: 2026-12-08\ngroups: [A]\n",
            "events/e/worksheets/A-01.md": "---\nparticipant: A-01\ngroup: A\nindustry: 卸売\npublish: \(value)\n---\n",
        ])
        #expect(result.findings(.acceptedAlias).isEmpty)
    }

    @Test func everySeverityAliasIsCanonicalOrNot() {
        for label in ["高", "中", "低", "high", "medium", "low", "High", "ＨＩＧＨ"] { #expect(Severity(canonical: label) != nil, "\(label)") }
        for label in ["大", "小", "h", "m", "l", "mid", "middle"] {
            #expect(Severity(label: label) != nil && Severity(canonical: label) == nil, "\(label)")
        }
    }
}
