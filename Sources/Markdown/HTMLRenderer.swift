/// Renders a `MarkdownNode` tree to HTML, as cmark-gfm's safe mode does
/// apart from the differences listed in `docs/markdown.md`. Raw HTML written
/// in the Markdown is never passed through: it is printed as escaped text.
/// Links keep only relative URLs and `http`, `https`, `mailto`, `tel`
/// (`HTML.safeURL`); images also `data:image/png|gif|jpeg|webp`
/// (`HTML.safeImageURL`); any other link shows its text, any other image its
/// alt text. URLs are percent-encoded as cmark's `houdini_escape_href` does.
/// Headings get stable `id` anchors.
public struct HTMLRenderer: Sendable {
    /// What becomes of an image written in the Markdown.
    public enum Images: Sendable, Hashable {
        /// An `<img>` (organiser-written pages).
        case shown
        /// Never loaded: a link to the image (`<a class="image-link">`, its
        /// alt text or else its URL as the text), or the alt text alone when
        /// the URL is not safe to link to. For text participants write.
        case asLinks
    }

    /// Headings at these levels get an `id` and a self-link.
    public var anchoredLevels: ClosedRange<Int>
    /// Added to heading levels (1 turns `#` into `<h2>`), capped at 6.
    public var headingShift: Int
    public var images: Images

    public init(anchoredLevels: ClosedRange<Int> = 1...4, headingShift: Int = 0, images: Images = .shown) {
        self.anchoredLevels = anchoredLevels
        self.headingShift = headingShift
        self.images = images
    }

    /// Renders a whole document (or any block).
    public func render(_ node: MarkdownNode) -> String {
        var state = RenderState()
        var out = ""
        out.reserveCapacity(1024)
        renderNode(node, into: &out, state: &state, tight: false)
        return out
    }

    /// Renders a list of blocks, e.g. one section of a document.
    public func render(blocks: [MarkdownNode]) -> String {
        var state = RenderState()
        var out = ""
        for block in blocks { renderNode(block, into: &out, state: &state, tight: false) }
        return out
    }

    /// Renders the inline content of a piece of Markdown written in one field.
    public func renderInline(_ markdown: String) -> String {
        if Self.isPlainText(markdown) { return HTML.escape(markdown) }
        return renderInlineParsed(markdown)
    }

    /// `renderInline` through the parser, always.
    func renderInlineParsed(_ markdown: String) -> String {
        let document = MarkdownDocument(parsing: markdown)
        var state = RenderState()
        var out = ""
        // A single paragraph renders without its <p> wrapper.
        if document.blocks.count == 1, case .paragraph = document.blocks[0].kind {
            for child in document.blocks[0].children { renderNode(child, into: &out, state: &state, tight: true) }
            return out
        }
        for block in document.blocks { renderNode(block, into: &out, state: &state, tight: false) }
        return out
    }

