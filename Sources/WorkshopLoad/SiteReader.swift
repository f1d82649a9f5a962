import Foundation
import Markdown
import WorkshopModel

/// Reads `site.yaml` into a `SiteConfig`. It is read before anything else:
/// its `language` decides the language of every message, its own included.
struct SiteReader: Sendable {
    static let path = "site.yaml"
    static let keys = ["title", "subtitle", "programme", "language", "base_url", "theme", "organiser", "contact", "date_style"]
    static let contactKeys = ["tel", "email", "url", "hours"]

    /// The language a decoded site.yaml asks for, found without parsing the
    /// YAML, so that even its YAML errors are reported in that language.
    static func declaredLanguage(in text: String) -> Language? {
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("language:") {
            var value = line.dropFirst("language:".count)
            if let hash = value.firstIndex(of: "#") { value = value[..<hash] }
            let code = String(value.trimmingSpaces().trimmingScalars(where: { $0 == "\"" || $0 == "'" }))
            return Language(code: code)
        }
        return nil
    }

    /// Reads the decoded text of site.yaml. `file` is its root-relative path.
    static func read(_ text: String, file: String = path) -> (SiteConfig, [Finding]) {
        let guess = declaredLanguage(in: text) ?? .ja
        let start = SourceLocation(file: file, line: 1, column: 1)
        let (document, parseFindings) = YAMLFields.document(text, file: file, language: guess)
        guard let document else {
            var site = SiteConfig(title: "", location: start)
            site.language = guess
            let empty = parseFindings.isEmpty ? [Finding(.missingField, at: start, guess.pick(
                ja: "'title' がありません", en: "missing 'title'"))] : []
            return (site, parseFindings + empty)
        }

        var findings = parseFindings
        var language = Language.ja
        if let value = document["language"], let code = value.text {
            if let known = Language(code: code) {
                language = known
                if code != known.rawValue {
                    findings.append(Finding(.acceptedAlias, at: value.location, known.pick(
                        ja: "言語 '\(code)' は \(known.rawValue) として読みました。ja か en と書いてください",
                        en: "the language '\(code)' is read as \(known.rawValue); write ja or en")))
                }
            } else {
                // The site's language is unknown, so this one message is in the default language.
                findings.append(Finding(.unknownLanguage, at: value.location, language.pick(
                    ja: "言語 '\(code)' は使えません（ja または en）。ja として扱います",
                    en: "unknown language '\(code)' (use ja or en); using ja")))
            }
        }
        var fields = YAMLFields(document, known: keys, language: language)
        var site = SiteConfig(title: fields.required("title") ?? "", location: start)
        site.language = language
        site.subtitle = fields.text("subtitle") ?? ""
        site.programme = fields.text("programme") ?? ""
        site.baseURL = fields.text("base_url") ?? "/"
        site.theme = fields.text("theme") ?? "default"
        site.organiser = fields.text("organiser") ?? ""
        if let style = fields.text("date_style") {
            if let known = DateStyle(rawValue: style) {
                site.dateStyle = known
            } else {
                findings.append(Finding(.invalidField, at: fields.location(of: "date_style"), language.pick(
                    ja: "date_style は wareki（令和6年10月8日）か western（2024年10月8日）にしてください（'\(style)' になっています）",
                    en: "date_style must be wareki (令和6年10月8日) or western (2024年10月8日), not '\(style)'")))
            }
        }
        if let contact = fields.mapping("contact") {
            var contactFields = YAMLFields(contact, known: contactKeys, language: language)
            site.contact = Contact(
                tel: contactFields.text("tel") ?? "",
                email: contactFields.text("email") ?? "",
                url: contactFields.text("url") ?? "",
                hours: contactFields.text("hours") ?? "")
            findings += contactFields.findings
        }
        findings += fields.findings
        return (site, findings)
    }

    /// The site when there is no site.yaml: defaults, and a `missing-site` error.
    static func missing(language: Language = .ja) -> (SiteConfig, Finding) {
        (SiteConfig(title: "", location: SourceLocation(file: path)),
         Finding(.missingSite, at: SourceLocation(file: path), language.pick(
            ja: "site.yaml がありません。コンテンツのフォルダ（site.yaml・catalogs・events を含むフォルダ）を指定してください",
            en: "site.yaml is missing; point at the content folder (the one holding site.yaml, catalogs and events)")))
    }
}
