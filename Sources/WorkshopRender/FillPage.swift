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
    struct ThreatInfo: Encodable { var id: Int; var title: String; var summary: String }
    /// `text` in the site's language; `otherTexts`: the table's texts in its
    /// other languages, which the form's search also matches.
    struct ProcedureInfo: Encodable { var id: String; var text: String; var otherTexts: [String] }
    struct ControlInfo: Encodable {
        var no: Int
        var category: String
        var categoryName: String
        var iso: String
        var title: String
        var otherTitles: [String]
        var procedures: [ProcedureInfo]
    }

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
        threats = (content.threatCatalogue(event.threatCatalogueID)?.threats ?? [])
            .filter { !event.excludedThreats.contains($0.id) }
            .map { ThreatInfo(id: $0.id, title: $0.title(in: language), summary: $0.summary(in: language)) }
        excludedThreats = event.excludedThreats
        controls = (content.controlTable(event.controlTableID)?.controls ?? []).map { control in
            ControlInfo(no: control.number, category: control.category.rawValue, categoryName: control.category.name(in: language),
                        iso: control.iso, title: control.title(in: language),
                        otherTitles: ([control.title] + control.titleTranslations.sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value))
                            .filter { $0 != control.title(in: language) },
                        procedures: control.procedures.map { procedure in
                            ProcedureInfo(id: procedure.id.description, text: procedure.text(in: language),
                                          otherTexts: procedure.texts.filter { $0 != procedure.text(in: language) })
                        })
        }
        self.collect = collect
    }

    /// JSON with `<`, `>`, `&` and the JavaScript line separators escaped as `\uXXXX`.
    func scriptSafeJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return Self.scriptSafe(json)
    }

    static func scriptSafe(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
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
