import WorkshopModel

/// Reads one `events/<slug>/` folder: event.yaml, the seminar pages,
/// voices.yaml, the worksheets and the group sheets.
struct EventFolderReader: Sendable {
    var fileSystem: ContentFileSystem
    var language: Language
    var threatCatalogueIDs: [String]
    var controlTableIDs: [String]

    /// The event, the findings, and how many files were read.
    func read(_ folder: ContentTree.EventFolder) -> (Event, [Finding], Int) {
        var findings: [Finding] = []
        var filesRead = 0
        func load(_ file: ContentTree.File) -> String? {
            let source = SourceFile.load(file, from: fileSystem, language: language)
            findings += source.findings
            if source.wasRead { filesRead += 1 }
            return source.text
        }

        let events = EventReader(language: language, threatCatalogueIDs: threatCatalogueIDs, controlTableIDs: controlTableIDs)
        let eventPath = ContentTree.join(folder.path, "event.yaml")
        var event: Event
        if let file = folder.eventFile {
            if let text = load(file) {
                let (read, more) = events.read(text, slug: folder.slug, file: file.path)
                event = read
                findings += more
            } else {
                event = events.placeholder(slug: folder.slug, file: file.path)
            }
        } else {
            let (placeholder, finding) = events.missing(slug: folder.slug, file: eventPath)
            event = placeholder
            findings.append(finding)
        }

        if !PathSegment.isValidName(folder.slug) {
            findings.append(Finding(.invalidPathSegment, at: SourceLocation(file: event.location.file, line: 1, column: 1), language.pick(
                ja: "イベントのフォルダ名 '\(PathSegment.shown(folder.slug))' はページの名前に使えません。半角英数字・ハイフン・下線・ピリオドの\(PathSegment.nameLimit)文字以内にしてください（例: 2024-10-08-session-06）",
                en: "the event folder name '\(PathSegment.shown(folder.slug))' cannot name a page folder; use up to \(PathSegment.nameLimit) letters, digits, hyphens, underscores or dots (e.g. 2024-10-08-session-06)")))
        }

        let seminar = SeminarPageReader(language: language)
        if let file = folder.seminar, let text = load(file) {
            let (page, more) = seminar.read(text, file: file, slug: "seminar", defaultOrder: 0)
            event.seminarPages.append(page)
            findings += more
        }
        for file in folder.seminarPages {
            guard let text = load(file) else { continue }
            if !PathSegment.isValidName(file.stem) {
                findings.append(Finding(.invalidPathSegment, at: SourceLocation(file: file.path, line: 1, column: 1), language.pick(
                    ja: "ページのファイル名 '\(PathSegment.shown(file.stem))' はページの名前に使えません。半角英数字・ハイフン・下線・ピリオドの\(PathSegment.nameLimit)文字以内にしてください（例: 02-cloud.md）",
                    en: "the page file name '\(PathSegment.shown(file.stem))' cannot name a page folder; use up to \(PathSegment.nameLimit) letters, digits, hyphens, underscores or dots (e.g. 02-cloud.md)")))
            }
            let (page, more) = seminar.read(text, file: file, slug: file.stem, defaultOrder: 100)
            event.seminarPages.append(page)
            findings += more
        }
        event.seminarPages.sort { ($0.order, $0.slug) < ($1.order, $1.slug) }

        if let file = folder.voices, let text = load(file) {
            let (voices, more) = VoicesReader(language: language).read(text, file: file.path)
            event.voices = voices
            findings += more
        }

        let worksheets = readSheets(folder.worksheets) { WorksheetReader(language: language).read($0, file: $1) }
        event.worksheets = worksheets.sheets.sorted { ($0.participant, $0.location.file) < ($1.participant, $1.location.file) }
        let groupSheets = readSheets(folder.groupSheets) { GroupSheetReader(language: language).read($0, file: $1) }
        event.groupSheets = groupSheets.sheets.sorted { ($0.group, $0.location.file) < ($1.group, $1.location.file) }
        findings += worksheets.findings + groupSheets.findings
        filesRead += worksheets.filesRead + groupSheets.filesRead

        var photoList: String?
        if let file = folder.photoList { photoList = load(file) }
        let (photos, photoFindings) = PhotosReader(language: language)
            .read(photoList, file: folder.photoList?.path ?? ContentTree.join(folder.path, "photos.yaml"), folder: folder.photoFiles.map(\.name))
        event.photos = photos
        findings += photoFindings

        // Once participants have handed in worksheets, every group is expected to present.
        if !event.worksheets.isEmpty {
            let written = Set(event.groupSheets.map { IDText.normalize($0.group) })
            for group in event.groups where !written.contains(group.id) {
                findings.append(Finding(.missingGroupSheet, at: group.location, language.pick(
                    ja: "グループ '\(group.id)' のグループシート（groups/\(group.id).md）がありません",
                    en: "group '\(group.id)' has no group sheet (groups/\(group.id).md)")))
            }
        }
        return (event, findings, filesRead)
    }

    /// Reads Markdown sheets concurrently with `reader`, keeping file order.
    private func readSheets<Sheet: Sendable>(
        _ files: [ContentTree.File], _ reader: @escaping @Sendable (String, String) -> (Sheet?, [Finding])
    ) -> (sheets: [Sheet], findings: [Finding], filesRead: Int) {
        let fileSystem = self.fileSystem, language = self.language
        let results = files.concurrentMap { file -> (Sheet?, [Finding], Bool) in
            let source = SourceFile.load(file, from: fileSystem, language: language)
            guard let text = source.text else { return (nil, source.findings, source.wasRead) }
            let (sheet, findings) = reader(text, file.path)
            return (sheet, source.findings + findings, source.wasRead)
        }
        return (results.compactMap(\.0), results.flatMap(\.1), results.count { $0.2 })
    }
}
