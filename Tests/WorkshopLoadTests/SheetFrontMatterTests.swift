import Foundation
import Testing
import WorkshopLoad
import WorkshopModel

/// Front matter of worksheets (shared with group sheets).
@Suite struct SheetFrontMatterTests {
    static let file = "events/e/worksheets/x.md"
    static let body = "\n## 事業影響\n### 脅威 3\n- 事業内容: x\n- 影響: y\n## 実施手順\n### 6-1\n- 理由: r\n## 課題\n### 6-1\n- 課題: a\n  - 解決手段: b\n"

    static func read(_ front: String, language: Language = .ja) -> (Worksheet?, [Finding]) {
        WorksheetReader(language: language).read(front + body, file: file)
    }

    static func at(_ line: Int, _ column: Int) -> SheetLocation { SheetLocation(file: file, line: line, column: column) }

    @Test func missingFrontMatter() {
        let (sheet, findings) = WorksheetReader(language: .ja).read(Self.body, file: Self.file)
        #expect(sheet == nil)
        #expect(findings.map(\.code) == [.missingFrontMatter])
        #expect(findings.first?.location == Self.at(1, 1))
        #expect(findings.first?.severity == .error)
    }

    @Test func unterminatedFrontMatter() {
        let (sheet, findings) = WorksheetReader(language: .en).read("---\nparticipant: A-01\ngroup: A\n", file: Self.file)
        #expect(sheet == nil)
        #expect(findings.map(\.code) == [.unterminatedFrontMatter])
    }

    @Test func notYAML() {
        let (sheet, findings) = Self.read("---\nparticipant: [A-01\ngroup: A\n---\n")
        #expect(sheet == nil)
        #expect(findings.map(\.code) == [.invalidYAML])
        #expect((findings.first?.location.line ?? 0) >= 2)
    }

    @Test func notAMapping() {
        let (sheet, findings) = Self.read("---\n- participant\n- group\n---\n")
        #expect(sheet == nil)
        #expect(findings.map(\.code) == [.invalidYAML])
        #expect(findings.first?.location.line == 2)
    }

    @Test func missingParticipantGivesNoWorksheet() {
        let (sheet, findings) = Self.read("---\ngroup: A\nindustry: 卸売業\n---\n")
        #expect(sheet == nil)
        #expect(findings.map(\.code) == [.missingField])
        #expect(findings.first?.location == Self.at(1, 1))
        #expect(findings.first?.message.contains("participant") == true)
    }

    @Test func emptyFrontMatterReportsEveryRequiredField() {
        let (sheet, findings) = Self.read("---\n---\n")
        #expect(sheet == nil)
        #expect(findings.map(\.code) == [.missingField, .missingField, .missingField])
    }

    @Test func missingIndustryStillGivesAWorksheet() throws {
        let (sheet, findings) = Self.read("---\nparticipant: A-01\ngroup: A\nindustry: \"  \"\n---\n")
        let ws = try #require(sheet)
        #expect(ws.industry == "")
        #expect(findings.map(\.code) == [.missingField])
        #expect(findings.first?.location == Self.at(4, 1))
        #expect(ws.impacts.count == 1, "the body is still read")
    }

    @Test func numbersAreReadAsWrittenAndIDsNormalised() throws {
        let (sheet, findings) = Self.read("---\nparticipant: 007\ngroup: 01\nindustry: 卸売業（ＡＢＣ）  \n---\n")
        #expect(findings.isEmpty)
        #expect(sheet?.participant == "007")
        #expect(sheet?.group == "01")
        #expect(sheet?.industry == "卸売業（ＡＢＣ）", "industry is free text, never NFKC-normalised")
        let (wide, _) = Self.read("---\nparticipant: \"  Ａ－０１ \"\ngroup: Ａ\nindustry: x\n---\n")
        #expect(wide?.participant == "A-01")
        #expect(wide?.group == "A")
    }

    @Test(arguments: [("true", true), ("false", false), ("yes", true), ("no", false), ("True", true), ("", false)])
    func publishValues(value: String, expected: Bool) {
        let (sheet, findings) = Self.read("---\nparticipant: A-01\ngroup: A\nindustry: x\npublish: \(value)\n---\n")
        // yes / no are read, and reported as aliases of true / false (AcceptedAliasTests).
        let alias = ["yes", "no"].contains(value)
        #expect(findings.map(\.code) == (alias ? [.acceptedAlias] : []))
        #expect(sheet?.publish == expected)
    }

    @Test func publishMustBeYesOrNo() {
        let (sheet, findings) = Self.read("---\nparticipant: A-01\ngroup: A\nindustry: x\npublish: maybe\n---\n")
        #expect(sheet?.publish == false)
        #expect(findings.map(\.code) == [.invalidField])
        #expect(findings.first?.location == Self.at(5, 10))
    }

    @Test func unknownKeySuggestsTheNearest() {
        let (sheet, findings) = Self.read("---\nparticipant: A-01\ngroup: A\nindustry: x\npublsh: true\n---\n", language: .en)
        #expect(sheet?.publish == false)
        #expect(findings.map(\.code) == [.unknownKey])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.location == Self.at(5, 1))
        #expect(findings.first?.message.contains("'publish'") == true)
    }

    @Test func listWhereAValueIsExpected() {
        let (sheet, findings) = Self.read("---\nparticipant: [A-01, A-02]\ngroup: A\nindustry: x\n---\n")
        #expect(sheet == nil)
        #expect(findings.map(\.code) == [.invalidField])
    }

    @Test func placeholderIndustry() {
        let (sheet, findings) = Self.read("---\nparticipant: A-01\ngroup: A\nindustry: （記入してください）\n---\n")
        #expect(sheet?.industry == "")
        #expect(findings.map(\.code) == [.placeholderText])
    }

    @Test func messagesFollowTheLanguage() {
        let ja = WorksheetReader(language: .ja).read("本文だけ", file: Self.file).1
        let en = WorksheetReader(language: .en).read("body only", file: Self.file).1
        #expect(ja.first?.message.contains("フロントマター") == true)
        #expect(en.first?.message.contains("front matter") == true)
    }
}
