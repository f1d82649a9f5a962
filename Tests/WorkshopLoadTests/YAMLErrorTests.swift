import Testing
import WorkshopModel
@testable import WorkshopLoad

/// YAML syntax errors: one finding at the mistake, in the site's language, with a hint.
@Suite struct YAMLErrorTests {
    static let path = "events/e/event.yaml"

    /// An event.yaml of 26 lines, the scaffold's shape, with `replace` applied to line `line`.
    static func eventYAML(line: Int, _ text: String) -> String {
        var lines = [
            "# 第1回の設定",                                   // 1
            "title: 第1回 セミナー・ワークショップ",            // 2
            "programme: 令和8年度 事業",                         // 3
            "number: 1",                                         // 4
            "date: 2026-12-08",                                  // 5
            "time: \"13:00-17:30\"",                             // 6
            "venue: 東京都新宿区",                               // 7
            "access: 新宿駅から徒歩5分",                         // 8
            "summary: 概要",                                     // 9
            "theme_title: テーマ",                               // 10
            "threats: t",                                        // 11
            "controls: c",                                       // 12
            "excluded_threats: [1]",                             // 13
            "schedule:",                                         // 14
            "  - { time: \"13:00-15:00\", title: セミナー }",    // 15
            "  - { time: \"15:00-15:15\", title: 休憩 }",        // 16
            "  - { time: \"15:15-15:40\", title: 個人ワーク }",  // 17
            "  - { time: \"15:40-16:35\", title: グループワーク }", // 18
            "  - { time: \"16:35-17:25\", title: 全体発表 }",    // 19
            "  - { time: \"17:25-17:30\", title: 案内 }",        // 20
            "next:",                                             // 21
            "  date: 2026-12-22",                                // 22
            "groups:",                                           // 23
            "  - { id: A, name: 卸業 }",                         // 24
            "  - { id: B, name: 製造業 }",                       // 25
            "  - { id: C, name: IT }",                           // 26
        ]
        lines[line - 1] = text
        return lines.joined(separator: "\n") + "\n"
    }

    static func load(_ eventYAML: String, site: String = LoaderTestSupport.site, sheets: Int = 0) -> LoadResult {
        var files = LoaderTestSupport.minimal
        files["site.yaml"] = site
        files[path] = eventYAML
        for index in 0..<sheets {
            files["events/e/worksheets/A-0\(index).md"] = "---\nparticipant: A-0\(index)\ngroup: A\nindustry: 卸売\n---\n"
        }
        files["events/e/groups/A.md"] = sheets > 0 ? "---\ngroup: A\nthreats: [1]\n---\n" : nil
        return LoaderTestSupport.load(files.compactMapValues { $0 })
    }

    static func yamlFinding(_ result: LoadResult) throws -> Finding {
        let found = result.findings(.invalidYAML)
        #expect(found.count == 1, "\(found.map(\.message))")
        return try #require(found.first)
    }

    static let parserEnglish = ["while scanning", "while parsing", "could not find", "did not find", "found character", "mapping values"]

    @Test func aFullWidthColonIsReportedOnItsOwnLineInJapaneseWithAHint() throws {
        let finding = try Self.yamlFinding(Self.load(Self.eventYAML(line: 5, "date： 2026-12-08")))
        #expect(finding.location.line == 5)
        #expect(finding.location.column == 5, "the column of the full-width colon")
        #expect(finding.message.contains("全角の「：」"))
        for english in Self.parserEnglish { #expect(!finding.message.contains(english), "\(finding.message)") }
    }

    @Test func aMissingBraceIsReportedWhereTheBraceOpens() throws {
        let finding = try Self.yamlFinding(Self.load(Self.eventYAML(line: 24, "  - { id: A, name: 卸業")))
        #expect(finding.location.line == 24)
        #expect(finding.location.column == 5)
        #expect(finding.message.contains("「}」"))
        for english in Self.parserEnglish { #expect(!finding.message.contains(english)) }
    }

    @Test func anUnclosedBracketIsReportedWhereItOpens() throws {
        let finding = try Self.yamlFinding(Self.load(Self.eventYAML(line: 13, "excluded_threats: [1")))
        #expect(finding.location.line == 13)
        #expect(finding.location.column == 19)
        #expect(finding.message.contains("「]」"))
    }

    @Test func aTabGetsItsOwnWordsAndHint() throws {
        let finding = try Self.yamlFinding(Self.load(Self.eventYAML(line: 22, "\tdate: 2026-12-22")))
        #expect(finding.location.line == 22)
        #expect(finding.message.contains("タブ"))
        for english in Self.parserEnglish { #expect(!finding.message.contains(english), "\(finding.message)") }
    }

    @Test func anUnclosedQuoteIsNamed() throws {
        let finding = try Self.yamlFinding(Self.load(Self.eventYAML(line: 6, "time: \"13:00-17:30")))
        #expect(finding.location.line == 6)
        #expect(finding.location.column == 7)
        #expect(finding.message.contains("引用符"))
    }

    @Test func anEnglishSiteGetsEnglishWords() throws {
        let finding = try Self.yamlFinding(Self.load(Self.eventYAML(line: 5, "date： 2026-12-08"), site: LoaderTestSupport.englishSite))
        #expect(finding.location.line == 5)
        #expect(finding.message.hasPrefix("not valid YAML: a 'key: value' line without its ':'"))
        #expect(finding.message.contains("full-width '：'"))
    }

    @Test func everyKindOfYAMLFileIsReportedTheSameWay() throws {
        // site.yaml, a catalogue, voices.yaml, a worksheet's front matter (offset by its --- line).
        var files = LoaderTestSupport.minimal
        files["site.yaml"] = "title: テスト\nlanguage: ja\norganiser： 事務局\ncontact: x\n"
        files["catalogs/threats.yaml"] = "id: t\ntitle: T\nthreats:\n  - { id: 1, title: ランサムウェア\n  - { id: 2, title: 標的型 }\n"
        files[Self.path] = Self.eventYAML(line: 1, "# ok")
        files["events/e/voices.yaml"] = "learned: [\"よくわかった\", \"参考になった\"\nideas: []\n"
        files["events/e/worksheets/A-01.md"] = "---\nparticipant: A-01\ngroup： A\nindustry: 卸売\n---\n"
        let result = LoaderTestSupport.load(files)
        let byFile = Dictionary(grouping: result.findings(.invalidYAML), by: \.location.file)
        #expect(byFile["site.yaml"]?.map(\.location.line) == [3])
        #expect(byFile["catalogs/threats.yaml"]?.map(\.location.line) == [4])
        #expect(byFile["events/e/voices.yaml"]?.map(\.location.line) == [1])
        #expect(byFile["events/e/worksheets/A-01.md"]?.map(\.location.line) == [3])
        for finding in result.findings(.invalidYAML) {
            for english in Self.parserEnglish { #expect(!finding.message.contains(english), "\(finding.location.file): \(finding.message)") }
        }
    }

    @Test func aBrokenEventYAMLCausesNoUnknownGroupCascade() {
        let result = Self.load(Self.eventYAML(line: 5, "date： 2026-12-08"), sheets: 3)
        #expect(result.findings(.invalidYAML).count == 1)
        let event = result.content.events.first
        #expect(event?.eventFileRead == false)
        #expect(event?.worksheets.count == 3)
    }
}
