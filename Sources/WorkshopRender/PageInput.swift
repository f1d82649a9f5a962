import WorkshopModel

/// What a kind of page shows, as far as a rebuild after worksheet edits
/// cares. Everything else a page shows (site.yaml, catalogues, event.yaml,
/// group sheets, seminar pages, photos, the theme) changes only through a
/// full build.
enum PageInput: Sendable {
    /// Nothing a worksheet edit changes.
    case fullBuildOnly
    /// The worksheet of the participant the page's id names.
    case ownWorksheet
    /// The worksheets of the group the page's id names (members' impacts).
    case groupMembers
    /// Every worksheet of the page's event (counts, lists, exports).
    case eventWorksheets
    /// The published worksheets of the page's event and the members of its published groups (the report).
    case publishedWork
    /// Every worksheet of the events that use the catalogue the page's id names (series counts).
    case catalogueSeries
    /// Every worksheet of the site (series counts).
    case allWorksheets
    /// The published worksheets and group sheets of every event (the knowledge
    /// base; the page's id, a `KnowledgePageID`, says which control or procedure).
    case publishedEverywhere
    /// The findings and the files left out (the problems page).
    case findings

    /// Whether the page with `id` (of `event` for an event's kinds, which
    /// are only asked about their own event) shows something `change`
    /// changed; `content` is the site after the change.
    func isAffected(id: String, in event: Event?, by change: SiteChange, content: Content) -> Bool {
        switch self {
        case .fullBuildOnly: return false
        case .findings: return change.findingsChanged
        case .allWorksheets: return !change.worksheets.isEmpty
        case .publishedEverywhere:
            // Group sheets change only through a full build. A knowledge base page
            // shows what is written for its control or procedure (and the index, the counts).
            return change.worksheets.contains { edit in
                let published = [edit.before, edit.after].compactMap { $0 }.filter(\.publish)
                let procedures = Set(published.flatMap { $0.obstacles.compactMap(\.procedure.id) })
                guard !procedures.isEmpty else { return false }
                let table = content.event(edit.event)?.controlTableID
                switch KnowledgePageID(id: id) {
                case .index, nil: return true
                case .control(let id, let control)?: return id == table && procedures.contains { $0.control == control }
                case .procedure(let id, let procedure, _)?: return id == table && procedures.contains(procedure)
                }
            }
        case .catalogueSeries:
            return change.worksheets.contains { edit in
                guard let event = content.event(edit.event) else { return false }
                return !id.isEmpty && (event.threatCatalogueID == id || event.controlTableID == id)
            }
        case .ownWorksheet, .groupMembers, .eventWorksheets, .publishedWork:
            guard let event else { return false }
            return change.worksheets.contains { edit in
                guard edit.event == event.slug else { return false }
                switch self {
                case .ownWorksheet: return id == edit.after?.participant || id == edit.before?.participant
                case .groupMembers: return edit.groups.contains(id)
                case .publishedWork:
                    return (edit.before?.publish ?? false) || (edit.after?.publish ?? false)
                        || edit.groups.contains { event.groupSheet($0)?.publish ?? false }
                default: return true
                }
            }
        }
    }
}
