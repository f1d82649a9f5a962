/// A position in a source file: 1-based line and 1-based column counted in
/// Unicode characters (not bytes), so Japanese text points where an editor does.
public struct SourcePoint: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePoint, b: SourcePoint) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// Column alignment of a GFM table column.
public enum TableAlignment: Sendable, Hashable {
    case none, left, center, right
}

/// One node of a parsed Markdown document, copied out of cmark-gfm's tree into
/// plain Swift values so it can cross threads and outlive the C parser.
public struct MarkdownNode: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case document
        case paragraph
        case heading(level: Int)
        case list(ordered: Bool, start: Int, tight: Bool)
        case item
        case blockQuote
        case codeBlock(info: String)
        case htmlBlock
        case thematicBreak
        case table(alignments: [TableAlignment])
        case tableRow(isHeader: Bool)
        case tableCell
        case text
        case softBreak
        case lineBreak
        case code
        case htmlInline
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(source: String, title: String)
        case other(String)
    }

    public var kind: Kind
    /// Text content of leaf nodes (text, code, code blocks, raw HTML).
    public var literal: String
    public var start: SourcePoint
    public var end: SourcePoint
    public var children: [MarkdownNode]

    public init(kind: Kind, literal: String = "", start: SourcePoint, end: SourcePoint, children: [MarkdownNode] = []) {
        self.kind = kind
        self.literal = literal
        self.start = start
        self.end = end
        self.children = children
    }

    /// The text a reader sees, without markup: inline text, code spans, and
    /// a space for each line break.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    private func appendPlainText(to out: inout String) {
        switch kind {
        case .text, .code:
            out += literal
        case .softBreak, .lineBreak:
            out += " "
        case .htmlInline, .htmlBlock:
            out += literal
        case .codeBlock:
            out += literal
        default:
            for child in children { child.appendPlainText(to: &out) }
        }
    }

    public var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }

    /// The highest (smallest) heading level anywhere in the tree, including
    /// headings inside block quotes and list items; nil without headings.
    public var highestHeadingLevel: Int? {
        var best: Int?
        if case .heading(let level) = kind { best = level }
        for child in children {
            if let level = child.highestHeadingLevel, level < (best ?? Int.max) { best = level }
        }
        return best
    }

    public var headingLevel: Int? {
        if case .heading(let level) = kind { return level }
        return nil
    }
}
