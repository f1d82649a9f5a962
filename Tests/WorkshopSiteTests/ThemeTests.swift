import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopModel
@testable import WorkshopPrint
@testable import WorkshopRender

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

    /// The binary carries `Themes/default` (scripts/embed-theme.sh): every file, byte for byte.
    @Test func embeddedDefaultThemeEqualsTheFolderByteForByte() throws {
        let folder = Repo.root.appendingPathComponent("Themes/default")
        let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]))
        var onDisk: [String: Data] = [:]
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            onDisk[path] = try Data(contentsOf: url)
        }
        let embedded = EmbeddedDefaultTheme.fileData
        #expect(onDisk.count > 20)
        #expect(Set(embedded.keys) == Set(onDisk.keys), "run scripts/embed-theme.sh")
        for (path, data) in onDisk {
            #expect(embedded[path] == data, "\(path) differs from the embedded copy: run scripts/embed-theme.sh")
        }
    }

    /// With no theme folder at all (a binary copied anywhere), `default` is the built-in one.
    @Test func defaultThemeNeedsNoFolder() throws {
        let builtIn = try SiteTheme.load(name: "default", searching: [])
        let folder = try Repo.defaultTheme()
        #expect(builtIn.templates == folder.templates)
        #expect(builtIn.strings == folder.strings)
        #expect(builtIn.assets == folder.assets)
        let files = try Repo.render(theme: builtIn)
        #expect(files["index.html"] != nil && files["assets/site.css"] != nil)
        #expect(throws: BuildError.self) { try SiteTheme.load(name: "custom", searching: []) }
    }

    /// A `default/` folder that holds one template overrides it and falls back to the built-in theme for the rest.
    @Test func partialDefaultFolderFallsBackToTheBuiltInTheme() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("default/templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try """
        <!DOCTYPE html><html lang="{{lang}}"><head><meta charset="utf-8"><title>{{documentTitle}}</title></head>
        <body class="local-default"><main>{{{mainHTML}}}</main></body></html>
        """.write(to: templates.appendingPathComponent("base.mustache"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("default/strings"), withIntermediateDirectories: true)
        try "navHome: トップ\n".write(to: folder.appendingPathComponent("default/strings/ja.yaml"), atomically: true, encoding: .utf8)
        let theme = try SiteTheme.load(name: "default", searching: [folder.path])
        #expect(theme.strings(for: .ja)["navHome"] == "トップ")
        #expect(theme.strings(for: .ja)["groupPrefix"] == "グループ", "other strings come from the built-in theme")
        let files = try Repo.render(theme: theme)
        #expect(files["index.html"]?.text.contains("local-default") == true)
        #expect(files["events/2024-10-08-session-06/report/index.html"]?.text.contains("local-default") == true)
        #expect(files["assets/site.css"] != nil, "assets fall back to the built-in theme")
    }

    /// `--theme` wins, `--theme default` included; without it site.yaml's `theme`; else `default`.
    @Test func theThemeIsResolvedOneWayForEveryCommand() {
        let site = SiteConfig(title: "t", theme: "local", location: SourceLocation(file: "site.yaml"))
        let plain = SiteConfig(title: "t", theme: "", location: SourceLocation(file: "site.yaml"))
        #expect(BuildOptions().theme(for: site) == "local")
        #expect(BuildOptions(themeName: "default").theme(for: site) == "default")
        #expect(BuildOptions(themeName: "other").theme(for: plain) == "other")
        #expect(BuildOptions().theme(for: plain) == "default")
        #expect(BuildOptions().theme(for: nil) == "default")
        #expect(PDFExport(themeName: "default", chromium: nil).themeName == "default")
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
