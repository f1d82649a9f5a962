import WorkshopBuild
import WorkshopLoad
import WorkshopModel
import WorkshopRender

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
            // A broken file's last good version, unless the content already has it.
            func restore<File: ContentFile>(_ before: [File], into files: inout [File]) {
                for file in before where broken.contains(file.location.file)
                    && !files.contains(where: { $0.location.file == file.location.file }) {
                    files.append(file)
                    restored.insert(file.location.file)
                }
            }
            restore(before.worksheets, into: &event.worksheets)
            restore(before.groupSheets, into: &event.groupSheets)
            restore(before.seminarPages, into: &event.seminarPages)
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
