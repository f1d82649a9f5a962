import Foundation
import WorkshopLoad
import WorkshopModel

/// A content root that `workshop new` adds to: its site.yaml language, its
/// catalogues and events, read with the loader (findings are `check`'s
/// business and are not reported here).
public struct ExistingSite: Sendable {
    public var root: String
    public var content: Content

    public var language: Language { content.site.language }

    public init(root: String, content: Content) {
        self.root = root
        self.content = content
    }

    /// Reads the content root; `.unreadableRoot` when it has no site.yaml.
    public static func load(root: String) throws(ScaffoldError) -> ExistingSite {
        let siteFile = URL(fileURLWithPath: root).appendingPathComponent("site.yaml").path
        guard FileManager.default.isReadableFile(atPath: siteFile) else { throw .unreadableRoot(path: root) }
        let loaded = ContentLoader(fileSystem: .disk(root: root)).load()
        return ExistingSite(root: root, content: loaded.content)
    }

    // MARK: new event

    /// The scaffold of a new event: the number after the series' last one,
    /// the date from `date`, else from the slug (`2024-10-08-…`), else today;
    /// the site's programme and catalogues (the 2024 ones when present).
    public func newEvent(slug: String, date dateText: String? = nil, title: String? = nil, today: CalendarDate? = nil) throws(ScaffoldError) -> EventScaffold {
        guard EventScaffold.isValidSlug(slug) else { throw .invalidSlug(slug) }
        let date: CalendarDate
        if let dateText {
            guard let parsed = CalendarDate(dateText) else { throw .invalidDate(dateText) }
            date = parsed
        } else {
            date = EventScaffold.date(inSlug: slug) ?? today ?? ScaffoldText.today()
        }
        // init's untouched starter event goes when the real first one comes (`removeStarterEvent`): it does not count.
        let starter = untouchedStarterEvent()
        let events = content.events.filter { $0.slug != starter && $0.slug != slug }
        let number = (events.compactMap(\.number).max() ?? events.count) + 1
        let threatIDs = content.threatCatalogues.map(\.id)
        let controlIDs = content.controlTables.map(\.id)
        return EventScaffold(
            slug: slug, date: date, number: number, title: title?.isEmpty == true ? nil : title,
            programme: content.site.programme, language: language,
            threatCatalogueID: Self.pick(StarterCatalogues.threatCatalogueID, from: threatIDs),
            controlTableID: Self.pick(StarterCatalogues.controlTableID, from: controlIDs))
    }

    /// Writes the new event; `.exists` when its folder is already there.
    public func addEvent(_ scaffold: EventScaffold) throws(ScaffoldError) -> [String] {
        let folder = URL(fileURLWithPath: root).appendingPathComponent(scaffold.folder).path
        if FileManager.default.fileExists(atPath: folder) { throw .exists(path: folder) }
        return try scaffold.files.write(under: root)
    }

    /// The slug of the first event `workshop init` wrote, when it is still
    /// exactly as written: its folder holds the files of
    /// `EventScaffold(slug:date:number: 1, language:)` byte for byte and
    /// nothing else (no worksheets, no group sheets). Nil otherwise.
    public func untouchedStarterEvent() -> String? {
        for event in content.events where event.slug.hasSuffix("-session-01") {
            guard let date = EventScaffold.date(inSlug: event.slug), event.slug == "\(date)-session-01" else { continue }
            let scaffold = EventScaffold(slug: event.slug, date: date, number: 1, language: language)
            if Self.folder(under: root, holdsExactly: scaffold.files, folder: scaffold.folder) { return event.slug }
        }
        return nil
    }

    /// Removes init's untouched starter event (see `untouchedStarterEvent`)
    /// unless it is `keeping`; returns the removed folder, or nil when there was none.
    public func removeStarterEvent(keeping slug: String) throws(ScaffoldError) -> String? {
        guard let starter = untouchedStarterEvent(), starter != slug else { return nil }
        let folder = URL(fileURLWithPath: root).appendingPathComponent("events/\(starter)").path
        do { try FileManager.default.removeItem(atPath: folder) } catch {
            throw .notWritable(path: folder, detail: error.localizedDescription)
        }
        return folder
    }

    /// Whether `folder` (relative to `root`) holds exactly `files` (paths relative to `root`), byte for byte.
    static func folder(under root: String, holdsExactly files: [ScaffoldFile], folder: String) -> Bool {
        let base = URL(fileURLWithPath: root).appendingPathComponent(folder).path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return false }
        var found: Set<String> = []
        while let next = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base + "/" + next, isDirectory: &isFolder) else { return false }
            if !isFolder.boolValue { found.insert(folder + "/" + next) }
        }
        let written = files.filter { $0.text != nil }
        guard found == Set(written.map(\.path)) else { return false }
        return written.allSatisfy { file in
            FileManager.default.contents(atPath: URL(fileURLWithPath: root).appendingPathComponent(file.path).path) == Data((file.text ?? "").utf8)
        }
    }

    // MARK: new worksheet

    /// The scaffold of a participant's blank worksheet, after checking the
    /// event exists, the id is valid, the group is one of the event's and the
    /// participant has no worksheet yet. `language` defaults to the site's.
    public func newWorksheet(event slug: String, participant raw: String, group rawGroup: String, language: Language? = nil) throws(ScaffoldError) -> (event: Event, scaffold: WorksheetScaffold) {
        guard let event = content.events.first(where: { $0.slug == slug }) else {
            throw .unknownEvent(slug, known: content.events.map(\.slug))
        }
        guard let participant = WorksheetScaffold.participantID(raw) else { throw .invalidParticipant(raw) }
        let groupKey = IDText.normalize(rawGroup)
        guard let group = event.groups.first(where: { IDText.normalize($0.id) == groupKey }) else {
            throw .unknownGroup(rawGroup, event: slug, known: event.groups.map(\.id))
        }
        if let existing = event.worksheets.first(where: { IDText.normalize($0.participant) == participant }) {
            throw .duplicateParticipant(participant, file: existing.location.file)
        }
        return (event, WorksheetScaffold(participant: participant, group: group.id, language: language ?? self.language))
    }

    /// Writes the worksheet under its event; `.exists` when the file is there.
    public func addWorksheet(_ scaffold: WorksheetScaffold, to event: Event) throws(ScaffoldError) -> [String] {
        try [ScaffoldFile(path: "events/\(event.slug)/\(scaffold.path)", text: scaffold.text)].write(under: root)
    }

    /// `preferred` when the site has it, else the last id in order (the newest year), else `preferred`.
    static func pick(_ preferred: String, from ids: [String]) -> String {
        if ids.isEmpty || ids.contains(preferred) { return preferred }
        return ids.sorted().last ?? preferred
    }
}