    /// Whether cmark would render `text` as itself, escaped: one line, no
    /// surrounding spaces, no character that starts inline markup, an entity,
    /// an autolink or (at the start) a block. Most free text participants
    /// write is like that, and skipping the parser keeps rendering fast.
    static func isPlainText(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if first.properties.isWhitespace || last.properties.isWhitespace { return false }
        switch first {
        case "#", "-", "+", ">", "=", "|", "0"..."9": return false
        default: break
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\\", "`", "*", "_", "[", "]", "<", ">", "&", "~", "!", "@", ":", "|": return false
            default:
                if scalar.value < 0x20 { return false }
            }
        }
        // "www." starts an autolink (any case).
        var previous: [UInt8] = []
        for byte in text.utf8 {
            let lower = byte | 0x20
            if byte == UInt8(ascii: "."), previous.count == 3, previous.allSatisfy({ $0 == UInt8(ascii: "w") }) { return false }
            if lower == UInt8(ascii: "w") {
                previous.append(lower)
                if previous.count > 3 { previous.removeFirst() }
            } else {
                previous.removeAll(keepingCapacity: true)
            }
        }
        return true
    }

    /// Anchors already used in one rendered document.
    struct RenderState {
        var usedAnchors: [String: Int] = [:]
        /// Inside a link's text (an image shown as a link would nest links).
        var inLink = false

        mutating func anchor(for text: String) -> String {
            let base = HTMLRenderer.slug(text)
            let count = usedAnchors[base, default: 0]
            usedAnchors[base] = count + 1
            return count == 0 ? base : "\(base)-\(count)"
        }
    }

    private func renderNode(_ node: MarkdownNode, into out: inout String, state: inout RenderState, tight: Bool) {
        switch node.kind {
        case .document:
            for child in node.children { renderNode(child, into: &out, state: &state, tight: false) }
        case .paragraph:
            if tight {
                for child in node.children { renderNode(child, into: &out, state: &state, tight: tight) }
                out += "\n"
            } else {
                out += "<p>"
                for child in node.children { renderNode(child, into: &out, state: &state, tight: tight) }
                out += "</p>\n"
            }
        case .heading(let level):
            let shown = min(6, max(1, level + headingShift))
            if anchoredLevels.contains(level) {
                let id = state.anchor(for: node.plainText)
                out += "<h\(shown) id=\"\(HTML.escape(id))\">"
                for child in node.children { renderNode(child, into: &out, state: &state, tight: tight) }
                out += "<a class=\"anchor\" href=\"#\(HTML.escape(id))\" aria-hidden=\"true\">#</a></h\(shown)>\n"
            } else {
                out += "<h\(shown)>"
                for child in node.children { renderNode(child, into: &out, state: &state, tight: tight) }
                out += "</h\(shown)>\n"
            }
        case .list(let ordered, let start, let isTight):
            if ordered {
                out += start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
            } else {
                out += "<ul>\n"
            }
            for child in node.children { renderNode(child, into: &out, state: &state, tight: isTight) }
            out += ordered ? "</ol>\n" : "</ul>\n"
        case .item:
            out += "<li>"
            for child in node.children { renderNode(child, into: &out, state: &state, tight: tight) }
            if out.hasSuffix("\n") { out.removeLast() }
            out += "</li>\n"
        case .blockQuote:
            out += "<blockquote>\n"
            for child in node.children { renderNode(child, into: &out, state: &state, tight: false) }
            out += "</blockquote>\n"
        case .codeBlock(let info):
            // The first word of the info string, as cmark takes it (any
            // whitespace ends it, so a tab never reaches the class name).
            let language = String(info.unicodeScalars.prefix { !Self.isCMarkSpace($0) })
            if language.isEmpty {
                out += "<pre><code>"
            } else {
                out += "<pre><code class=\"language-\(HTML.escape(language))\">"
            }
            out += HTML.escape(node.literal)
            out += "</code></pre>\n"
        case .htmlBlock:
            // Raw HTML is shown as text, never rendered.
            out += "<pre class=\"raw-html\"><code>\(HTML.escape(node.literal))</code></pre>\n"
        case .thematicBreak:
            out += "<hr>\n"
        case .table(let alignments):
            out += "<div class=\"table-wrap\"><table>\n"
            var inBody = false
            for row in node.children {
                if case .tableRow(let isHeader) = row.kind, isHeader {
                    out += "<thead>\n"
                    renderRow(row, cell: "th", alignments: alignments, into: &out, state: &state)
                    out += "</thead>\n"
                } else {
                    if !inBody { out += "<tbody>\n"; inBody = true }
                    renderRow(row, cell: "td", alignments: alignments, into: &out, state: &state)
                }
            }
            if inBody { out += "</tbody>\n" }
            out += "</table></div>\n"
        case .tableRow, .tableCell:
            for child in node.children { renderNode(child, into: &out, state: &state, tight: tight) }
        case .text:
            out += HTML.escape(node.literal)
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br>\n"
        case .code:
            out += "<code>\(HTML.escape(node.literal))</code>"
        case .htmlInline:
            out += HTML.escape(node.literal)
        case .emphasis:
            out += "<em>"
            for child in node.children { renderNode(child, into: &out, state: &state, tight: tight) }
            out += "</em>"
        case .strong:
            out += "<strong>"
            for child in node.children { renderNode(child, into: &out, state: &state, tight: tight) }
            out += "</strong>"
        case .strikethrough:
            out += "<del>"
            for child in node.children { renderNode(child, into: &out, state: &state, tight: tight) }
            out += "</del>"
        case .link(let destination, let title):
            if let safe = HTML.safeURL(destination) {
                out += "<a href=\"\(HTML.escapeHref(safe))\""
                if !title.isEmpty { out += " title=\"\(HTML.escape(title))\"" }
                out += ">"
                let outer = state.inLink
                state.inLink = true
                for child in node.children { renderNode(child, into: &out, state: &state, tight: tight) }
                state.inLink = outer
                out += "</a>"
            } else {
                for child in node.children { renderNode(child, into: &out, state: &state, tight: tight) }
            }
        case .image(let source, let title):
            switch images {
            case .shown:
                if let safe = HTML.safeImageURL(source) {
                    out += "<img src=\"\(HTML.escapeHref(safe))\" alt=\"\(HTML.escape(node.plainText))\""
                    if !title.isEmpty { out += " title=\"\(HTML.escape(title))\"" }
                    out += " loading=\"lazy\">"
                } else {
                    out += HTML.escape(node.plainText)
                }
            case .asLinks:
                let alt = node.plainText
                if !state.inLink, let safe = HTML.safeURL(source) {
                    out += "<a class=\"image-link\" href=\"\(HTML.escapeHref(safe))\""
                    if !title.isEmpty { out += " title=\"\(HTML.escape(title))\"" }
                    out += ">\(HTML.escape(alt.isEmpty ? safe : alt))</a>"
                } else {
                    out += HTML.escape(alt)
                }
            }
        case .other:
            for child in node.children { renderNode(child, into: &out, state: &state, tight: tight) }
        }
    }

    private func renderRow(_ row: MarkdownNode, cell tag: String, alignments: [TableAlignment], into out: inout String, state: inout RenderState) {
        out += "<tr>"
        for (index, cell) in row.children.enumerated() {
            let alignment = index < alignments.count ? alignments[index] : .none
            switch alignment {
            case .none: out += "<\(tag)>"
            case .left: out += "<\(tag) class=\"align-left\">"
            case .center: out += "<\(tag) class=\"align-center\">"
            case .right: out += "<\(tag) class=\"align-right\">"
            }
            for child in cell.children { renderNode(child, into: &out, state: &state, tight: true) }
            out += "</\(tag)>"
        }
        out += "</tr>\n"
    }

    /// cmark's `cmark_isspace`: space, tab, line feed, vertical tab, form
    /// feed, carriage return.
    static func isCMarkSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return true
        default: return false
        }
    }

    /// A stable anchor for a heading: lower-cased ASCII letters and digits,
    /// CJK and other letters kept, everything else folded to single hyphens.
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "section" : out
    }
}
