import Testing
import WorkshopModel
@testable import WorkshopLoad

/// Fill-in markers in site.yaml, event.yaml, seminar pages and voices.yaml:
/// reported at their line, and never in the model (so never on a page).
@Suite struct PlaceholderOutsideSheetsTests {
    static let marker = Placeholder.marker

    static func load() -> LoadResult {
        LoaderTestSupport.loadMinimal([
            "site.yaml": "title: テスト\nlanguage: ja\nprogramme: \(marker)\norganiser: 事務局\ncontact:\n  tel: \(marker)\n",
            "events/e/event.yaml": "title: \(marker)\ndate: 2026-12-08\nvenue: \(marker)\naccess: (fill in)\nsummary: TODO\ngroups:\n  - { id: A, name: \(marker) }\nnext:\n  date: 2026-12-22\n  venue: \(marker)\n",
            "events/e/seminar.md": "---\ntitle: \(marker)\nspeaker: 山田\n---\n\n# 講義\n\n## この回のねらい\n\n\(marker)\n\n本文です。\n\n```\nTODO\n```\n",
            "events/e/voices.yaml": "learned: [\"\(marker)\", よくわかった]\nideas:\n  - \(marker)\n",
        ])
    }

    @Test func eachMarkerIsAFindingAtItsLine() {
        let result = Self.load()
        let at = result.findings(.placeholderText).map { "\($0.location.file):\($0.location.line)" }
        #expect(at.contains("site.yaml:3"))
        #expect(at.contains("site.yaml:6"))
        for line in [3, 4, 5, 7, 10] { #expect(at.contains("events/e/event.yaml:\(line)"), "event.yaml:\(line) in \(at)") }
        #expect(at.contains("events/e/seminar.md:2"))
        #expect(at.contains("events/e/seminar.md:10"))
        #expect(!at.contains("events/e/seminar.md:15"), "text inside a code fence is not a marker")
        #expect(at.contains("events/e/voices.yaml:1"))
        #expect(at.contains("events/e/voices.yaml:3"))
        // The required title: its missing-field error stands at the same place (folded when reported).
        #expect(result.findings(.missingField).contains { $0.location.file == "events/e/event.yaml" && $0.location.line == 1 })
    }

    @Test func noMarkerReachesTheModel() throws {
        let result = Self.load()
        let site = result.content.site
        #expect(site.programme == "" && site.contact.tel == "" && site.organiser == "事務局")
        let event = try #require(result.content.events.first)
        #expect(event.title == "e", "a marker title counts as missing: the folder name is used")
        #expect(event.venue == "" && event.access == "" && event.summary == "" && event.next?.venue == "")
        #expect(event.groups.map(\.name) == [""])
        let page = try #require(event.seminarPages.first)
        #expect(page.title == "講義")
        #expect(!page.body.contains(Self.marker) && page.body.contains("本文です。") && page.body.contains("TODO"))
        #expect(event.voices.categories.flatMap(\.items) == ["よくわかった"])
    }

    @Test func aRequiredMarkerFoldsIntoOneErrorWithPlainWords() {
        let reported = Self.load().findings.applyingStrict(false).filter { $0.location.file == "events/e/event.yaml" && $0.location.line == 1 }
        #expect(reported.count == 1)
        #expect(reported.first?.code == .missingField)
        #expect(reported.first?.message == "「title」がまだ記入されていません")
    }

    @Test func strictMakesMarkersErrors() {
        let strict = Self.load().findings.applyingStrict(true).filter { $0.code == .placeholderText }
        #expect(!strict.isEmpty && strict.allSatisfy { $0.severity == .error })
        #expect(FindingCode.placeholderText.isErrorWhenStrict)
    }
}
