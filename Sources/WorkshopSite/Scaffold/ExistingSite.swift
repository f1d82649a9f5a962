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
        let number = (content.events.compactMap(\.number).max() ?? content.events.count) + 1
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
