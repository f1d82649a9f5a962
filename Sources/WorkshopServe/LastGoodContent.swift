import WorkshopLoad
import WorkshopModel
import WorkshopSite

/// What `workshop serve` shows while the content has errors. Every file with
/// an error is left out as `workshop build --keep-going` does (`LeftOutFiles`);
/// then each left-out file that the site showed before gets its last good
/// version back: a worksheet, group sheet or seminar page as last shown, a
/// whole event (its last loaded `Event`, worksheets included) when its
/// `event.yaml` is broken, `site.yaml` and catalogues as last shown. A file
/// that never was good (a blank sheet from `workshop new worksheet`) stays out.
struct LastGoodContent: Sendable {
    /// The content the site showed after the last build (nil before the first).
    var shown: Content?

    struct Served: Sendable, Hashable {
        var content: Content
        /// Every file with an error (as `--keep-going` lists them).
        var leftOut: [String]
        /// The left-out files whose last good version is shown instead.
        var keptFromBefore: [String]
    }

    func serve(_ content: Content, findings: [Finding]) -> Served {
        let kept = LeftOutFiles(findings: findings).apply(to: content)
        guard let shown, !kept.leftOut.isEmpty else { return Served(content: kept.content, leftOut: kept.leftOut, keptFromBefore: []) }
        let broken = Set(kept.leftOut)
        var served = kept.content
        var restored = Set<String>()

        if broken.contains(served.site.location.file), served.site.location.file == shown.site.location.file {
            served.site = shown.site
            restored.insert(shown.site.location.file)
        }
        for catalogue in shown.threatCatalogues where broken.contains(catalogue.location.file) {
            served.threatCatalogues.removeAll { $0.location.file == catalogue.location.file || $0.id == catalogue.id }
            served.threatCatalogues.append(catalogue)
            restored.insert(catalogue.location.file)
        }
        for table in shown.controlTables where broken.contains(table.location.file) {
            served.controlTables.removeAll { $0.location.file == table.location.file || $0.id == table.id }
            served.controlTables.append(table)
            restored.insert(table.location.file)
        }
        for before in shown.events {
            guard let index = served.events.firstIndex(where: { $0.slug == before.slug }) else {
                // The event was left out: its event.yaml has an error. Its last good state stays.
                if broken.contains(before.location.file) {
                    served.events.append(before)
                    restored.insert(before.location.file)
                }
                continue
            }
            var event = served.events[index]
            for sheet in before.worksheets where broken.contains(sheet.location.file)
                && !event.worksheets.contains(where: { $0.location.file == sheet.location.file }) {
                event.worksheets.append(sheet)
                restored.insert(sheet.location.file)
            }
            for sheet in before.groupSheets where broken.contains(sheet.location.file)
                && !event.groupSheets.contains(where: { $0.location.file == sheet.location.file }) {
                event.groupSheets.append(sheet)
                restored.insert(sheet.location.file)
            }
            for page in before.seminarPages where broken.contains(page.location.file)
                && !event.seminarPages.contains(where: { $0.location.file == page.location.file }) {
                event.seminarPages.append(page)
                restored.insert(page.location.file)
            }
            // The loader's orders (EventFolderReader).
            event.worksheets.sort { ($0.participant, $0.location.file) < ($1.participant, $1.location.file) }
            event.groupSheets.sort { ($0.group, $0.location.file) < ($1.group, $1.location.file) }
            event.seminarPages.sort { ($0.order, $0.slug) < ($1.order, $1.slug) }
            served.events[index] = event
        }
        served.events.sort(by: ContentLoader.eventOrder)
        return Served(content: served, leftOut: kept.leftOut, keptFromBefore: restored.sorted())
    }
}
