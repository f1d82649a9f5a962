import Foundation
import Testing
import WorkshopModel
@testable import WorkshopLoad

@Suite struct ContentLoaderTests {
    /// Files the worksheet and group-sheet readers own; their findings are not this suite's concern.
    static func isSheet(_ finding: Finding) -> Bool {
        finding.location.file.contains("/worksheets/") || finding.location.file.contains("/groups/")
    }

    @Test func shippedContent() {
        let result = ContentLoader(fileSystem: .disk(root: LoaderTestSupport.contentRoot)).load()
        let content = result.content
        #expect(content.site.title == "中小企業サイバーセキュリティ社内体制整備事業")
        #expect(content.site.contact.email == "office@example.jp")
        #expect(content.events.map(\.slug) == ["2024-10-08-session-06", "2024-10-22-session-07", "2025-06-17-session-01"])
        #expect(content.events[2].threatCatalogueID == "ipa-top10-2025-org")
        #expect(content.threatCatalogues.map(\.id) == ["ipa-top10-2024-org", "ipa-top10-2025-org"])
        #expect(content.catalogueMappings.map(\.id) == ["threats-2024-to-2025"])
        #expect(content.threatCatalogues.first?.threats.count == 10)
        #expect(content.controlTables.map(\.id) == ["ipa-top10-2024-controls"])
        #expect(content.controlTables.first?.controls.count == 20)
        #expect(content.controlTables.first?.procedures.count == 60)

        let mine = result.findings.filter { !Self.isSheet($0) && $0.code != .missingGroupSheet }
        #expect(!mine.contains { $0.severity == .error }, "\(mine)")
        #expect(mine.isEmpty, "\(mine)")
        #expect(result.fileCount == 47) // 46 text files (the 2025 list, the 2024→2025 mapping and the 2025 event among them) and session 6's photos.yaml

        let first = content.events[0]
        #expect(first.title == "第6回 セミナー・ワークショップ")
        #expect(first.number == 6)
        #expect(first.date == CalendarDate(year: 2024, month: 10, day: 8))
        #expect(first.excludedThreats == [1])
        #expect(first.schedule.count == 6)
        #expect(first.groups.map(\.id) == ["A", "B", "C"])
        #expect(first.next?.date == CalendarDate(year: 2024, month: 10, day: 22))
        #expect(first.seminarPages.map(\.slug) == ["seminar", "agile"])
        #expect(first.seminarPages.first?.speaker.isEmpty == false)
        #expect(first.seminarPages.first?.bodyLine == 6)
        #expect(first.voices.categories.map(\.key) == ["learned", "challenges", "ideas"])
        #expect(first.threatCatalogueID == "ipa-top10-2024-org")
        #expect(first.controlTableID == "ipa-top10-2024-controls")
    }

    @Test func shippedContentFindingsUseRootRelativePaths() {
        let result = ContentLoader(fileSystem: .disk(root: LoaderTestSupport.contentRoot)).load()
        #expect(result.findings.allSatisfy { !$0.location.file.hasPrefix("/") && !$0.location.file.hasPrefix("Content/") })
        if let sheet = result.content.events.first?.worksheets.first {
            #expect(sheet.location.file.hasPrefix("events/2024-10-08-session-06/worksheets/"))
        }
    }

    @Test func eventsSortByDateThenSlug() {
        let result = LoaderTestSupport.load([
            "site.yaml": LoaderTestSupport.site,
            "events/b/event.yaml": "title: B\ndate: 2024-10-08\n",
            "events/a/event.yaml": "title: A\ndate: 2024-10-08\n",
            "events/0-first/event.yaml": "title: Late\ndate: 2025-01-01\n",
            "events/dateless/event.yaml": "title: D\n",
        ])
        #expect(result.content.events.map(\.slug) == ["a", "b", "0-first", "dateless"])
    }

    @Test func eventFields() {
        let result = LoaderTestSupport.load([
            "site.yaml": LoaderTestSupport.site,
            "catalogs/t.yaml": "id: t\ntitle: T\nthreats:\n  - { id: 1, title: x }\n",
            "catalogs/c.yaml": "id: c\ntitle: C\ncontrols: []\n",
            "events/e/event.yaml": """
            title: 第6回
            number: "６"
            date: 2024/10/8
            excluded_threats: 脅威１
            groups:
              - { id: Ａ, name: 卸業 }
              - B
              - { id: A, name: 重複 }
            next: { date: 2024-13-01, venue: 新宿 }
            tittle: x
            """,
        ])
        let event = result.content.events.first
        #expect(event?.number == 6)
        #expect(event?.date == CalendarDate(year: 2024, month: 10, day: 8))
        #expect(event?.excludedThreats == [1])
        #expect(event?.groups.map(\.id) == ["A", "B"])
        // Exactly one catalogue of each kind: used when event.yaml names none.
        #expect(event?.threatCatalogueID == "t")
        #expect(event?.controlTableID == "c")
        #expect(event?.next?.venue == "新宿")
        #expect(result.findings(.duplicateGroup).map(\.location.line) == [8])
        #expect(result.findings(.invalidDate).map(\.location.line) == [9])
        #expect(result.findings(.unknownKey).map(\.location.line) == [10])
    }

