import WorkshopModel

/// The languages of a YAML catalogue: `language:` names the language of its
/// plain fields (`title`, `summary`, `text`; default `ja`), and a field with a
/// language suffix gives the same text in another language (`title_en:` in a
/// Japanese catalogue, `title_ja:` in an English one).
struct CatalogueLanguages: Sendable {
    /// The language of the plain fields.
    var own: Language

    /// The other languages, which translation keys may name.
    var others: [Language] { Language.allCases.filter { $0 != own } }

    /// Reads `language:` of a catalogue document (`unknown-language` for a
    /// value other than ja or en; Japanese is used then). `messages` is the
    /// site's language.
    static func read(_ document: YAMLValue, messages: Language) -> (CatalogueLanguages, [Finding]) {
        guard let value = document["language"], let code = value.text else { return (CatalogueLanguages(own: .ja), []) }
        if let known = Language(rawValue: code) { return (CatalogueLanguages(own: known), []) }
        return (CatalogueLanguages(own: .ja), [Finding(.unknownLanguage, at: value.location, messages.pick(
            ja: "カタログの言語 '\(code)' は使えません（ja または en）。ja として扱います",
            en: "unknown catalogue language '\(code)' (use ja or en); using ja"))])
    }

    /// `title_en`, … for each field in the other languages.
    func keys(_ fields: [String]) -> [String] {
        fields.flatMap { field in others.map { "\(field)_\($0.rawValue)" } }
    }

    /// The translations of `field` that `fields` holds.
    func translations(_ field: String, in fields: inout YAMLFields) -> [Language: String] {
        var found: [Language: String] = [:]
        for language in others {
            if let text = fields.text("\(field)_\(language.rawValue)") { found[language] = text }
        }
        return found
    }
}
