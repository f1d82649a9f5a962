import Foundation
import Markdown
import WorkshopModel

/// Reads a threat catalogue (`catalogs/*.yaml` with a `threats:` list) into a
/// `ThreatCatalogue`. Its id defaults to the file name without extension.
struct ThreatCatalogueReader: Sendable {
    static let keys = ["id", "title", "source", "threats", "language"]
    static let threatKeys = ["id", "title", "summary"]

    var language: Language

    func read(_ document: YAMLValue, file: ContentTree.File) -> (ThreatCatalogue, [Finding]) {
        let (languages, languageFindings) = CatalogueLanguages.read(document, messages: language)
        var fields = YAMLFields(document, known: Self.keys + languages.keys(["title"]), language: language)
        let id = fields.text("id") ?? file.stem
        let title = fields.required("title") ?? id
        let titleTranslations = languages.translations("title", in: &fields)
        let source = fields.text("source") ?? ""
        var threats: [Threat] = []
        var firstLine: [Int: SourceLocation] = [:]
        var findings: [Finding] = languageFindings
        if document["threats"] == nil { _ = fields.required("threats") }
        for item in fields.list("threats") {
            guard item.isMapping else {
                findings.append(Finding(.invalidField, at: item.location, language.pick(
                    ja: "脅威は「id: 番号」「title: 名称」の形で書いてください",
                    en: "write each threat as 'id: number' and 'title: name'")))
                continue
            }
            var threatFields = YAMLFields(item, known: Self.threatKeys + languages.keys(["title", "summary"]), language: language)
            defer { findings += threatFields.findings }
            let titleText = threatFields.required("title")
            guard let raw = threatFields.required("id") else { continue }
            let idLocation = threatFields.location(of: "id")
            guard let number = Self.threatNumber(raw), number > 0 else {
                findings.append(Finding(.invalidField, at: idLocation, language.pick(
                    ja: "脅威の id は正の整数にしてください（'\(raw)' になっています）",
                    en: "a threat id must be a positive whole number, not '\(raw)'")))
                continue
            }
            if let first = firstLine[number] {
                findings.append(Finding(.duplicateThreatID, at: idLocation, language.pick(
                    ja: "脅威 \(number) が2回あります（最初は \(first.line) 行目）",
                    en: "threat \(number) appears twice (first on line \(first.line))")))
                continue
            }
            firstLine[number] = idLocation
            var threat = Threat(id: number, title: titleText ?? "", summary: threatFields.text("summary") ?? "", location: item.location)
            threat.titleTranslations = languages.translations("title", in: &threatFields)
            threat.summaryTranslations = languages.translations("summary", in: &threatFields)
            threats.append(threat)
        }
        var catalogue = ThreatCatalogue(id: id, title: title, source: source, threats: threats,
                                        location: SourceLocation(file: file.path, line: 1, column: 1))
        catalogue.language = languages.own
        catalogue.titleTranslations = titleTranslations
        return (catalogue, fields.findings + findings)
    }

    /// `3`, `３`, `脅威 3`, `Threat 3`: the number; nil otherwise.
    static func threatNumber(_ text: String) -> Int? {
        var folded = IDText.normalize(text)
        for prefix in ["脅威", "threat", "Threat", "No.", "no."] where folded.hasPrefix(prefix) {
            folded = String(folded.dropFirst(prefix.count))
            break
        }
        return Int(folded.trimmingSpaces())
    }
}
