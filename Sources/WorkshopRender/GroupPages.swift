import WorkshopModel

/// Per group: the presentation page, its projection mode (`present/`) and an
/// A4 print sheet (`print/`); per event: one page printing every group.
struct GroupPages {
    var frame: PageFrame
    var event: Event

    private var crumbsToEvent: [(String, String?)] {
        [(frame.t("navHome"), SitePaths.home), (event.title, SitePaths.event(event.slug))]
    }

    private func title(_ sheet: GroupSheet) -> String {
        frame.groupTitle(sheet.group, in: event)
    }

    func page(_ sheet: GroupSheet) throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.group(event.slug, sheet.group))
        let others = event.groupSheets.map { other in
            link(frame.groupTitle(other.group, in: event),
                 page.link(SitePaths.group(event.slug, other.group)), current: other.group == sheet.group)
        }
        return try frame.render(path: page.path, kind: "group", title: title(sheet), template: "group", values: context([
            "event": frame.eventValues(event, from: page),
            "group": frame.groupValues(sheet, in: event, from: page),
            "otherGroups": others,
            "groupFillHref": GroupFillPage.isOffered(theme: frame.theme, audience: frame.options.audience)
                && event.group(sheet.group) != nil ? page.link(SitePaths.groupFill(event.slug, sheet.group)) : nil,
        ]), breadcrumbs: crumbsToEvent + [(title(sheet), nil)], event: event,
            searchControls: sheet.commonProcedures.compactMap { $0.procedure.id?.control })
    }

    func present(_ sheet: GroupSheet) throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.groupPresent(event.slug, sheet.group))
        return try frame.render(path: page.path, kind: "present", title: title(sheet), template: "present", values: context([
            "event": frame.eventValues(event, from: page),
            "group": frame.groupValues(sheet, in: event, from: page),
            "backHref": page.link(SitePaths.group(event.slug, sheet.group)),
        ]), event: event, bare: true, scripts: ["assets/present.js"])
    }

    func print(_ sheet: GroupSheet) throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.groupPrint(event.slug, sheet.group))
        return try frame.render(path: page.path, kind: "print", title: title(sheet), template: "print", values: context([
            "event": frame.eventValues(event, from: page),
            "groups": [frame.groupValues(sheet, in: event, from: page)],
            "themeLevel": 2,
            "backHref": page.link(SitePaths.group(event.slug, sheet.group)),
        ]), event: event, bare: true)
    }

    func printAll() throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.groupsPrint(event.slug))
        return try frame.render(path: page.path, kind: "print-all", title: frame.t("printAllTitle"), template: "print", values: context([
            "event": frame.eventValues(event, from: page),
            "groups": event.groupSheets.map { frame.groupValues($0, in: event, from: page) },
            "backHref": page.link(SitePaths.event(event.slug)),
            "isAll": true,
            "themeLevel": 3,
        ]), event: event, bare: true)
    }
}
