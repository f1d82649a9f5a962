import Foundation
import Testing
@testable import Markdown

/// The GFM spec suite (cmark-gfm's `test/spec.txt` and `test/extensions.txt`,
/// stored under `Fixtures/`) through `HTMLRenderer`: every example must print
/// what cmark-gfm's safe mode prints for it (computed here by the C library,
/// `MarkdownParser.referenceHTML`), after the intended differences listed in
/// `docs/markdown.md` are applied to cmark's output (`IntendedDifferences`)
/// and both sides are serialised alike (`SpecHTML.normalized`).
@Suite struct GFMSpecTests {
    @Test func theSuiteIsThere() {
        // 673 + 28 examples, 2 of spec.txt's marked disabled.
        #expect(SpecExample.all.count == 699)
        #expect(SpecExample.all.filter { $0.file == "extensions.txt" }.count == 28)
    }

    @Test(arguments: SpecExample.all)
    func rendersAsCMarkGFMSafeMode(example: SpecExample) {
        let document = MarkdownDocument(parsing: example.markdown)
        // Seminar pages shift headings by one; the shift is undone on cmark's side.
        let ours = SpecHTML.normalized(HTMLRenderer(headingShift: 1).render(document.root), ours: true)
        let reference = MarkdownParser.referenceHTML(example.markdown)
        let expected = SpecHTML.normalized(IntendedDifferences.apply(to: reference, document: document, headingShift: 1), ours: false)
        #expect(ours == expected, "markdown: \(example.markdown.debugDescription)\ncmark:    \(reference.debugDescription)")
    }

    /// The reference itself is cmark-gfm: in the examples without raw HTML or
    /// unsafe URLs its safe mode prints what the spec says (a check that the
    /// C library and the fixtures are what this suite assumes).
    @Test func theReferenceMatchesTheSpecWhereSafeModeChangesNothing() {
        var compared = 0
        for example in SpecExample.all {
            let reference = MarkdownParser.referenceHTML(example.markdown)
            guard !reference.contains("<!-- raw HTML omitted -->"), !reference.contains("href=\"\""), !reference.contains("src=\"\"") else { continue }
            // Footnotes and task lists are extensions the site does not enable;
            // in examples written for plain CommonMark the autolink extension adds links.
            guard example.html.trimmingCharacters(in: .whitespacesAndNewlines) != "<IGNORE>",
                !example.html.contains("footnote"), !example.html.contains("checkbox"),
                !(example.extensions.isEmpty && reference.components(separatedBy: "<a ").count != example.html.components(separatedBy: "<a ").count)
            else { continue }
            compared += 1
            #expect(SpecHTML.normalized(reference, ours: false) == SpecHTML.normalized(example.html, ours: false), "\(example.testDescription)")
        }
        #expect(compared > 600)
    }
}

/// The differences from cmark-gfm's safe mode that the site means to have
/// (`docs/markdown.md`), applied to cmark's output so that anything else
/// that differs fails the spec test. The rules are written here, apart from
/// the renderer's code, so a renderer bug cannot hide behind them.
enum IntendedDifferences {
    /// Schemes a link may have (relative URLs have none).
    static let linkSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    static func apply(to reference: String, document: MarkdownDocument, headingShift: Int) -> String {
        var html = reference
        var raw: [MarkdownNode] = []
        var links: [MarkdownNode] = []
        var images: [MarkdownNode] = []
        collect(document.root, raw: &raw, links: &links, images: &images)
        html = showRawHTML(html, raw)
        html = dropLinks(html, links)
        html = dropImages(html, images)
        html = shiftHeadings(html, by: headingShift)
        return html
    }

    private static func collect(_ node: MarkdownNode, raw: inout [MarkdownNode], links: inout [MarkdownNode], images: inout [MarkdownNode]) {
        switch node.kind {
        case .htmlBlock, .htmlInline: raw.append(node)
        case .link: links.append(node)
        case .image: images.append(node)
        default: break
        }
        for child in node.children { collect(child, raw: &raw, links: &links, images: &images) }
    }

