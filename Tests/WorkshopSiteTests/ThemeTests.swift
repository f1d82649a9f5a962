import Foundation
import Testing
@testable import WorkshopSite
import WorkshopModel

@Suite("Themes")
struct ThemeTests {
    /// `{{{…}}}` prints without escaping: only for keys the engine made safe
    /// (ending in HTML), and the form's `dataJSON` (escaped for a script element).
    @Test func unescapedKeysEndInHTML() throws {
        let folder = Repo.root.appendingPathComponent("Themes/default/templates")
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        var checked = 0
        for case let file as String in enumerator where file.hasSuffix(".mustache") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            var rest = text[...]
            while let open = rest.range(of: "{{{") {
                let after = rest[open.upperBound...]
                let close = try #require(after.range(of: "}}}"), "\(file): unclosed {{{")
                let key = after[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                #expect(key.hasSuffix("HTML") || key == "dataJSON", "\(file) prints {{{\(key)}}} unescaped")
                checked += 1
                rest = after[close.upperBound...]
            }
            #expect(!text.contains("{{&"), "\(file) uses {{& (unescaped)")
        }
        #expect(checked > 0)
    }

    @Test func customThemeOverridingOnlyBaseRendersEverything() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("custom/templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try """
        <!DOCTYPE html><html lang="{{lang}}"><head><meta charset="utf-8"><title>{{documentTitle}}</title></head>
        <body class="custom-theme"><main>{{{mainHTML}}}</main></body></html>
        """.write(to: templates.appendingPathComponent("base.mustache"), atomically: true, encoding: .utf8)
        let theme = try SiteTheme.load(name: "custom", searching: [folder.path, Repo.themes])
        #expect(theme.name == "custom")
        let files = try Repo.render(theme: theme)
        let home = try #require(files["index.html"]).text
        #expect(home.contains("custom-theme"))
        #expect(files["events/2024-10-08-session-06/report/index.html"]?.text.contains("custom-theme") == true)
        #expect(files["assets/site.css"] != nil, "assets fall back to default")
    }

    @Test func missingThemeIsAnError() {
        #expect(throws: BuildError.self) { try SiteTheme.load(name: "nope", searching: [Repo.themes]) }
    }

    @Test func brokenTemplateNamesItsFile() {
        let theme = SiteTheme(name: "bad", templates: ["base": "{{#open}}never closed"], templateFiles: ["base": "bad/base.mustache"])
        do {
            _ = try theme.library()
            Issue.record("expected a template error")
        } catch {
            guard case .templateError(let file, _, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(file == "bad/base.mustache")
        }
    }

    @Test func everyStringKeyExistsInBothLanguages() throws {
        let theme = try Repo.defaultTheme()
        let ja = Set(theme.strings[.ja]?.keys.map { $0 } ?? [])
        let en = Set(theme.strings[.en]?.keys.map { $0 } ?? [])
        #expect(!ja.isEmpty)
        #expect(ja == en, "only ja: \(ja.subtracting(en)), only en: \(en.subtracting(ja))")
    }
}
