/// Parses Mustache source into tokens, as the Mustache spec says: tags
/// `{{name}}`, `{{{name}}}`, `{{&name}}`, sections `{{#…}}`/`{{^…}}`…`{{/…}}`,
/// comments `{{!…}}`, partials `{{>…}}` and set-delimiter tags `{{=<% %>=}}`;
/// a section, comment, partial or delimiter tag alone on its line
/// ("standalone") takes its whole line with it.
struct TemplateParser {
    private let name: String
    private let source: [UInt8]
    private var position = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    private var pending: [UInt8] = []

    private struct Frame {
        var name: TemplateName
        var tokens: [TemplateToken]
        var inverted: Bool
        var standalone: Bool
        var offset: Int
    }

    init(name: String, source: String) {
        self.name = name
        self.source = Array(source.utf8)
    }

    mutating func parse() throws(TemplateError) -> [TemplateToken] {
        var tokens: [TemplateToken] = []
        var frames: [Frame] = []
        while position < source.count {
            guard let tagStart = find(open, from: position) else {
                pending += source[position...]
                position = source.count
                break
            }
            pending += source[position..<tagStart]
            var contentStart = tagStart + open.count
            let sigil: UInt8? = contentStart < source.count ? source[contentStart] : nil
            let kind = Kind(sigil)
            if kind != .variable { contentStart += 1 }
            let ending: [UInt8] = switch kind {
            case .triple: [UInt8(ascii: "}")] + close
            case .delimiters: [UInt8(ascii: "=")] + close
            default: close
            }
            guard let contentEnd = find(ending, from: contentStart) else { throw error(.unclosedTag, at: tagStart) }
            let tagEnd = contentEnd + ending.count
            let content = String(decoding: source[contentStart..<contentEnd], as: UTF8.self).trimmed

            var indentation: String?
            position = tagEnd
            if kind.mayStandAlone, let line = standaloneLine(tagStart: tagStart, tagEnd: tagEnd) {
                indentation = String(decoding: source[line.start..<tagStart], as: UTF8.self)
                pending.removeLast(tagStart - line.start)
                position = line.next
            }
            flush(into: &tokens)

            switch kind {
            case .comment:
                break
            case .delimiters:
                let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
                guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                    throw error(.badDelimiters("=\(content)="), at: tagStart)
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            case .variable, .triple, .ampersand:
                tokens.append(.variable(try parseName(content, at: tagStart), escaped: kind == .variable))
            case .section, .inverted:
                frames.append(Frame(name: try parseName(content, at: tagStart), tokens: tokens,
                                    inverted: kind == .inverted, standalone: indentation != nil, offset: tagStart))
                tokens = []
            case .close:
                guard let frame = frames.popLast() else { throw error(.unexpectedClose(content, open: nil), at: tagStart) }
                guard frame.name.spelling.trimmed == content else {
                    throw error(.unexpectedClose(content, open: frame.name.spelling.trimmed), at: tagStart)
                }
                let body = tokens
                tokens = frame.tokens
                tokens.append(.section(frame.name, body: body, inverted: frame.inverted, standalone: frame.standalone))
            case .partial:
                guard !content.isEmpty else { throw error(.emptyName, at: tagStart) }
                guard !content.hasPrefix("*") else { throw error(.unsupported("a dynamic partial {{>\(content)}}"), at: tagStart) }
                tokens.append(.partial(content, indentation: indentation))
            case .parent, .block:
                throw error(.unsupported("template inheritance ({{<…}}, {{$…}})"), at: tagStart)
            }
        }
        flush(into: &tokens)
        if let frame = frames.last { throw error(.unclosedSection(frame.name.spelling.trimmed), at: frame.offset) }
        return tokens
    }

    private enum Kind {
        case variable, triple, ampersand, comment, section, inverted, close, partial, delimiters, parent, block

        init(_ sigil: UInt8?) {
            switch sigil {
            case UInt8(ascii: "{"): self = .triple
            case UInt8(ascii: "&"): self = .ampersand
            case UInt8(ascii: "!"): self = .comment
            case UInt8(ascii: "#"): self = .section
            case UInt8(ascii: "^"): self = .inverted
            case UInt8(ascii: "/"): self = .close
            case UInt8(ascii: ">"): self = .partial
            case UInt8(ascii: "="): self = .delimiters
            case UInt8(ascii: "<"): self = .parent
            case UInt8(ascii: "$"): self = .block
            default: self = .variable
            }
        }

        var mayStandAlone: Bool {
            switch self {
            case .variable, .triple, .ampersand: false
            default: true
            }
        }
    }

    /// When only spaces and tabs stand between the tag and its line's start
    /// and end: where that line starts and where the next one does.
    private func standaloneLine(tagStart: Int, tagEnd: Int) -> (start: Int, next: Int)? {
        var start = tagStart
        while start > 0, source[start - 1] != 0x0A {
            guard source[start - 1] == 0x20 || source[start - 1] == 0x09 else { return nil }
            start -= 1
        }
        var end = tagEnd
        while end < source.count, source[end] == 0x20 || source[end] == 0x09 { end += 1 }
        if end == source.count { return (start, end) }
        if source[end] == 0x0A { return (start, end + 1) }
        if source[end] == 0x0D, end + 1 < source.count, source[end + 1] == 0x0A { return (start, end + 2) }
        return nil
    }

    private mutating func flush(into tokens: inout [TemplateToken]) {
        guard !pending.isEmpty else { return }
        tokens.append(.text(String(decoding: pending, as: UTF8.self)))
        pending.removeAll(keepingCapacity: true)
    }

    private func parseName(_ content: String, at offset: Int) throws(TemplateError) -> TemplateName {
        switch TemplateName.parse(content) {
        case .success(let name): return name
        case .failure(let problem): throw error(problem, at: offset)
        }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= source.count else { return nil }
        var index = start
        let last = source.count - needle.count
        while index <= last {
            if source[index] == first {
                var match = true
                for offset in 1..<needle.count where source[index + offset] != needle[offset] {
                    match = false
                    break
                }
                if match { return index }
            }
            index += 1
        }
        return nil
    }

    private func error(_ problem: TemplateError.Problem, at offset: Int) -> TemplateError {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, source.count) where source[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: source[lineStart..<min(offset, source.count)], as: UTF8.self).unicodeScalars.count + 1
        return TemplateError(template: name, line: line, column: column, problem: problem)
    }
}
