import Foundation
import Mustache
import Testing
@testable import WorkshopSite

/// The compiled templates must print exactly what swift-mustache prints.
@Suite("Compiled page templates")
struct PageTemplateTests {
    /// Renders `main` (with `partials`) both ways; the fast path must compile.
    private func both(_ main: String, partials: [String: String] = [:], values: PageContext) throws -> (fast: String?, mustache: String?) {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: main), named: "main")
        for (name, source) in partials { library.register(try MustacheTemplate(string: source), named: name) }
        let templates = try #require(PageTemplates(library, names: ["main"] + partials.keys))
        return (templates.render(values, withTemplate: "main"), library.render(values, withTemplate: "main"))
    }

    private let values: PageContext = [
        "title": "リスク <評価> & \"対策\" 'A'",
        "count": 3, "zero": 0, "yes": true, "no": false,
        "t": ["business": "業務", "impact": "影響"] as [String: String],
        "items": [
            ["id": 1, "title": "ランサムウェア", "href": "../t/#t-1"] as PageContext,
            ["id": 2, "title": "標的型攻撃 <b>"] as PageContext,
        ],
        "empty": [] as [Any],
        "words": ["一", "二"],
        "group": ["id": "A", "name": "A: 製造業", "nested": ["deep": "底"] as PageContext] as PageContext,
        "html": "<p>safe</p>",
        "crlf": "line\r\n",
    ]

    @Test func variablesSectionsAndEscaping() throws {
        let template = """
        <h1>{{title}}</h1>{{{html}}}{{count}} {{zero}} {{yes}} {{missing}}
        {{#items}}<li>{{id}} {{#href}}<a href="{{href}}">{{/href}}{{.title}}{{#href}}</a>{{/href}} {{t.business}} {{group.name}}</li>
        {{/items}}
        {{^items}}none{{/items}}{{^empty}}no items{{/empty}}{{#empty}}never{{/empty}}
        {{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}not no{{/no}}{{#zero}}zero is {{.}}{{/zero}}{{^missing}}absent{{/missing}}
        {{#words}}[{{.}}]{{/words}} {{group.nested.deep}} {{#group}}{{id}}: {{name}} {{.id}} {{.title}}{{/group}}
        {{#empty(items)}}E{{/empty(items)}}{{^empty(items)}}not empty{{/empty(items)}}{{#empty(empty)}}is empty{{/empty(empty)}}
        {{count(items)}} {{first(words)}} {{uppercased(t.business)}}
        """
        let (fast, mustache) = try both(template, values: values)
        #expect(fast != nil)
        #expect(fast == mustache)
    }

    @Test func indentedPartialsAndStandaloneLines() throws {
        let partial = """
        <table>
          {{#items}}
          <tr><td>{{id}}</td><td>{{title}}</td></tr>
          {{/items}}
        </table>
        {{crlf}}after

        """
        let template = """
        <section>
          {{> rows}}
            {{#group}}
            {{> rows}}
            {{/group}}
        {{> rows}}
        {{! a comment }}
        {{> missing}}
        </section>

        """
        let (fast, mustache) = try both(template, partials: ["rows": partial], values: values)
        #expect(fast != nil)
        #expect(fast == mustache)
    }

    @Test func inheritanceIsLeftToSwiftMustache() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: "{{<layout}}{{$body}}x{{/body}}{{/layout}}"), named: "page")
        library.register(try MustacheTemplate(string: "[{{$body}}default{{/body}}]"), named: "layout")
        #expect(PageTemplates(library, names: ["page", "layout"]) == nil)
    }

    /// `"` + U+0301 is one Swift `Character` but two scalars to a browser:
    /// escaping by `Character` would leave the quote that ends the attribute.
    @Test func aCombiningMarkCannotCarryAQuoteOutOfAnAttribute() throws {
        let hostile = "x\"\u{301} autofocus onfocus=alert(1) y'\u{301}<\u{301}"
        func opensAttribute(_ html: String) -> Bool {
            let scalars = Array(html.unicodeScalars)
            return zip(scalars, scalars.dropFirst()).contains { ($0 == "\"" || $0 == "'" || $0 == "<") && $1 == "\u{301}" }
        }
        let template = "<a title=\"{{title}}\" data-x='{{title}}'>{{title}}</a>"
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: template), named: "main")
        let fast = try #require(PageTemplates(library, names: ["main"])?.render(["title": hostile], withTemplate: "main"))
        #expect(!opensAttribute(fast), "\(fast)")
        #expect(fast.contains("&quot;\u{301} autofocus"))
        // swift-mustache's own render (themes the fast path does not cover) gets made-safe values.
        let slow = try #require(library.render(LibraryEscaping.safe(["title": hostile, "bodyHTML": "<p>\"\u{301}</p>"]), withTemplate: "main"))
        #expect(!opensAttribute(slow), "\(slow)")
        #expect(slow.contains("x\u{FF02}\u{301} autofocus"))
        let markup = "<p>\"\u{301}</p>"
        let kept = LibraryEscaping.safe(["bodyHTML": markup])["bodyHTML"] as? String
        #expect(kept == markup, "markup is left alone")
        #expect(LibraryEscaping.safe(text: "ふつうの \"引用\" です") == "ふつうの \"引用\" です", "a quote without a combining mark is left for the escaper")
    }

    /// Every page of the default theme takes the fast path.
    @Test func defaultThemeCompiles() throws {
        let theme = try SiteTheme.load(name: "default", searching: [Repo.themes])
        let library = try theme.library()
        #expect(PageTemplates(library, names: theme.templates.keys) != nil)
    }
}
