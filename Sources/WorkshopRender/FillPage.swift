import Foundation
import Markdown
import WorkshopModel

/// The fill-in form's data (contract with the form's script), and the page
/// `fill/` that carries it. The theme's `fill` template and script belong to
/// the form; this side only provides `dataJSON`, safe inside
/// `<script type="application/json">`.
struct FillData: Encodable {
    struct EventInfo: Encodable { var slug: String; var title: String; var date: String? }
    /// `label` is what the group menu shows: `A 卸業・製造業グループ`, the id alone
    /// without a name, the name alone when it already says the id (`GroupTitle`).
    struct Group: Encodable {
        var id: String
        var name: String
        var label: String

        init(id: String, name: String) {
            self.id = id
            self.name = name
            switch GroupTitle.form(name: name, id: id) {
            case .idAlone: label = id
            case .nameAlone: label = name
            case .both: label = id + " " + name
            }
        }
    }
    typealias ThreatInfo = FormCatalogue.ThreatInfo
    typealias ProcedureInfo = FormCatalogue.ProcedureInfo
    typealias ControlInfo = FormCatalogue.ControlInfo

    var language: String
    var event: EventInfo
    var groups: [Group]
    var threats: [ThreatInfo]
    var excludedThreats: [Int]
    var controls: [ControlInfo]
    var collect: Bool

    init(event: Event, content: Content, collect: Bool = false) {
        let language = content.site.language
        self.language = language.rawValue
        self.event = EventInfo(slug: event.slug, title: event.title, date: event.date?.description)
        groups = event.groups.map { Group(id: $0.id, name: $0.name) }
        let catalogue = FormCatalogue(event: event, content: content)
        threats = catalogue.threats
        excludedThreats = catalogue.excludedThreats
        controls = catalogue.controls
        self.collect = collect
    }

    /// JSON safe inside `<script type="application/json">` (`FormCatalogue.scriptSafeJSON`).
    func scriptSafeJSON() -> String { FormCatalogue.scriptSafeJSON(self) }

    static func scriptSafe(_ json: String) -> String { FormCatalogue.scriptSafe(json) }
}

struct FillPage {
    var frame: PageFrame
    var event: Event
    /// The form may submit to `workshop serve --collect`.
    var collect: Bool = false

    /// Whether a build has fill-in forms: only the facilitator's. Worksheets
    /// are collected in the room (from the facilitator's build or `serve
    /// --collect`); a public site is read after the event, where a form would
    /// invite input nobody receives.
    static func isOffered(theme: SiteTheme, audience: Audience) -> Bool {
        theme.hasTemplate("fill") && audience.isFacilitator
    }

    func render() throws(BuildError) -> RenderedFile? {
        guard Self.isOffered(theme: frame.theme, audience: frame.options.audience) else { return nil }
        let page = PagePath(SitePaths.fill(event.slug))
        let title = frame.t("fillTitle")
        // `dataJSON` is JSON made safe for a script element; the template prints it with {{{dataJSON}}}.
        return try frame.render(path: page.path, kind: "fill", title: title, template: "fill", values: context([
            "event": frame.eventValues(event, from: page),
            "dataJSON": SafeHTML(trusted: FillData(event: event, content: frame.content, collect: collect).scriptSafeJSON()),
            "fillScriptHref": page.link("assets/fill.js"),
            "fillCSSHref": page.link("assets/fill.css"),
        ]), breadcrumbs: [(frame.t("navHome"), SitePaths.home), (event.title, SitePaths.event(event.slug)), (title, nil)], event: event)
    }
}
