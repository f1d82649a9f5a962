import CMarkGFM
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed Markdown document: the cmark-gfm AST as Swift values, with source
/// positions shifted by `lineOffset` so they point into the original file
/// (for example below a front-matter block).
public struct MarkdownDocument: Sendable {
    public let root: MarkdownNode
    /// The source lines (without line terminators) of the Markdown text that was parsed.
    public let lines: [Substring]
    public let lineOffset: Int
    /// For each line, whether each of its scalars is a character of its own
    /// (`Substring.isOneScalarPerCharacter`), worked out once.
    private let oneScalarPerCharacter: [Bool]
    /// Constructs the parser would be slow on, kept as text (`ParseGuard`);
    /// readers report them as findings.
    public let guardedConstructs: [GuardedConstruct]

    /// Top-level blocks of the document.
    public var blocks: [MarkdownNode] { root.children }

    /// Parses `text` (LF line endings expected; CR is tolerated) with the GFM
    /// extensions `table`, `strikethrough`, `autolink` and `tagfilter`.
    /// `lineOffset` is added to every line number.
    public init(parsing text: String, lineOffset: Int = 0) {
        // Found on the bytes (no grapheme breaking); a line ending in CR loses it.
        let lines = SourceLines.lines(text).map { $0.utf8.last == 0x0D ? $0.dropLast() : $0 }
        self.lines = lines
        self.lineOffset = lineOffset
        let simple = lines.map(\.isOneScalarPerCharacter)
        self.oneScalarPerCharacter = simple
        let guarded = ParseGuard(text, lineOffset: lineOffset)
        self.guardedConstructs = guarded.constructs
        self.root = MarkdownParser.parse(guarded.text, lines: lines, simple: simple, guard: guarded, lineOffset: lineOffset)
    }

    /// The source text between two points (inclusive of the end column),
    /// as written, used to keep free text exactly as the participant typed it.
    public func source(from start: SourcePoint, to end: SourcePoint) -> String {
        let first = start.line - lineOffset - 1
        let last = min(end.line - lineOffset - 1, lines.count - 1)
        guard first >= 0, first < lines.count, last >= first else { return "" }
        var parts: [Substring] = []
        for index in first...last {
            let line = lines[index]
            // Columns are characters; counted as scalars where each scalar is one.
            let simple = oneScalarPerCharacter[index]
            let count = simple ? line.unicodeScalars.count : line.count
            let from = index == first ? max(0, start.column - 1) : 0
            let to = index == last ? min(count, end.column) : count
            if from >= to {
                parts.append("")
                continue
            }
            if simple {
                let scalars = line.unicodeScalars
                parts.append(Substring(scalars[scalars.index(scalars.startIndex, offsetBy: from)..<scalars.index(scalars.startIndex, offsetBy: to)]))
                continue
            }
            let lo = line.index(line.startIndex, offsetBy: from)
            let hi = line.index(line.startIndex, offsetBy: to)
            parts.append(line[lo..<hi])
        }
        return parts.joined(separator: "\n")
    }

    /// The characters of the source line with the given (file) line number,
    /// as `Array(line(number))` (made from the scalars when each is one).
    public func characters(line number: Int) -> [Character]? {
        let index = number - lineOffset - 1
        guard index >= 0, index < lines.count else { return nil }
        return oneScalarPerCharacter[index] ? lines[index].unicodeScalars.map(Character.init) : Array(lines[index])
    }

    /// The number of characters of the source line with the given (file) line number.
    public func characterCount(line number: Int) -> Int? {
        let index = number - lineOffset - 1
        guard index >= 0, index < lines.count else { return nil }
        return oneScalarPerCharacter[index] ? lines[index].unicodeScalars.count : lines[index].count
    }

    /// Characters `range` (0-based, clamped to the line) of the source line
    /// with the given (file) line number, as `String(Array(line)[range])`.
    public func text(line number: Int, characters range: Range<Int>) -> String? {
        let index = number - lineOffset - 1
        guard index >= 0, index < lines.count else { return nil }
        let line = lines[index]
        if oneScalarPerCharacter[index] {
            let scalars = line.unicodeScalars
            let lo = scalars.index(scalars.startIndex, offsetBy: range.lowerBound, limitedBy: scalars.endIndex) ?? scalars.endIndex
            let hi = scalars.index(lo, offsetBy: range.count, limitedBy: scalars.endIndex) ?? scalars.endIndex
            return String(Substring(scalars[lo..<hi]))
        }
        let lo = line.index(line.startIndex, offsetBy: range.lowerBound, limitedBy: line.endIndex) ?? line.endIndex
        let hi = line.index(lo, offsetBy: range.count, limitedBy: line.endIndex) ?? line.endIndex
        return String(line[lo..<hi])
    }

