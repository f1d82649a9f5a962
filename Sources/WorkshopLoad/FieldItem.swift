import Foundation
import Markdown
import WorkshopModel

/// One `label: value` list item (`- 事業内容: 電子部品の卸売`), read from the
/// Markdown source so the value keeps its markup exactly as typed.
///
/// - `:` and `：` both separate label and value; the first one on the item's
///   first line counts. A label may be bold (`**影響**:`).
/// - The value runs from the separator to the end of the item: continuation
///   lines are joined with `\n` (their indentation dropped), further
///   paragraphs and unlabelled nested lists are kept as Markdown.
/// - Nested list items that carry a label (`- 課題: …` with nested
///   `- 解決手段: …`, or a field indented too deep by mistake) are not part of
///   the value: `FieldItem.read(list:)` returns them as fields of their own,
///   right after their parent, in document order.
struct FieldItem: Sendable {
    /// The label as written (trimmed), nil when the item has no `label:`.
    var labelText: String?
    /// The field the label names (in any context), nil when unknown or absent.
    var field: FieldLabel?
    /// The value, trimmed, located where it starts.
    var value: WrittenText
    /// Where the item's text starts (the label).
    var location: SourceLocation

    /// All the fields of a list, nested labelled items flattened in document order.
    static func read(list: MarkdownNode, in document: MarkdownDocument, file: String, depth: Int = 0) -> [FieldItem] {
        var out: [FieldItem] = []
        for item in list.children where item.kind == .item {
            read(item: item, in: document, file: file, depth: depth, into: &out)
        }
        return out
    }

    private static func read(item: MarkdownNode, in document: MarkdownDocument, file: String, depth: Int, into out: inout [FieldItem]) {
        let children = item.children
        var label: (text: String, field: FieldLabel?, valueStart: SourcePoint)?
        if let first = children.first, first.kind == .paragraph {
            label = Self.label(of: first, in: document)
        }
        // Nested lists holding labelled items become fields of their own.
        var consumed: [MarkdownNode] = []
        var hoisted: [MarkdownNode] = []
        for child in children {
            if case .list = child.kind, depth < 32, child.children.contains(where: { hasLabel($0, in: document) }) {
                hoisted.append(child)
            } else if hoisted.isEmpty {
                consumed.append(child)
            } else {
                hoisted.append(child)
            }
        }
        let start = label?.valueStart ?? children.first?.start ?? item.start
        let (text, textStart) = ItemText.text(of: consumed, from: start, in: document)
        let location = SourceLocation(file: file, line: (textStart ?? start).line, column: (textStart ?? start).column)
        let itemStart = children.first?.start ?? item.start
        out.append(FieldItem(
            labelText: label?.text, field: label?.field,
            value: WrittenText(text, at: location),
            location: SourceLocation(file: file, line: itemStart.line, column: itemStart.column)))
        for node in hoisted {
            if case .list = node.kind {
                out += read(list: node, in: document, file: file, depth: depth + 1)
            }
        }
    }

    /// A bullet of free text (group sheets' ① and 多様な視点): the whole item as written.
    static func bullet(_ item: MarkdownNode, in document: MarkdownDocument, file: String) -> WrittenText {
        let start = item.children.first?.start ?? item.start
        let (text, textStart) = ItemText.text(of: item.children, from: start, in: document)
        let at = textStart ?? start
        return WrittenText(text, at: SourceLocation(file: file, line: at.line, column: at.column))
    }

    /// Whether an item starts with a known label (so a nested list of such items holds fields).
    static func hasLabel(_ item: MarkdownNode, in document: MarkdownDocument) -> Bool {
        guard let first = item.children.first, first.kind == .paragraph else { return false }
        return label(of: first, in: document)?.field != nil
    }

    /// The label of a paragraph's first line and where its value starts.
    static func label(of paragraph: MarkdownNode, in document: MarkdownDocument) -> (text: String, field: FieldLabel?, valueStart: SourcePoint)? {
        // Read in characters up to the separator, without making the line's characters.
        let line = paragraph.start.line
        guard let count = document.characterCount(line: line) else { return nil }
        let from = max(0, paragraph.start.column - 1)
        guard from <= count else { return nil }
        var end = count
        if paragraph.end.line == paragraph.start.line { end = max(from, min(end, paragraph.end.column)) }
        guard let separator = document.firstCharacter(line: line, in: from..<end, where: { $0 == ":" || $0 == "：" }) else {
            // `- 課題` alone (its remedies nested below) is a label without a value.
            let whole = (document.text(line: line, characters: from..<end) ?? "").trimmingSpaces()
            guard paragraph.end.line == paragraph.start.line, let field = Labels.field(whole) else { return nil }
            return (whole, field, SourcePoint(line: line, column: end + 1))
        }
        let text = (document.text(line: line, characters: from..<separator) ?? "").trimmingSpaces()
        // The closing `**` of `**影響:**` belongs to the label.
        var valueIndex = separator + 1
        if text.hasPrefix("*") || text.hasPrefix("_") {
            valueIndex = document.firstCharacter(line: line, in: valueIndex..<end, where: { $0 != "*" && $0 != "_" }) ?? max(valueIndex, end)
        }
        return (text, Labels.field(text), SourcePoint(line: line, column: valueIndex + 1))
    }
}

/// Builds a value's text from Markdown blocks, as written.
enum ItemText {
    /// The source of `blocks`, the first one taken from `start`: paragraph
    /// lines trimmed and joined with `\n`, other blocks dedented to the
    /// first block's column, a blank line kept between blocks that had one.
    /// Also returns where the text's first character stands.
    static func text(of blocks: [MarkdownNode], from start: SourcePoint, in document: MarkdownDocument) -> (String, SourcePoint?) {
        var lines: [String] = []
        var firstPoint: SourcePoint?
        var previousEnd: Int?
        let indent = max(0, (blocks.first?.start.column ?? 1) - 1)
        for (offset, block) in blocks.enumerated() {
            if let previousEnd, block.start.line > previousEnd + 1 { lines.append("") }
            let isParagraph = block.kind == .paragraph
            var lineNumber = block.start.line
            // Counted and cut in characters, without making the line's characters.
            while lineNumber <= block.end.line, var count = document.characterCount(line: lineNumber) {
                var column = 1
                if offset == 0 && lineNumber == start.line {
                    column = max(1, start.column)
                } else if !isParagraph {
                    let head = indent > 0 ? document.text(line: lineNumber, characters: 0..<indent) ?? "" : ""
                    column = head.prefix { $0 == " " }.count + 1
                }
                if isParagraph && lineNumber == block.end.line && block.end.column < count {
                    count = max(0, block.end.column)
                }
                let piece = column - 1 < count ? document.text(line: lineNumber, characters: (column - 1)..<count) ?? "" : ""
                let kept = isParagraph ? piece.trimmingSpaces() : trimmingTrailing(piece)
                if firstPoint == nil, !kept.isEmpty {
                    let leading = piece.prefix { $0 == " " || $0 == "\t" }.count
                    firstPoint = SourcePoint(line: lineNumber, column: column + (isParagraph ? leading : 0))
                }
                if firstPoint != nil || !kept.isEmpty { lines.append(kept) }
                lineNumber += 1
            }
            previousEnd = block.end.line
        }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return (lines.joined(separator: "\n").trimmingSpacesAndNewlines(), firstPoint)
    }

    private static func trimmingTrailing(_ text: String) -> String {
        var out = Substring(text)
        while let last = out.last, last == " " || last == "\t" { out = out.dropLast() }
        return String(out)
    }
}
