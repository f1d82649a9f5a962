import WorkshopModel

/// Every group's name and title in one event, worked out once for a page
/// that names a group on every row (the worksheet list, the obstacles of the
/// aggregates page): `PageFrame.groupTitle` compares names after NFKC and
/// fills a UI string, which per row cost a fifth of a rebuild.
struct GroupLabels {
    private var names: [String: String] = [:]
    private var titles: [String: String] = [:]

    init(frame: PageFrame, event: Event) {
        let ids = Set(event.groups.map(\.id) + event.worksheets.map(\.group) + event.groupSheets.map(\.group))
        for id in ids {
            names[id] = frame.groupName(id, in: event)
            titles[id] = frame.groupTitle(id, in: event)
        }
    }

    func name(_ id: String) -> String { names[id] ?? id }
    func title(_ id: String) -> String { titles[id] ?? id }
}