    /// The offset (0-based) of the first character in `range` of the source
    /// line with the given (file) line number for which `predicate` is true,
    /// as `Array(line)[range].firstIndex(where:)`; the line is read no further.
    public func firstCharacter(line number: Int, in range: Range<Int>, where predicate: (Character) -> Bool) -> Int? {
        let index = number - lineOffset - 1
        guard index >= 0, index < lines.count else { return nil }
        let line = lines[index]
        if oneScalarPerCharacter[index] {
            let scalars = line.unicodeScalars
            guard var at = scalars.index(scalars.startIndex, offsetBy: range.lowerBound, limitedBy: scalars.endIndex) else { return nil }
            var offset = range.lowerBound
            while offset < range.upperBound, at < scalars.endIndex {
                if predicate(Character(scalars[at])) { return offset }
                scalars.formIndex(after: &at)
                offset += 1
            }
            return nil
        }
        guard var at = line.index(line.startIndex, offsetBy: range.lowerBound, limitedBy: line.endIndex) else { return nil }
        var offset = range.lowerBound
        while offset < range.upperBound, at < line.endIndex {
            if predicate(line[at]) { return offset }
            line.formIndex(after: &at)
            offset += 1
        }
        return nil
    }

    /// The whole source line with the given (file) line number.
    public func line(_ number: Int) -> Substring? {
        let index = number - lineOffset - 1
        guard index >= 0, index < lines.count else { return nil }
        return lines[index]
    }
}

/// cmark-gfm 0.29 (Debian) keeps process-global tables in its parser and
/// extension registry, so parses are serialised behind this lock. Everything
/// after the parse (conversion to Swift values, checking, rendering) runs freely.
enum MarkdownParser {
    private static let lock = Mutex<Void>(())

    static func parse(_ text: String, lines: [Substring], simple: [Bool], guard guarded: ParseGuard, lineOffset: Int) -> MarkdownNode {
        let columns = ColumnMap(lines: lines, simple: simple, guard: guarded)
        let empty = MarkdownNode(kind: .document, start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))
        return withDocument(text, options: CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8) { document, _ in
            convert(document, columns: columns, lineOffset: lineOffset)
        } ?? empty
    }

    /// cmark-gfm's own HTML for `text` in its safe mode (the default: raw
    /// HTML omitted, `javascript:`-like URLs emptied), with the same four
    /// extensions, as `cmark-gfm --extension table --extension strikethrough
    /// --extension autolink --extension tagfilter` prints it: the reference
    /// the GFM spec tests and the Markdown fuzz target compare `HTMLRenderer` with.
    static func referenceHTML(_ text: String) -> String {
        let options = CMARK_OPT_DEFAULT
        return withDocument(text, options: options) { document, parser -> String in
            guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
            defer { free(html) }
            return String(cString: html)
        } ?? ""
    }

    /// Parses `text` with the four extensions (`table`, `strikethrough`,
    /// `autolink`, `tagfilter`) and hands the document to `body`, under the
    /// lock (cmark-gfm's extension registry is shared); nil when cmark fails.
    private static func withDocument<T>(_ text: String, options: Int32, _ body: (OpaquePointer, OpaquePointer) -> T) -> T? {
        lock.withLock { _ -> T? in
            cmark_gfm_core_extensions_ensure_registered()
            guard let parser = cmark_parser_new(options) else { return nil }
            defer { cmark_parser_free(parser) }
            for name in ["table", "strikethrough", "autolink", "tagfilter"] {
                if let ext = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, ext)
                }
            }
            var utf8 = Array(text.utf8)
            utf8.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress.map { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
                }
            }
            guard let document = cmark_parser_finish(parser) else { return nil }
            defer { cmark_node_free(document) }
            return body(document, parser)
        }
    }

    /// Converts iteratively-deep trees recursively; cmark-gfm itself limits
    /// nesting depth of block quotes and lists to what its parser accepts,
    /// and we cap recursion so hostile input cannot overflow the stack.
    private static func convert(_ node: OpaquePointer, columns: ColumnMap, lineOffset: Int, depth: Int = 0) -> MarkdownNode {
        let kind = kindOf(node)
        let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        let startLine = Int(cmark_node_get_start_line(node))
        let endLine = Int(cmark_node_get_end_line(node))
        let start = SourcePoint(
            line: startLine + lineOffset,
            column: columns.characterColumn(line: startLine, byteColumn: Int(cmark_node_get_start_column(node))))
        let end = SourcePoint(
            line: endLine + lineOffset,
            column: columns.characterColumn(line: endLine, byteColumn: Int(cmark_node_get_end_column(node))))
        var children: [MarkdownNode] = []
        if depth < 200 {
            var child = cmark_node_first_child(node)
            while let current = child {
                children.append(convert(current, columns: columns, lineOffset: lineOffset, depth: depth + 1))
                child = cmark_node_next(current)
            }
        }
        return MarkdownNode(kind: kind, literal: literal, start: start, end: end, children: children)
    }

    private static func kindOf(_ node: OpaquePointer) -> MarkdownNode.Kind {
        let typeName = cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
        switch typeName {
        case "document": return .document
        case "paragraph": return .paragraph
        case "heading": return .heading(level: Int(cmark_node_get_heading_level(node)))
        case "list":
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            return .list(ordered: ordered, start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0)
        case "item": return .item
        case "block_quote": return .blockQuote
        case "code_block":
            return .codeBlock(info: cmark_node_get_fence_info(node).map { String(cString: $0) } ?? "")
        case "html_block": return .htmlBlock
        case "thematic_break": return .thematicBreak
        case "table":
            let count = Int(cmark_gfm_extensions_get_table_columns(node))
            var alignments: [TableAlignment] = []
            if let raw = cmark_gfm_extensions_get_table_alignments(node) {
                for index in 0..<count {
                    switch UInt8(raw[index]) {
                    case UInt8(ascii: "l"): alignments.append(.left)
                    case UInt8(ascii: "c"): alignments.append(.center)
                    case UInt8(ascii: "r"): alignments.append(.right)
                    default: alignments.append(.none)
                    }
                }
            }
            return .table(alignments: alignments)
        case "table_header": return .tableRow(isHeader: true)
        case "table_row": return .tableRow(isHeader: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        case "table_cell": return .tableCell
        case "text": return .text
        case "softbreak": return .softBreak
        case "linebreak": return .lineBreak
        case "code": return .code
        case "html_inline": return .htmlInline
        case "emph": return .emphasis
        case "strong": return .strong
        case "strikethrough": return .strikethrough
        case "link":
            return .link(
                destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                title: cmark_node_get_title(node).map { String(cString: $0) } ?? "")
        case "image":
            return .image(
                source: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                title: cmark_node_get_title(node).map { String(cString: $0) } ?? "")
        default: return .other(typeName)
        }
    }
}

