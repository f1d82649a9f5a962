import Foundation
import WorkshopModel

/// The YAML front matter of a worksheet or group sheet, read field by field
/// with findings that point at line 1 (a field missing) or at the key or
/// value concerned.
///
/// - no front matter → `missing-front-matter`; no closing `---` →
///   `unterminated-front-matter`; not YAML, or not `key: value` lines →
///   `invalid-yaml`. In these cases `isUsable` is false: the reader returns no sheet.
/// - ids (`participant`, `group`) are read as written, also when YAML sees a
///   number (`group: 01` stays `01`), then NFKC-normalised with the dash fold
///   and trimmed; other text (`industry`) is only trimmed.
/// - a key not in `known` → `unknown-key` with the nearest known key.
struct SheetFrontMatter {
    let file: String
    let language: Language
    /// The mapping (nil when the front matter is empty or unusable).
    private(set) var mapping: YAMLValue?
    private(set) var isUsable = true
    /// The Markdown after the front matter, and the file line it starts on.
    private(set) var body = ""
    private(set) var bodyLine = 1
    /// Where each key stands.
    private(set) var fieldLocations: [String: SourceLocation] = [:]
    var findings: [Finding] = []

    var top: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    init(_ text: String, file: String, known: [String], language: Language) {
        self.file = file
        self.language = language
        let (split, problem) = FrontMatter.split(text)
        body = split.body
        bodyLine = split.bodyLine
        switch problem {
        case .missing?:
            isUsable = false
            findings.append(Finding(.missingFrontMatter, at: top, language.pick(
                ja: "先頭にフロントマター（--- で囲んだ participant / group などの行）がありません",
                en: "missing front matter: the file must start with a '---' block (participant, group, …)")))
            return
        case .unterminated?:
            isUsable = false
            findings.append(Finding(.unterminatedFrontMatter, at: top, language.pick(
                ja: "フロントマターが閉じられていません（2つ目の --- がありません）",
                en: "the front matter is not closed (no second '---' line)")))
            return
        case nil:
            break
        }
        switch YAMLValue.parse(split.yaml ?? "", file: file, firstLine: split.yamlLine, language: language) {
        case .failure(let finding):
            isUsable = false
            findings.append(finding)
        case .success(nil):
            mapping = nil
        case .success(let value?):
            if value.isMapping {
                mapping = value
            } else if value.node.scalar != nil && value.string == nil {
                mapping = nil
            } else {
                isUsable = false
                findings.append(Finding(.invalidYAML, at: value.location, language.pick(
                    ja: "フロントマターは「キー: 値」の行で書いてください",
                    en: "the front matter must be 'key: value' lines")))
            }
        }
        guard let mapping else { return }
        for (key, location) in mapping.keys {
            fieldLocations[key] = location
            guard !known.contains(key) else { continue }
            let hint = IDText.nearest(key, in: known, limit: 1).first
                .map { language.pick(ja: "（'\($0)' のことですか？）", en: " (did you mean '\($0)'?)") } ?? ""
            findings.append(Finding(.unknownKey, at: location, language.pick(
                ja: "フロントマターの不明なキー '\(key)' です\(hint)",
                en: "unknown front-matter key '\(key)'\(hint)")))
        }
    }

    /// A required scalar; `missing-field` when absent or blank, `invalid-field` when a list or mapping.
    mutating func required(_ key: String) -> String? {
        guard let value = mapping?[key] else {
            findings.append(Finding(.missingField, at: top, language.pick(
                ja: "フロントマターに '\(key)' がありません", en: "the front matter has no '\(key)'")))
            return nil
        }
        guard value.node.scalar != nil else {
            findings.append(Finding(.invalidField, at: value.location, language.pick(
                ja: "'\(key)' には1つの値を書いてください（リストなどではなく）",
                en: "'\(key)' should be a single value, not a list or mapping")))
            return nil
        }
        guard let text = value.text else {
            findings.append(Finding(.missingField, at: fieldLocations[key] ?? top, language.pick(
                ja: "'\(key)' が空です", en: "'\(key)' is empty")))
            return nil
        }
        return text
    }

    /// A required id: as `required`, then NFKC with the dash fold (`Ａ－０１` is `A-01`).
    mutating func requiredID(_ key: String) -> String? {
        guard let text = required(key) else { return nil }
        let id = IDText.normalize(text)
        return id.isEmpty ? nil : id
    }

    /// `publish`: a yes/no value, false when absent; anything else is an `invalid-field` (and false).
    mutating func publish() -> Bool {
        guard let value = mapping?["publish"], let written = value.string else { return false }
        if let flag = value.bool {
            if !["true", "false"].contains(written.lowercased()) {
                findings.append(Finding(.acceptedAlias, at: value.location, language.pick(
                    ja: "'publish: \(written)' は \(flag) として読みました。true か false で書いてください",
                    en: "'publish: \(written)' is read as \(flag); write true or false")))
            }
            return flag
        }
        findings.append(Finding(.invalidField, at: value.location, language.pick(
            ja: "'publish' は true か false で書いてください（'\(value.string ?? "")' になっています）",
            en: "'publish' should be true or false, not '\(value.string ?? "")'")))
        return false
    }

    /// An `invalid-path-segment` error when an id cannot name a folder of the
    /// site (`PathSegment.isValidID`); the sheet is still read, and
    /// `build --keep-going` leaves the file out.
    mutating func checkPathSegment(_ id: String, key: String) {
        guard !PathSegment.isValidID(id) else { return }
        findings.append(Finding(.invalidPathSegment, at: valueLocation(key), language.pick(
            ja: "'\(key)' の '\(PathSegment.shown(id))' はページの名前（フォルダ名）に使えません。半角英数字・ハイフン・下線の\(PathSegment.idLimit)文字以内で書いてください（例: A-01）",
            en: "the \(key) '\(PathSegment.shown(id))' cannot name a page folder; use up to \(PathSegment.idLimit) letters, digits, hyphens or underscores (e.g. A-01)")))
    }

    /// Where `key`'s value stands (else its key, else line 1).
    func valueLocation(_ key: String) -> SourceLocation {
        mapping?[key]?.location ?? fieldLocations[key] ?? top
    }

    /// A value present in the mapping (not null).
    func value(_ key: String) -> YAMLValue? {
        guard let value = mapping?[key] else { return nil }
        if value.node.scalar != nil && value.string == nil { return nil }
        return value
    }

    /// Where the body's first line stands (for findings about a missing part).
    var bodyTop: SourceLocation {
        SourceLocation(file: file, line: max(1, bodyLine), column: 1)
    }
}
