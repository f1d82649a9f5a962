import Markdown
import WorkshopModel

/// The two ways Markdown reaches a page, both safe (no raw HTML, unsafe
/// links dropped, every text escaped by `HTMLRenderer`).
enum Markup {
    /// A whole article (seminar body, overview): headings shifted one level
    /// down under the page's `<h1>`, with anchors.
    static func article(_ markdown: String, lineOffset: Int = 0) -> String {
        let document = MarkdownDocument(parsing: markdown, lineOffset: lineOffset)
        return HTMLRenderer(headingShift: 1).render(document.root)
    }

    /// One field a participant wrote: inline Markdown.
    static func inline(_ text: WrittenText?) -> String {
        guard let text, !text.isBlank else { return "" }
        return inline(text.text)
    }

    static func inline(_ text: String) -> String {
        var html = HTMLRenderer(anchoredLevels: 7...7).renderInline(text)
        while html.hasSuffix("\n") { html.removeLast() }
        return html
    }

    /// A plain string for an attribute or element, escaped.
    static func escape(_ text: String) -> String { HTML.escape(text) }
}
