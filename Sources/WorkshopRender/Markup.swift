import Foundation
import Markdown
import WorkshopModel

/// The two ways Markdown reaches a page, both safe (no raw HTML, unsafe
/// links dropped, every text escaped by `HTMLRenderer`).
enum Markup {
    /// A whole article (seminar body, overview) under the page's `<h1>`:
    /// headings shifted so the article's top level becomes `<h2>` (a body
    /// written with `#` is shifted by one, one written with `##` is not), with anchors.
    static func article(_ markdown: String, lineOffset: Int = 0) -> SafeHTML {
        let document = MarkdownDocument(parsing: markdown, lineOffset: lineOffset)
        // Every heading counts, also those in block quotes and lists, so
        // none renders as a second <h1>.
        let top = document.root.highestHeadingLevel ?? 2
        return SafeHTML(trusted: HTMLRenderer(headingShift: max(0, 2 - top)).render(document.root))
    }

    /// The `<h2>` sections of rendered article HTML, for a table of contents.
    static func contents(ofArticle article: SafeHTML) -> [(id: String, title: String)] {
        var entries: [(id: String, title: String)] = []
        var rest = article.html[...]
        while let open = rest.range(of: "<h2 id=\"") {
            let after = rest[open.upperBound...]
            guard let idEnd = after.firstIndex(of: "\""), let close = after.range(of: "</h2>") else { break }
            let id = String(after[..<idEnd])
            var inner = String(after[after.index(after: idEnd)..<close.lowerBound])
            if let anchor = inner.range(of: "<a class=\"anchor\"") { inner = String(inner[..<anchor.lowerBound]) }
            entries.append((id: unescape(id), title: unescape(stripTags(inner))))
            rest = after[close.upperBound...]
        }
        return entries
    }

    private static func stripTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        return out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Undoes `HTML.escape` (the template escapes again).
    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// One field a participant wrote: inline Markdown.
    static func inline(_ text: WrittenText?) -> SafeHTML {
        guard let text, !text.isBlank else { return .empty }
        return inline(text.text)
    }

    static func inline(_ text: String) -> SafeHTML {
        // Participants' text never loads an image (remote or not): images become links.
        var html = HTMLRenderer(anchoredLevels: 7...7, images: .asLinks).renderInline(text)
        while html.hasSuffix("\n") { html.removeLast() }
        return SafeHTML(trusted: html)
    }
}
