import Markdown

/// One render of a template: the context stack, the output, and the
/// indentation of the standalone partials being rendered (prefixed to each
/// line of the partial's own text, never to lines inside printed values).
struct TemplateRendering {
    let templates: [String: [TemplateToken]]
    let rawOutput: TemplateLibrary.RawOutput
    var stack: [TemplateValue]
    var out = ""
    private var indentation = ""
    private var atLineStart = true
    private var depth = 0

    /// Partials nested deeper than this render nothing (a partial that includes itself forever).
    static let maximumDepth = 100

    init(templates: [String: [TemplateToken]], rawOutput: TemplateLibrary.RawOutput, stack: [TemplateValue]) {
        self.templates = templates
        self.rawOutput = rawOutput
        self.stack = stack
    }

    mutating func render(_ tokens: [TemplateToken]) {
        for token in tokens {
            switch token {
            case .text(let text):
                indentation.isEmpty ? out.append(text) : appendIndented(text)
            case .variable(let name, let escaped):
                indentLine()
                guard let value = lookup(name) else { continue }
                let raw = !escaped && (rawOutput == .anyValue || value.html != nil)
                out.append(raw ? value.printed : HTML.escape(value.printed))
            case .section(let name, let body, let inverted, let standalone):
                if !standalone { indentLine() }
                let value = lookup(name)
                if inverted {
                    if value?.isFalsey ?? true { render(body) }
                } else if let value, !value.isFalsey {
                    switch value {
                    case .list(let items):
                        for item in items { within(item, body) }
                    case .bool:
                        render(body)
                    default:
                        within(value, body)
                    }
                }
            case .partial(let name, let partialIndentation):
                guard let partial = templates[name], depth < Self.maximumDepth else { continue }
                let saved = indentation
                if let partialIndentation {
                    indentation += partialIndentation
                    atLineStart = true
                } else {
                    indentLine()
                    indentation = ""
                }
                depth += 1
                render(partial)
                depth -= 1
                indentation = saved
                atLineStart = partialIndentation != nil
            }
        }
    }

    private mutating func within(_ value: TemplateValue, _ body: [TemplateToken]) {
        stack.append(value)
        render(body)
        stack.removeLast()
    }

    /// At the start of a line of an indented partial: its indentation.
    private mutating func indentLine() {
        guard !indentation.isEmpty, atLineStart else { return }
        out.append(indentation)
        atLineStart = false
    }

    private mutating func appendIndented(_ text: String) {
        var lineStart = text.utf8.startIndex
        let utf8 = text.utf8
        var index = lineStart
        while index < utf8.endIndex {
            if utf8[index] == 0x0A {
                if index > lineStart { indentLine() }
                out.append(contentsOf: text[lineStart...index])
                atLineStart = true
                lineStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if lineStart < utf8.endIndex {
            indentLine()
            out.append(contentsOf: text[lineStart...])
            atLineStart = false
        }
    }

    /// The value a name stands for, or nil when nothing on the stack has it.
    func lookup(_ name: TemplateName) -> TemplateValue? {
        guard let value = find(name) else { return nil }
        switch name.transform {
        case nil: return value
        case .empty?:
            switch value {
            case .list(let items): return .bool(items.isEmpty)
            case .text(let text): return .bool(text.isEmpty)
            default: return nil
            }
        }
    }

    private func find(_ name: TemplateName) -> TemplateValue? {
        guard let current = stack.last else { return nil }
        if name.isCurrent { return current }
        if name.onlyInCurrent { return Self.descend(name.parts[...], from: current) }
        let first = name.parts[0]
        for value in stack.reversed() {
            if case .object(let object) = value, let child = object[first] {
                return Self.descend(name.parts.dropFirst(), from: child)
            }
        }
        return nil
    }

    private static func descend(_ parts: ArraySlice<String>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for part in parts {
            guard case .object(let object) = value, let child = object[part] else { return nil }
            value = child
        }
        return value
    }
}