    @Test func unknownCatalogueSuggestsTheNearest() {
        let result = LoaderTestSupport.load([
            "site.yaml": LoaderTestSupport.site,
            "catalogs/t.yaml": "id: ipa-top10-2024-org\ntitle: T\nthreats: []\n",
            "catalogs/t2.yaml": "id: other\ntitle: T\nthreats: []\n",
            "events/e/event.yaml": "title: x\ndate: 2024-10-08\nthreats: ipa-top10-2024-orgs\n",
        ])
        let unknown = result.findings(.unknownCatalogue)
        #expect(unknown.map(\.location) == [WorkshopModel.SourceLocation(file: "events/e/event.yaml", line: 3, column: 10)])
        #expect(unknown.first?.message.contains("'ipa-top10-2024-org'") == true)
        // Two threat catalogues and none named for controls: controls is missing.
        #expect(result.findings(.missingField).count == 1)
    }

    @Test func eventFolderWithoutEventYAML() {
        let result = LoaderTestSupport.load([
            "site.yaml": LoaderTestSupport.site,
            "events/draft/voices.yaml": "learned: [a]\n",
        ])
        #expect(result.findings.map(\.code) == [.missingField])
        #expect(result.findings.first?.location.file == "events/draft/event.yaml")
        #expect(result.findings.first?.message.contains("event.yaml がありません") == true)
        #expect(result.content.events.first?.voices.categories.first?.items == ["a"])
    }

    @Test func voicesKeepFileOrderAndAcceptAScalar() {
        let result = LoaderTestSupport.loadMinimal([
            "events/e/event.yaml": "title: x\ndate: 2024-10-08\n",
            "events/e/voices.yaml": "zeta: [一, 二]\nalpha: ひとつだけ\nempty:\nbad:\n  - 部署ごとに: ばらばら\n",
        ])
        let voices = result.content.events.first?.voices
        #expect(voices?.categories.map(\.key) == ["zeta", "alpha", "empty", "bad"])
        #expect(voices?.categories.map(\.items) == [["一", "二"], ["ひとつだけ"], [], []])
        #expect(result.findings(.invalidField).map(\.location.line) == [5])
    }

    @Test func seminarPages() {
        let result = LoaderTestSupport.loadMinimal([
            "events/e/event.yaml": "title: x\ndate: 2024-10-08\n",
            "events/e/seminar.md": "## 概要\n\n# 本題\n\n本文\n",
            "events/e/seminar/b.md": "---\ntitle: B\norder: 1\nspeaker: 講師\n---\n本文\n",
            "events/e/seminar/a.md": "---\norder: ２\n---\n```\n# not a heading\n```\n",
            "events/e/seminar/c.md": "---\ntitle: C\n",
        ])
        let pages = result.content.events.first?.seminarPages ?? []
        #expect(pages.map(\.slug) == ["seminar", "b", "a", "c"])
        #expect(pages.map(\.title) == ["本題", "B", "a", "c"])
        #expect(pages.map(\.order) == [0, 1, 2, 100])
        #expect(pages[1].bodyLine == 6)
        #expect(pages[1].body == "本文")
        #expect(result.findings(.missingField).map(\.location.file) == ["events/e/seminar/a.md", "events/e/seminar/c.md"])
        #expect(result.findings(.unterminatedFrontMatter).map(\.location.file) == ["events/e/seminar/c.md"])
    }

    @Test func seminarFrontMatterYAMLErrorPointsAtTheFileLine() {
        let page = "---\ntitle: T\nspeaker: S\nsummary: >\n  folded\n  text\nbad: a: b\n---\nbody\n"
        let result = LoaderTestSupport.loadMinimal([
            "events/e/event.yaml": "title: x\ndate: 2024-10-08\n",
            "events/e/seminar.md": page,
        ])
        let yaml = result.findings(.invalidYAML)
        #expect(yaml.count == 1)
        #expect(yaml.first?.location.line == 7, "\(yaml)")
    }

    @Test func leftoversAreIgnoredAndStrangersNoted() {
        let result = LoaderTestSupport.loadMinimal([
            ".DS_Store": "\u{0}",
            "README.md": "# Content",
            "catalogs/.threats.yaml.swp": "\u{0}",
            "catalogs/threats.yaml~": "garbage: [",
            "events/e/event.yaml": "title: x\ndate: 2024-10-08\n",
            "events/e/#event.yaml#": "garbage: [",
            "events/e/worksheets/.A-01.md.swp": "\u{0}",
            "events/e/worksheets/A-01.md~": "x",
            "events/e/worksheets/notes.txt": "x",
            "events/e/worksheets/photos/p.jpg": "x",
            "events/e/groups/A.docx": "x",
            "events/.git/config": "x",
        ])
        #expect(result.findings.map(\.code) == [.unexpectedFile, .unexpectedFile, .unexpectedFile], "\(result.findings)")
        #expect(result.findings.map(\.location.file) == ["events/e/groups/A.docx", "events/e/worksheets/notes.txt", "events/e/worksheets/photos"])
        #expect(result.content.events.map(\.slug) == ["e"])
        #expect(result.fileCount == 4)
    }

    @Test func emptyFilesAreNotedAndStillRead() {
        let result = LoaderTestSupport.load([
            "site.yaml": LoaderTestSupport.site,
            "events/e/event.yaml": "",
            "events/e/voices.yaml": "",
        ])
        #expect(result.findings(.emptyFile).map(\.location.file) == ["events/e/event.yaml", "events/e/voices.yaml"])
        #expect(result.findings(.missingField).map(\.location.file) == ["events/e/event.yaml"])
        #expect(result.content.events.first?.title == "e")
    }
}