    /// 1. Raw HTML is shown as text: cmark omits it (`<!-- raw HTML omitted -->`);
    /// the site prints an HTML block as `<pre class="raw-html"><code>…</code></pre>`
    /// and inline HTML as escaped text.
    static func showRawHTML(_ html: String, _ raw: [MarkdownNode]) -> String {
        let marker = "<!-- raw HTML omitted -->"
        var out = ""
        var rest = html[...]
        var index = 0
        while let range = rest.range(of: marker) {
            out += rest[..<range.lowerBound]
            if index < raw.count {
                let node = raw[index]
                if case .htmlBlock = node.kind {
                    out += "<pre class=\"raw-html\"><code>\(escapeText(node.literal))</code></pre>"
                } else {
                    out += escapeText(node.literal)
                }
            }
            index += 1
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    /// The scheme of a URL (RFC 3986: a letter, then letters, digits, `+ - .`,
    /// then `:`), lower-cased; nil when the URL is relative.
    static func scheme(_ url: String) -> String? {
        let scalars = Array(url.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), colon > 0 else { return nil }
        let letters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let rest = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.")
        guard letters.contains(scalars[0]), scalars[1..<colon].allSatisfy({ rest.contains($0) }) else { return nil }
        return String(String.UnicodeScalarView(scalars[..<colon])).lowercased()
    }

    static func linkAllowed(_ url: String) -> Bool {
        guard let scheme = scheme(url) else { return true }
        return linkSchemes.contains(scheme)
    }

    static func imageAllowed(_ url: String) -> Bool {
        let lower = url.lowercased()
        if ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains(where: { lower.hasPrefix($0) }) { return true }
        return linkAllowed(url)
    }

    /// 2. The URL scheme allowlist: a link whose scheme is not http, https,
    /// mailto or tel shows its text without `<a>` (cmark keeps other schemes
    /// and empties `javascript:`-like ones).
    static func dropLinks(_ html: String, _ links: [MarkdownNode]) -> String {
        var out = ""
        var rest = html[...]
        var index = 0
        while let open = rest.range(of: "<a href=\"") {
            out += rest[..<open.lowerBound]
            let tagEnd = rest[open.upperBound...].firstIndex(of: ">")!
            var allowed = true
            if index < links.count, case .link(let destination, _) = links[index].kind { allowed = linkAllowed(destination) }
            index += 1
            if allowed {
                out += rest[open.lowerBound...tagEnd]
                rest = rest[rest.index(after: tagEnd)...]
            } else {
                rest = rest[rest.index(after: tagEnd)...]
                // Links do not nest; the next </a> closes this one.
                if let close = rest.range(of: "</a>") {
                    out += rest[..<close.lowerBound]
                    rest = rest[close.upperBound...]
                }
            }
        }
        return out + rest
    }

    /// 2. (images) An image whose URL is not allowed shows its alt text
    /// (cmark prints `<img src="">` for `javascript:`-like ones and keeps
    /// other schemes).
    static func dropImages(_ html: String, _ images: [MarkdownNode]) -> String {
        var out = ""
        var rest = html[...]
        var index = 0
        while let open = rest.range(of: "<img src=\"") {
            out += rest[..<open.lowerBound]
            let tagEnd = rest[open.upperBound...].range(of: " />")!.upperBound
            var allowed = true
            if index < images.count, case .image(let source, _) = images[index].kind { allowed = imageAllowed(source) }
            index += 1
            let tag = rest[open.lowerBound..<tagEnd]
            if allowed {
                out += tag
            } else if let alt = tag.range(of: " alt=\"") {
                out += tag[alt.upperBound...].prefix { $0 != "\"" }
            }
            rest = rest[tagEnd...]
        }
        return out + rest
    }

    /// 3. Heading shift: seminar pages render `#` as `<h2>` (capped at `<h6>`).
    static func shiftHeadings(_ html: String, by shift: Int) -> String {
        var out = html
        for level in (1...6).reversed() {
            let shown = min(6, level + shift)
            out = out.replacingOccurrences(of: "<h\(level)>", with: "<h\(shown)>")
                .replacingOccurrences(of: "</h\(level)>", with: "</h\(shown)>")
        }
        return out
    }

    static func escapeText(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// Serialisation differences that are not differences of meaning, removed
/// from both sides: HTML void tags (`<hr>` for `<hr />`), `'` escaped as
/// `&#39;` in text, `loading="lazy"` on images, line breaks next to block
/// tags; on the site's side heading anchors (`id` and the `#` self-link),
/// the `table-wrap` wrapper and alignment classes (`class="align-left"`
/// for `align="left"`).
enum SpecHTML {
    static let blockTags: Set<String> = [
        "p", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "table", "thead", "tbody", "tr",
        "th", "td", "div",
    ]

    static func normalized(_ html: String, ours: Bool) -> String {
        var text = html.replacingOccurrences(of: " />", with: ">")
        if ours {
            text = text.replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: " loading=\"lazy\"", with: "")
                .replacingOccurrences(of: "<div class=\"table-wrap\">", with: "")
                .replacingOccurrences(of: "</div>", with: "")
            for alignment in ["left", "center", "right"] {
                text = text.replacingOccurrences(of: " class=\"align-\(alignment)\"", with: " align=\"\(alignment)\"")
            }
            text = removeAnchors(text)
        }
        return trimBlockNewlines(text)
    }

    /// `<hN id="x">…<a class="anchor" href="#x" aria-hidden="true">#</a></hN>` → `<hN>…</hN>`.
    static func removeAnchors(_ html: String) -> String {
        var out = ""
        var rest = html[...]
        while let open = rest.range(of: " id=\"") {
            out += rest[..<open.lowerBound]
            rest = rest[open.upperBound...]
            if let quote = rest.firstIndex(of: "\"") { rest = rest[rest.index(after: quote)...] }
        }
        out += rest
        var result = ""
        rest = out[...]
        while let open = rest.range(of: "<a class=\"anchor\" href=\"") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "</a>") else { break }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// Drops line breaks that only separate block tags (outside `<pre>`).
    static func trimBlockNewlines(_ html: String) -> String {
        var tokens: [(text: String, isTag: Bool)] = []
        var rest = html[...]
        while !rest.isEmpty {
            if rest.first == "<", let end = rest.firstIndex(of: ">") {
                tokens.append((String(rest[...end]), true))
                rest = rest[rest.index(after: end)...]
            } else {
                let next = rest.dropFirst().firstIndex(of: "<") ?? rest.endIndex
                tokens.append((String(rest[..<next]), false))
                rest = rest[next...]
            }
        }
        func blockTag(_ tag: String) -> Bool {
            let name = tag.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
            return blockTags.contains(name.lowercased())
        }
        var out = ""
        var inPre = 0
        for (index, token) in tokens.enumerated() {
            if token.isTag {
                if token.text.hasPrefix("<pre") { inPre += 1 }
                if token.text.hasPrefix("</pre") { inPre -= 1 }
                out += token.text
                continue
            }
            var text = Substring(token.text)
            if inPre == 0 {
                if index > 0, tokens[index - 1].isTag, blockTag(tokens[index - 1].text) { text = text.drop { $0 == "\n" } }
                if index + 1 < tokens.count, tokens[index + 1].isTag, blockTag(tokens[index + 1].text) {
                    while text.last == "\n" { text = text.dropLast() }
                }
            }
            out += text
        }
        return out
    }
}
