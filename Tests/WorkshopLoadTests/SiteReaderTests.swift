import Foundation
import Testing
import WorkshopModel
@testable import WorkshopLoad

@Suite struct SiteReaderTests {
    @Test func readsEveryField() {
        let result = LoaderTestSupport.load(["site.yaml": """
        title: 事業
        subtitle: セミナー
        programme: 令和6年度
        language: en-GB
        base_url: https://example.jp/ws/
        theme: plain
        organiser: 事務局
        contact:
          tel: "0120-000-000"
          email: office@example.jp
          url: https://example.jp/
          hours: 9:00-17:00
        """])
        let site = result.content.site
        #expect(site.title == "事業")
        #expect(site.subtitle == "セミナー")
        #expect(site.programme == "令和6年度")
        #expect(site.language == .en)
        #expect(site.baseURL == "https://example.jp/ws/")
        #expect(site.theme == "plain")
        #expect(site.organiser == "事務局")
        #expect(site.contact == Contact(tel: "0120-000-000", email: "office@example.jp", url: "https://example.jp/", hours: "9:00-17:00"))
        // en-GB is read as en, and reported (accepted-alias).
        #expect(result.findings.ignoringNoEvents.map(\.code) == [.acceptedAlias], "\(result.findings.ignoringNoEvents)")
    }

    @Test func crlfAndBOM() {
        var bytes = Data([0xEF, 0xBB, 0xBF])
        bytes.append(Data("title: 事業\r\nlanguage: ja\r\ntheme: plain\r\n".utf8))
        let result = LoaderTestSupport.loadBytes(["site.yaml": bytes])
        #expect(result.content.site.title == "事業")
        #expect(result.content.site.theme == "plain")
        #expect(result.findings.ignoringNoEvents.isEmpty, "\(result.findings.ignoringNoEvents)")
    }

    @Test func missingSiteIsAnErrorWithDefaults() {
        let result = LoaderTestSupport.load(["catalogs/README.md": "x"])
        #expect(result.findings.ignoringNoEvents.map(\.code) == [.missingSite])
        #expect(result.findings.ignoringNoEvents.first?.severity == .error)
        #expect(result.content.site.language == .ja)
        #expect(result.content.site.baseURL == "/")
    }

    @Test func unknownLanguageFallsBackToJapanese() {
        let result = LoaderTestSupport.load(["site.yaml": "title: x\nlanguage: fr\n"])
        #expect(result.content.site.language == .ja)
        #expect(result.findings.ignoringNoEvents.map(\.code) == [.unknownLanguage])
        #expect(result.findings.ignoringNoEvents.first?.location == WorkshopModel.SourceLocation(file: "site.yaml", line: 2, column: 11))
    }

    @Test func unknownKeysSuggestTheNearestAndSpeakTheSiteLanguage() {
        let result = LoaderTestSupport.load(["site.yaml": "title: x\nlanguage: en\norganizer: Office\ncontact:\n  phone: 1\n"])
        let unknown = result.findings(.unknownKey)
        #expect(unknown.map(\.location.line) == [3, 5])
        #expect(unknown.first?.message == "unknown key 'organizer' (did you mean 'organiser'?)")
    }

    @Test func yamlErrorsAreInTheDeclaredLanguage() {
        let result = LoaderTestSupport.load(["site.yaml": "language: en\ntitle: [unclosed\n"])
        #expect(result.findings.ignoringNoEvents.map(\.code) == [.invalidYAML])
        #expect(result.findings.ignoringNoEvents.first?.message.hasPrefix("not valid YAML") == true)
        #expect(result.content.site.language == .en)
    }

    @Test func englishSiteMakesEveryMessageEnglish() {
        let result = LoaderTestSupport.load([
            "site.yaml": LoaderTestSupport.englishSite,
            "events/x/voices.yaml": "a: b",
        ])
        #expect(!result.findings.ignoringNoEvents.isEmpty)
        #expect(result.findings.ignoringNoEvents.allSatisfy { $0.message.unicodeScalars.allSatisfy(\.isASCII) }, "\(result.findings.ignoringNoEvents)")
    }
}

@Suite struct EmptySiteTests {
    @Test func emptySiteYAMLLacksATitle() {
        let result = LoaderTestSupport.load(["site.yaml": "\n"])
        #expect(result.findings.ignoringNoEvents.map(\.code) == [.emptyFile, .missingField])
        #expect(result.content.site.language == .ja)
    }
}
