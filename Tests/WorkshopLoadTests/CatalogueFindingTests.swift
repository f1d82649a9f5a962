import Testing
import WorkshopModel
@testable import WorkshopLoad

@Suite struct CatalogueFindingTests {
    func findings(_ files: [String: String]) -> [Finding] {
        LoaderTestSupport.load(files.merging(["site.yaml": LoaderTestSupport.site]) { a, _ in a }).findings
    }

    func positions(_ findings: [Finding], _ code: FindingCode) -> [String] {
        findings.filter { $0.code == code }.map { "\($0.location.file):\($0.location.line):\($0.location.column)" }
    }

    @Test func threatCatalogueErrorsAtTheirLines() {
        let found = findings(["catalogs/threats.yaml": """
        id: t
        title: 脅威
        threats:
          - id: 1
            title: ランサムウェア
          - id: 1
            title: 重複
          - id: -2
            title: 負の番号
          - id: 3
          - title: id なし
            sumary: 綴り違い
        """])
        #expect(positions(found, .duplicateThreatID) == ["catalogs/threats.yaml:6:9"])
        #expect(positions(found, .invalidField) == ["catalogs/threats.yaml:8:9"])
        #expect(positions(found, .missingField) == ["catalogs/threats.yaml:10:5", "catalogs/threats.yaml:11:5"])
        #expect(positions(found, .unknownKey) == ["catalogs/threats.yaml:12:5"])
        #expect(found.first { $0.code == .unknownKey }?.message.contains("summary") == true)
    }

    @Test func controlTableErrorsAtTheirLines() {
        let found = findings(["catalogs/controls.yaml": """
        id: c
        title: 管理策
        controls:
          - no: 6
            category: 人間
            iso: "6.9"
            title: 教育
            procedures:
              - id: 6-1
                text: 研修。
              - id: 7-1
                text: 場所違い。
              - id: 6-1
                text: 重複。
          - no: 6
            category: people
            iso: "6.3"
            title: 重複した管理策
            procedures:
              - { id: 6-4, text: x }
          - no: 7
            category: people
            iso: 8.20
            procedures:
              - id: 7-2
        """])
        #expect(positions(found, .unknownCategory) == ["catalogs/controls.yaml:5:15"])
        #expect(positions(found, .invalidISO) == ["catalogs/controls.yaml:6:10"])
        #expect(positions(found, .procedureControlMismatch) == ["catalogs/controls.yaml:11:13"])
        #expect(positions(found, .duplicateProcedureID) == ["catalogs/controls.yaml:13:13"])
        #expect(positions(found, .duplicateControl) == ["catalogs/controls.yaml:15:9"])
        // Control 7: no title, and a procedure without text.
        #expect(positions(found, .missingField) == ["catalogs/controls.yaml:21:5", "catalogs/controls.yaml:25:9"])
    }

    @Test func validISONumbersAndRanges() {
        #expect(AnnexAControl.normalized("5.1") == "5.1")
        #expect(AnnexAControl.normalized("5.37") == "5.37")
        #expect(AnnexAControl.normalized("8.34") == "8.34")
        #expect(AnnexAControl.normalized("８．２０") == "8.20")
        #expect(AnnexAControl.normalized("A.8.20") == "8.20")
        #expect(AnnexAControl.normalized("5.38") == nil)
        #expect(AnnexAControl.normalized("6.9") == nil)
        #expect(AnnexAControl.normalized("7.15") == nil)
        #expect(AnnexAControl.normalized("8.35") == nil)
        #expect(AnnexAControl.normalized("4.1") == nil)
        #expect(AnnexAControl.normalized("8.02") == nil)
        #expect(AnnexAControl.normalized("8") == nil)
    }

    @Test func duplicateCatalogueIDs() {
        let result = LoaderTestSupport.load([
            "site.yaml": LoaderTestSupport.site,
            "catalogs/a.yaml": "id: same\ntitle: A\nthreats:\n  - { id: 1, title: x }\n",
            "catalogs/b.yaml": "title: B\nid: same\nthreats:\n  - { id: 1, title: y }\n",
        ])
        #expect(positions(result.findings.ignoringNoEvents, .duplicateCatalogue) == ["catalogs/b.yaml:2:5"])
        #expect(result.content.threatCatalogues.map(\.title) == ["A"])
    }

    @Test func catalogueIDDefaultsToFileName() {
        let result = LoaderTestSupport.load([
            "site.yaml": LoaderTestSupport.site,
            "catalogs/threats-2025.yml": "title: T\nthreats:\n  - { id: 1, title: x }\n",
            "catalogs/controls-2025.csv": "no,category,iso,title,summary,procedures\n1,組織,5.1,方針,,1-1 策定。\n",
            "catalogs/README.md": "# not a catalogue",
        ])
        #expect(result.content.threatCatalogues.map(\.id) == ["threats-2025"])
        #expect(result.content.controlTables.map(\.id) == ["controls-2025"])
        #expect(result.findings.ignoringNoEvents.isEmpty, "\(result.findings.ignoringNoEvents)")
    }

    @Test func yamlThatIsNeitherKind() {
        let found = findings(["catalogs/x.yaml": "id: x\ntitle: y\n"])
        #expect(positions(found, .missingField) == ["catalogs/x.yaml:1:1"])
    }
}
