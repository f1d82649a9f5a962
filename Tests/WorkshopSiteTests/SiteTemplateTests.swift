import Markdown
import Templates
import Testing
@testable import WorkshopBuild
@testable import WorkshopRender

/// The site's side of the template engine: the default theme parses, page
/// values are typed, and only `SafeHTML` is ever printed raw.
@Suite("Site templates")
struct SiteTemplateTests {
    @Test func theDefaultThemeParses() throws {
        let theme = try SiteTheme.load(name: "default", searching: [Repo.themes])
        let library = try theme.library()
        for name in ["base", "event", "worksheet", "group", "present", "print", "report", "aggregates", "fill", "obstacle-table"] {
            #expect(library.contains(name), "\(name)")
        }
    }

    /// `"` + U+0301 is one Swift `Character` but two scalars to a browser:
    /// escaping by `Character` would leave the quote that ends the attribute.
    @Test func aCombiningMarkCannotCarryAQuoteOutOfAnAttribute() throws {
        let hostile = "x\"\u{301} autofocus onfocus=alert(1) y'\u{301}<\u{301}"
        let library = try TemplateLibrary(sources: ["main": "<a title=\"{{title}}\" data-x='{{title}}'>{{{title}}}</a>"])
        let html = try #require(library.render("main", with: context(["title": hostile])))
        let scalars = Array(html.unicodeScalars)
        let opens = zip(scalars, scalars.dropFirst()).contains { ($0 == "\"" || $0 == "'" || $0 == "<") && $1 == "\u{301}" }
        #expect(!opens, "\(html)")
        #expect(html.contains("&quot;\u{301} autofocus"))
    }

    /// A value meant as markup but made from a plain string is escaped, so a
    /// renderer that forgets `SafeHTML` shows tags as text instead of running them.
    @Test func textUnderAnHTMLKeyIsStillEscaped() throws {
        let library = try TemplateLibrary(sources: ["main": "{{{bodyHTML}}}|{{{safeHTML}}}"])
        let values = context(["bodyHTML": "<script>alert(1)</script>", "safeHTML": Markup.inline("**太字**")])
        #expect(library.render("main", with: values) == "&lt;script&gt;alert(1)&lt;/script&gt;|<strong>太字</strong>")
    }

    @Test func contextLeavesOutNilAndEmptyValues() {
        let values = context(["a": "", "b": nil as String?, "c": SafeHTML.empty, "d": 0, "e": false, "f": [String]()])
        #expect(values.keys.sorted() == ["d", "e", "f"])
        #expect(values["d"] == .number(0))
        #expect(values["f"] == .list([]))
    }
}
