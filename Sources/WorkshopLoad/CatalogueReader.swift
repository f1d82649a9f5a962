import WorkshopModel

/// Reads one file of `catalogs/`: a CSV file is a control table; a YAML file
/// is a threat catalogue when it has `threats:`, a control table when it has
/// `controls:`, a catalogue mapping when it has `mapping:`.
struct CatalogueReader: Sendable {
    enum Catalogue: Sendable {
        case threats(ThreatCatalogue)
        case controls(ControlTable)
        case mapping(CatalogueMapping)

        var id: String {
            switch self {
            case .threats(let catalogue): catalogue.id
            case .controls(let table): table.id
            case .mapping(let mapping): mapping.id
            }
        }
    }

    var language: Language

    /// The catalogue (nil when the file is not one), where its id is written
    /// (the file itself when the id is its name), and the findings.
    func read(_ text: String, file: ContentTree.File) -> (Catalogue?, SourceLocation, [Finding]) {
        let wholeFile = SourceLocation(file: file.path)
        if file.fileExtension == "csv" {
            let (table, findings) = ControlTableCSV(language: language).read(text, file: file)
            return (.controls(table), wholeFile, findings)
        }
        let (document, findings) = YAMLFields.document(text, file: file.path, language: language)
        guard let document else { return (nil, wholeFile, findings) }
        let idLocation = document["id"]?.location ?? wholeFile
        if document["threats"] != nil {
            let (catalogue, more) = ThreatCatalogueReader(language: language).read(document, file: file)
            return (.threats(catalogue), idLocation, findings + more)
        }
        if document["mapping"] != nil {
            let (mapping, more) = CatalogueMappingReader(language: language).read(document, file: file)
            return (mapping.map { .mapping($0) }, idLocation, findings + more)
        }
        if document["controls"] != nil {
            let (table, more) = ControlTableReader(language: language).read(document, file: file)
            return (.controls(table), idLocation, findings + more)
        }
        return (nil, wholeFile, findings + [Finding(.missingField, at: document.location, language.pick(
            ja: "脅威の一覧（threats:）も管理策の一覧（controls:）も対応表（mapping:）もありません",
            en: "neither a threat list (threats:), a control list (controls:) nor a mapping (mapping:)"))])
    }
}
