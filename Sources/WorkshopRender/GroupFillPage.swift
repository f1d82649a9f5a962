import Markdown
import WorkshopModel

/// The group form (`events/<slug>/groups/<id>/fill/`): one per group of
/// event.yaml, opened by the group's scribe after the group work. It opens
/// with what the group's members wrote in their worksheets (`GroupFillData`)
/// so the scribe picks and edits rather than types, and gives the group
/// sheet (`groups/<id>.md`) to download, copy or submit.
struct GroupFillPage {
    var frame: PageFrame
    var event: Event
    var group: GroupInfo
    /// The form may submit to `workshop serve --collect`.
    var collect: Bool = false

    /// Whether a build has group forms: only the facilitator's (as
    /// `FillPage.isOffered`): the form carries every member's text,
    /// published or not, and a public site is read after the event.
    static func isOffered(theme: SiteTheme, audience: Audience) -> Bool {
        theme.hasTemplate("group-fill") && audience.isFacilitator
    }

    func render() throws(BuildError) -> RenderedFile? {
        guard Self.isOffered(theme: frame.theme, audience: frame.options.audience) else { return nil }
        let page = PagePath(SitePaths.groupFill(event.slug, group.id))
        let groupTitle = frame.groupTitle(group.id, in: event)
        let title = frame.t("groupFillTitle", ["group": groupTitle])
        let data = GroupFillData(event: event, group: group, content: frame.content, strings: frame.strings, collect: collect)
        var crumbs: [(String, String?)] = [(frame.t("navHome"), SitePaths.home), (event.title, SitePaths.event(event.slug))]
        if event.groupSheet(group.id) != nil { crumbs.append((groupTitle, SitePaths.group(event.slug, group.id))) }
        crumbs.append((frame.t("groupFillCrumb"), nil))
        // `dataJSON` is JSON made safe for a script element; the template prints it with {{{dataJSON}}}.
        return try frame.render(path: page.path, kind: "group-fill", title: title, template: "group-fill", values: context([
            "event": frame.eventValues(event, from: page),
            "groupTitle": groupTitle,
            "groupHref": event.groupSheet(group.id) == nil ? nil : page.link(SitePaths.group(event.slug, group.id)),
            "dataJSON": SafeHTML(trusted: data.scriptSafeJSON(memory: frame.groupFormMemory)),
            "formScriptHref": page.link("assets/form-kit.js"),
            "groupFillScriptHref": page.link("assets/group-fill.js"),
            "groupFillCSSHref": page.link("assets/fill.css"),
        ]), breadcrumbs: crumbs, event: event)
    }
}
