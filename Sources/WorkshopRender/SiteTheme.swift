import Foundation
import Templates
import WorkshopLoad
import WorkshopModel

/// A theme: Mustache templates (page templates and partials), UI strings per
/// language and assets. A theme other than `default` falls back to `default`
/// for anything it does not define.
public struct SiteTheme: Sendable {
    public var name: String
    /// Template sources by name (`base`, `event`, …; partials by their file name).
    public var templates: [String: String] { didSet { parsed = ParsedTemplates() } }
    /// Where each template came from, for error messages.
    public var templateFiles: [String: String] { didSet { parsed = ParsedTemplates() } }
    /// UI strings by language, then key.
    public var strings: [Language: [String: String]]
    /// Asset files by path under `assets/`.
    public var assets: [String: Data]
    /// The templates parsed on first use, shared by copies of this theme.
    private var parsed = ParsedTemplates()

    public init(name: String, templates: [String: String], templateFiles: [String: String] = [:], strings: [Language: [String: String]] = [:], assets: [String: Data] = [:]) {
        self.name = name
        self.templates = templates
        self.templateFiles = templateFiles
        self.strings = strings
        self.assets = assets
    }

    public func hasTemplate(_ name: String) -> Bool { templates[name] != nil }

    /// The UI strings for a language (English keys fill any gap).
    public func strings(for language: Language) -> [String: String] {
        var merged = strings[.en] ?? [:]
        merged.merge(strings[language] ?? [:]) { _, new in new }
        return merged
    }

    /// This theme over `base`: anything this one lacks comes from `base`.
    public func fallingBack(to base: SiteTheme) -> SiteTheme {
        var result = base
        result.name = name
        result.templates.merge(templates) { _, new in new }
        result.templateFiles.merge(templateFiles) { _, new in new }
        for (language, table) in strings {
            result.strings[language, default: [:]].merge(table) { _, new in new }
        }
        result.assets.merge(assets) { _, new in new }
        return result
    }

    /// Every template parsed (once per theme; copies share the parse).
    public func library() throws(BuildError) -> TemplateLibrary {
        try parsed.get {
            do throws(TemplateError) {
                return .success(try TemplateLibrary(sources: templates))
            } catch {
                let file = templateFiles[error.template] ?? error.template
                return .failure(.templateError(file: file, line: error.line, message: "column \(error.column): \(error.message)"))
            }
        }.get()
    }

    /// A theme from its files by path inside the theme folder
    /// (`templates/base.mustache`, `templates/partials/header.mustache`,
    /// `strings/ja.yaml`, `assets/site.css`); other paths are ignored.
    /// `origin` prefixes the file names in error messages.
    public init(name: String, files: [String: Data], origin: String) throws(BuildError) {
        var templates: [String: String] = [:]
        var templateFiles: [String: String] = [:]
        var strings: [Language: [String: String]] = [:]
        var assets: [String: Data] = [:]
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let shown = origin + "/" + path
            if path.hasPrefix("assets/") {
                assets[String(path.dropFirst("assets/".count))] = data
            } else if path.hasSuffix(".mustache"), let folder = path.range(of: "/", options: .backwards),
                      ["templates", "templates/partials"].contains(String(path[..<folder.lowerBound])) {
                let key = String(path[folder.upperBound...].dropLast(".mustache".count))
                templates[key] = String(decoding: data, as: UTF8.self)
                templateFiles[key] = shown
            } else if path.hasPrefix("strings/"), path.hasSuffix(".yaml"),
                      let language = Language(rawValue: String(path.dropFirst("strings/".count).dropLast(".yaml".count))) {
                strings[language] = try Self.parseStrings(String(decoding: data, as: UTF8.self), file: shown)
            }
        }
        self.init(name: name, templates: templates, templateFiles: templateFiles, strings: strings, assets: assets)
    }

    /// A strings file is a flat YAML mapping of key to text.
    static func parseStrings(_ yaml: String, file: String) throws(BuildError) -> [String: String] {
        switch YAMLValue.parse(yaml, file: file, language: .en) {
        case .failure(let finding):
            throw .templateError(file: file, line: finding.location.line, message: finding.message)
        case .success(let value):
            var table: [String: String] = [:]
            for (key, _) in value?.keys ?? [] {
                if let text = value?[key]?.string { table[key] = text }
            }
            return table
        }
    }
}
