import Markdown
import Testing
@testable import Templates

/// What the engine does beyond the spec: the site's escaping rule, the
/// `empty(…)` function, `.name` lookups, and errors at line and column.
@Suite("Template engine")
struct TemplateEngineTests {
    private func render(_ source: String, _ values: TemplateObject, partials: [String: String] = [:]) throws -> String? {
        var sources = partials
        sources["page"] = source
        return try TemplateLibrary(sources: sources).render("page", with: values)
    }

    @Test func textIsEscapedEvenInTripleMustachesOnlySafeHTMLIsRaw() throws {
        let values: TemplateObject = ["text": "<b>&\"'", "bodyHTML": .html(SafeHTML(trusted: "<p>ok</p>"))]
        #expect(try render("{{{text}}}|{{&text}}|{{text}}", values) == "&lt;b&gt;&amp;&quot;&#39;|&lt;b&gt;&amp;&quot;&#39;|&lt;b&gt;&amp;&quot;&#39;")
        #expect(try render("{{{bodyHTML}}}|{{bodyHTML}}", values) == "<p>ok</p>|&lt;p&gt;ok&lt;/p&gt;")
    }

    @Test func escapingIsByScalarSoACombiningMarkCannotHideAQuote() throws {
        #expect(try render("<a title=\"{{t}}\">", ["t": "\"\u{301} onmouseover=x"]) == "<a title=\"&quot;\u{301} onmouseover=x\">")
    }

    @Test func emptyTellsWhetherAListHasItems() throws {
        let values: TemplateObject = ["items": ["a", "b"], "none": []]
        let source = "{{^empty(items)}}has{{/empty(items)}}{{#empty(none)}} none{{/empty(none)}}{{#empty(missing)}}never{{/empty(missing)}}"
        #expect(try render(source, values) == "has none")
    }

    @Test func aLeadingDotLooksOnlyInTheCurrentItem() throws {
        let values: TemplateObject = ["title": "page", "items": [.object(["id": 1]), .object(["id": 2, "title": "two"])]]
        #expect(try render("{{#items}}[{{title}}|{{.title}}]{{/items}}", values) == "[page|][two|two]")
    }

    @Test func numbersAndBooleansPrintAndTestAsInMustache() throws {
        let values: TemplateObject = ["zero": 0, "yes": true, "no": false]
        #expect(try render("{{zero}}{{#zero}}:{{.}}{{/zero}}{{#yes}} Y{{/yes}}{{^no}} N{{/no}}{{yes}}", values) == "0:0 Y Ntrue")
    }

    @Test func aPartialThatIncludesItselfStops() throws {
        let output = try render("{{> loop}}", [:], partials: ["loop": "x{{> loop}}"])
        #expect(output == String(repeating: "x", count: TemplateRendering.maximumDepth))
    }

    @Test func anIndentedPartialIndentsItsOwnLinesNotTheValuesLines() throws {
        let values: TemplateObject = ["rows": ["a", "b"], "note": "one\ntwo"]
        let partial = "<ul>\n{{#rows}}\n  <li>{{.}}</li>\n{{/rows}}\n</ul>\n{{note}}\n"
        let output = try render("<div>\n  {{> list}}\n</div>\n", values, partials: ["list": partial])
        #expect(output == "<div>\n  <ul>\n    <li>a</li>\n    <li>b</li>\n  </ul>\n  one\ntwo\n</div>\n")
    }

    @Test(arguments: [
        ("a\n  {{#open}}\n", 2, 3, TemplateError.Problem.unclosedSection("open")),
        ("{{#a}}{{/b}}", 1, 7, .unexpectedClose("b", open: "a")),
        ("x {{/a}}", 1, 3, .unexpectedClose("a", open: nil)),
        ("日本語 {{name", 1, 5, .unclosedTag),
        ("{{#first(items)}}{{/first(items)}}", 1, 1, .unknownTransform("first")),
        ("{{=<% %>}}", 1, 1, .unclosedTag),
        ("{{= x =}}", 1, 1, .badDelimiters("=x=")),
        ("{{<layout}}{{/layout}}", 1, 1, .unsupported("template inheritance ({{<…}}, {{$…}})")),
        ("{{>*dynamic}}", 1, 1, .unsupported("a dynamic partial {{>*dynamic}}")),
        ("{{}}", 1, 1, .emptyName),
    ])
    func errorsSayWhereAndWhat(source: String, line: Int, column: Int, problem: TemplateError.Problem) {
        #expect(throws: TemplateError(template: "page", line: line, column: column, problem: problem)) {
            _ = try TemplateLibrary(sources: ["page": source])
        }
    }
}
