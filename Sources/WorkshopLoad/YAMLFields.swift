import WorkshopModel

/// Reads the fields of one YAML mapping (a file, a front matter, or an item
/// of a list), collecting findings as it goes: unknown keys with the nearest
/// known one, values of the wrong shape, missing required fields. Every
/// finding points at the key or value concerned.
struct YAMLFields {
    let value: YAMLValue
    let language: Language
    var findings: [Finding] = []

    /// Reads `value` (a mapping) and warns about keys not in `known`.
    init(_ value: YAMLValue, known: [String], language: Language) {
        self.value = value
        self.language = language
        guard !known.isEmpty else { return }
        for (key, location) in value.keys where !known.contains(key) {
            let nearest = IDText.nearest(key, in: known, limit: 1)
            let hint = nearest.first.map { language.pick(ja: "（'\($0)' のことですか？）", en: " (did you mean '\($0)'?)") } ?? ""
            findings.append(Finding(.unknownKey, at: location, language.pick(
                ja: "不明なキー '\(key)' です\(hint)", en: "unknown key '\(key)'\(hint)")))
        }
    }

    /// Parses a whole YAML document that must be a mapping. An empty document
    /// gives (nil, []); a list or a lone value gives an `invalid-yaml` finding.
    static func document(_ yaml: String, file: String, firstLine: Int = 1, language: Language) -> (YAMLValue?, [Finding]) {
        switch YAMLValue.parse(yaml, file: file, firstLine: firstLine, language: language) {
        case .failure(let finding):
            return (nil, [finding])
        case .success(nil):
            return (nil, [])
        case .success(let value?):
            if value.isMapping { return (value, []) }
            if value.string == nil && value.node.scalar != nil { return (nil, []) }
            let found = value.node.sequence != nil ? language.pick(ja: "リスト", en: "a list") : language.pick(ja: "1つの値", en: "a single value")
            return (nil, [Finding(.invalidYAML, at: value.location, language.pick(
                ja: "「キー: 値」の形で書いてください（\(found)になっています）",
                en: "expected 'key: value' lines, found \(found)"))])
        }
    }

    /// Where `key`'s value stands, or the mapping itself when it is absent.
    func location(of key: String) -> SourceLocation {
        value[key]?.location ?? value.location
    }

    /// The value for `key` when present and not null.
    func raw(_ key: String) -> YAMLValue? {
        guard let found = value[key] else { return nil }
        if found.node.scalar != nil && found.string == nil { return nil }
        return found
    }

    /// A text field, trimmed; nil when absent or blank. A list or mapping is an `invalid-field`.
    /// A fill-in marker (`（記入してください）`, `(fill in)`, … see `Placeholder`)
    /// is a `placeholder-text` warning and counts as not written, so it never
    /// reaches a page; for a required field it folds into the `missing-field`
    /// error at the same place (`foldingPlaceholders`).
    mutating func text(_ key: String) -> String? {
        guard let found = raw(key) else { return nil }
        guard found.node.scalar != nil else {
            findings.append(Finding(.invalidField, at: found.location, language.pick(
                ja: "'\(key)' には文字列を書いてください（リストや「キー: 値」ではなく）",
                en: "'\(key)' should be text, not a list or mapping")))
            return nil
        }
        if let text = found.text, Placeholder.isPlaceholder(text) {
            findings.append(Placeholder.finding(WrittenText(text, at: found.location), label: key, language: language))
            return nil
        }
        return found.text
    }

    /// A required text field: `missing-field` when absent or blank.
    mutating func required(_ key: String) -> String? {
        if let found = raw(key), found.node.scalar == nil { return text(key) }
        guard let text = text(key) else {
            findings.append(Finding(.missingField, at: location(of: key), raw(key) != nil || value[key] != nil
                ? language.pick(ja: "'\(key)' が空です", en: "'\(key)' is empty")
                : language.pick(ja: "'\(key)' がありません", en: "missing '\(key)'")))
            return nil
        }
        return text
    }

    /// An integer field (full-width digits accepted); `invalid-field` otherwise.
    mutating func int(_ key: String) -> Int? {
        guard let text = text(key) else { return nil }
        guard let number = Int(IDText.normalize(text)) else {
            findings.append(Finding(.invalidField, at: location(of: key), language.pick(
                ja: "'\(key)' には整数を書いてください（'\(text)' になっています）",
                en: "'\(key)' should be a whole number, not '\(text)'")))
            return nil
        }
        return number
    }

    /// A date field (`2024-10-08`); `invalid-date` when it is not a real date.
    mutating func date(_ key: String) -> CalendarDate? {
        guard let text = text(key) else { return nil }
        guard let date = CalendarDate(text) else {
            findings.append(Finding(.invalidDate, at: location(of: key), language.pick(
                ja: "'\(key)' の日付 '\(text)' を読めません（例: 2024-10-08）",
                en: "cannot read the date '\(text)' in '\(key)' (e.g. 2024-10-08)")))
            return nil
        }
        return date
    }

    /// A mapping field; `invalid-field` when it is something else.
    mutating func mapping(_ key: String) -> YAMLValue? {
        guard let found = raw(key) else { return nil }
        guard found.isMapping else {
            findings.append(Finding(.invalidField, at: found.location, language.pick(
                ja: "'\(key)' には「キー: 値」を書いてください",
                en: "'\(key)' should hold 'key: value' lines")))
            return nil
        }
        return found
    }

    /// A list field (a single value counts as a one-item list); a mapping is an `invalid-field`.
    mutating func list(_ key: String) -> [YAMLValue] {
        guard let found = raw(key) else { return [] }
        guard !found.isMapping else {
            findings.append(Finding(.invalidField, at: found.location, language.pick(
                ja: "'\(key)' にはリスト（- で始まる行）を書いてください",
                en: "'\(key)' should be a list (lines starting with -)")))
            return []
        }
        return found.items
    }
}