/// Maps cmark's 1-based byte columns to 1-based character columns.
/// ASCII lines map one to one; for other lines a table gives, for every byte,
/// the character that contains it (built once per line, so deep trees with
/// many nodes per line stay linear).
struct ColumnMap {
    private let tables: [[Int32]?]
    /// Backslashes the guard inserted, taken out of cmark's columns first.
    private let guarded: ParseGuard?

    init(lines: [Substring], simple: [Bool]? = nil, guard guarded: ParseGuard? = nil) {
        self.guarded = guarded?.changesColumns == true ? guarded : nil
        let simple = simple ?? lines.map(\.isOneScalarPerCharacter)
        tables = zip(lines, simple).map { line, oneScalarPerCharacter in
            let utf8 = line.utf8
            guard utf8.contains(where: { $0 >= 0x80 }) else { return nil }
            var table: [Int32] = []
            table.reserveCapacity(utf8.count)
            var column: Int32 = 0
            if oneScalarPerCharacter {
                // A character per scalar: a new column at each byte that starts a scalar.
                for byte in utf8 {
                    if byte & 0xC0 != 0x80 { column += 1 }
                    table.append(column)
                }
                return table
            }
            var index = line.startIndex
            while index < line.endIndex {
                let next = line.index(after: index)
                column += 1
                // The character's bytes, measured on the UTF-8 view (no `Character` made).
                for _ in 0..<utf8.distance(from: index, to: next) { table.append(column) }
                index = next
            }
            return table
        }
    }

    /// The column of the character containing the byte at `byteColumn`
    /// (a start column, or cmark's inclusive end column).
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        var byteColumn = byteColumn
        if let guarded, line >= 1, byteColumn >= 1 {
            byteColumn = guarded.originalOffset(line: line - 1, guardedOffset: byteColumn - 1) + 1
        }
        guard line >= 1, line <= tables.count, byteColumn >= 1, let table = tables[line - 1] else { return max(byteColumn, 1) }
        if byteColumn <= table.count { return Int(table[byteColumn - 1]) }
        // Past the end of the line (e.g. an end column after the last character).
        return Int(table.last ?? 0) + (byteColumn - table.count)
    }
}
