import WorkshopModel

/// Loads a whole content root: `site.yaml` first (its language is the
/// language of every finding), then the catalogues, then every event folder.
/// Never stops at a bad file: each problem becomes a finding and the rest is
/// read. Findings name root-relative paths; the CLI prefixes the root.
///
/// Order is deterministic: catalogues by path, events by date then slug
/// (events without a date last), worksheets by participant, group sheets by
/// group, seminar pages by `order` then slug, findings by location.
public struct ContentLoader: Sendable {
    public var fileSystem: ContentFileSystem

    public init(fileSystem: ContentFileSystem) {
        self.fileSystem = fileSystem
    }

    public func load() -> LoadResult {
        let rootEntries: [DirectoryEntry]
        do {
            rootEntries = try fileSystem.entries("")
        } catch {
            let (site, _) = SiteReader.missing()
            return LoadResult(content: Content(site: site), findings: [Finding(.unreadableFile, at: SourceLocation(file: ""), Language.ja.pick(
                ja: "コンテンツのフォルダを読めません: \(error.localizedDescription)",
                en: "cannot read the content folder: \(error.localizedDescription)"))], fileCount: 0)
        }

        var findings: [Finding] = []
        var fileCount = 0
        var site: SiteConfig
        if let entry = rootEntries.first(where: { $0.name == SiteReader.path && $0.kind == .file }) {
            let source = SourceFile.load(ContentTree.File(path: entry.name, size: entry.size), from: fileSystem, language: .ja)
            if source.wasRead { fileCount += 1 }
            findings += source.findings
            if let text = source.text {
                let (read, more) = SiteReader.read(text)
                site = read
                findings += more
            } else {
                site = SiteReader.missing().0
            }
        } else {
            let (missingSite, finding) = SiteReader.missing()
            site = missingSite
            findings.append(finding)
        }
        let language = site.language

        let tree = ContentTree.walk(fileSystem, rootEntries: rootEntries, language: language)
        findings += tree.findings

        let catalogues = loadCatalogues(tree.catalogues, language: language)
        findings += catalogues.findings
        fileCount += catalogues.filesRead
        var content = Content(site: site, threatCatalogues: catalogues.threats, controlTables: catalogues.controls,
                              catalogueMappings: catalogues.mappings)

        let reader = EventFolderReader(fileSystem: fileSystem, language: language,
                                       threatCatalogueIDs: catalogues.threats.map(\.id),
                                       controlTableIDs: catalogues.controls.map(\.id))
        let events = tree.events.concurrentMap { reader.read($0) }
        for (_, more, filesRead) in events {
            findings += more
            fileCount += filesRead
        }
        content.events = events.map(\.0).sorted(by: Self.eventOrder)
        if content.events.isEmpty {
            findings.append(Finding(.noEvents, at: SourceLocation(file: "events"), language.pick(
                ja: "イベントがまだありません（workshop new event SLUG で作成できます）",
                en: "no events yet (create one with workshop new event SLUG)")))
        }
        return LoadResult(content: content, findings: Finding.ordered(findings), fileCount: fileCount)
    }

    /// Events in date order (an event without a date last), then by slug.
    public static func eventOrder(_ a: Event, _ b: Event) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.slug < b.slug
        }
    }

    /// Reads the catalogues (concurrently), keeping the first of two with the same id.
    private func loadCatalogues(_ files: [ContentTree.File], language: Language)
        -> (threats: [ThreatCatalogue], controls: [ControlTable], mappings: [CatalogueMapping], findings: [Finding], filesRead: Int) {
        let fileSystem = self.fileSystem
        let results = files.concurrentMap { file -> (CatalogueReader.Catalogue?, SourceLocation, [Finding], Bool) in
            let source = SourceFile.load(file, from: fileSystem, language: language)
            guard let text = source.text else { return (nil, SourceLocation(file: file.path), source.findings, source.wasRead) }
            let (catalogue, idLocation, findings) = CatalogueReader(language: language).read(text, file: file)
            return (catalogue, idLocation, source.findings + findings, source.wasRead)
        }
        var threats: [ThreatCatalogue] = []
        var controls: [ControlTable] = []
        var mappings: [CatalogueMapping] = []
        var findings: [Finding] = []
        var firstFile: [String: String] = [:]
        for (catalogue, idLocation, more, _) in results {
            findings += more
            guard let catalogue else { continue }
            guard PathSegment.isValidName(catalogue.id) else {
                findings.append(Finding(.invalidPathSegment, at: idLocation, language.pick(
                    ja: "一覧の id '\(PathSegment.shown(catalogue.id))' はページの名前に使えません（半角英数字・ハイフン・下線・ピリオドの\(PathSegment.nameLimit)文字以内）。このファイルは使いません",
                    en: "the catalogue id '\(PathSegment.shown(catalogue.id))' cannot name a page folder (up to \(PathSegment.nameLimit) letters, digits, hyphens, underscores or dots); this file is not used")))
                continue
            }
            let kind: String
            switch catalogue {
            case .threats: kind = "threats"
            case .controls: kind = "controls"
            case .mapping: kind = "mappings"
            }
            if let first = firstFile[kind + "/" + catalogue.id] {
                findings.append(Finding(.duplicateCatalogue, at: idLocation, language.pick(
                    ja: "一覧の id '\(catalogue.id)' が \(first) と同じです。このファイルは使いません",
                    en: "catalogue id '\(catalogue.id)' is also used by \(first); this file is not used")))
                continue
            }
            firstFile[kind + "/" + catalogue.id] = idLocation.file
            switch catalogue {
            case .threats(let threatCatalogue): threats.append(threatCatalogue)
            case .controls(let table): controls.append(table)
            case .mapping(let mapping): mappings.append(mapping)
            }
        }
        return (threats, controls, mappings, findings, results.count { $0.3 })
    }
}

extension ContentLoader {
    /// One worksheet read again exactly as `load()` reads it (for `serve`'s
    /// rebuilds): its folder's listing says whether it is a regular file and
    /// how large, then the size limit, decoding and `WorksheetReader`. nil when
    /// it is gone or no longer a regular file (a full load reports what it is).
    public func worksheet(at path: String, language: Language) -> (worksheet: Worksheet?, findings: [Finding])? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard let name = parts.last.map(String.init) else { return nil }
        let folder = parts.dropLast().joined(separator: "/")
        guard let entry = (try? fileSystem.entries(folder))?.first(where: { $0.name == name }), entry.kind == .file else { return nil }
        let source = SourceFile.load(ContentTree.File(path: path, size: entry.size), from: fileSystem, language: language)
        guard let text = source.text else { return (nil, source.findings) }
        let (worksheet, findings) = WorksheetReader(language: language).read(text, file: path)
        return (worksheet, source.findings + findings)
    }
}
