import Markdown
import Mustache

/// A theme's templates compiled for fast rendering (see `PageTemplate`).
/// Renders page values exactly as swift-mustache does, but with names split
/// once, a context stack that grows and shrinks in place, the page values'
/// own types looked up without protocol casts, and escaping that skips text
/// with nothing to escape. Returns nil where it cannot promise the same
/// output (a value of a kind pages never pass); the caller then renders with
/// swift-mustache.
struct PageTemplates: Sendable {
    private var templates: [String: PageTemplate]

    /// Nil when any template uses a feature the fast path does not cover.
    init?(_ library: MustacheLibrary, names: some Sequence<String>) {
        var templates: [String: PageTemplate] = [:]
        for name in names {
            guard let source = library.getTemplate(named: name), let compiled = PageTemplate(source) else { return nil }
            templates[name] = compiled
        }
        self.templates = templates
    }

    func render(_ values: PageContext, withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        var render = Rendering(templates: templates, stack: [values])
        var out = ""
        render.tokens(template.tokens, indentation: nil, into: &out)
        return render.failed ? nil : out
    }

    private struct Rendering {
        let templates: [String: PageTemplate]
        var stack: [Any]
        var failed = false

        mutating func tokens(_ tokens: [PageTemplate.Token], indentation: String?, into out: inout String) {
            guard let indentation, !indentation.isEmpty else {
                for token in tokens { self.token(token, indentation: indentation, into: &out) }
                return
            }
            // As swift-mustache: a token's output that starts a new line is indented.
            var own = ""
            for token in tokens {
                var piece = ""
                self.token(token, indentation: indentation, into: &piece)
                if !piece.isEmpty, Self.endsWithNewline(own) { own += indentation }
                own += piece
            }
            out += own
        }

        /// `string.last == "\n"`: the last character is a lone line feed (not CR LF).
        private static func endsWithNewline(_ text: String) -> Bool {
            let utf8 = text.utf8
            guard let last = utf8.last, last == 0x0A else { return false }
            return utf8.dropLast().last != 0x0D
        }

        mutating func token(_ token: PageTemplate.Token, indentation: String?, into out: inout String) {
            switch token {
            case .text(let text):
                out += text
            case .variable(let name, let escaped):
                guard let value = lookup(name) else { return }
                guard let text = Self.text(of: value) else { failed = true; return }
                out += escaped ? HTML.escape(text) : text
            case .section(let name, let body, let inverted):
                let value = lookup(name)
                if let value, !isLeafOrValues(value), value is MustacheLambda { failed = true; return }
                inverted ? invertedSection(value, body: body, indentation: indentation, into: &out)
                    : section(value, body: body, indentation: indentation, into: &out)
            case .partial(let name, let partialIndentation):
                guard let partial = templates[name] else { return }
                let combined = partialIndentation.map { (indentation ?? "") + $0 } ?? indentation
                tokens(partial.tokens, indentation: combined, into: &out)
            }
        }

        mutating func section(_ value: Any?, body: [PageTemplate.Token], indentation: String?, into out: inout String) {
            guard let value else { return }
            if let list = Self.list(value) {
                for item in list {
                    stack.append(item)
                    tokens(body, indentation: indentation, into: &out)
                    stack.removeLast()
                }
            } else if Swift.type(of: value) == Bool.self, let flag = value as? Bool {
                if flag { tokens(body, indentation: indentation, into: &out) }
            } else if !isLeafOrValues(value), let renderable = value as? MustacheCustomRenderable, renderable.isNull {
                return
            } else {
                stack.append(value)
                tokens(body, indentation: indentation, into: &out)
                stack.removeLast()
            }
        }

        mutating func invertedSection(_ value: Any?, body: [PageTemplate.Token], indentation: String?, into out: inout String) {
            guard let value else { return tokens(body, indentation: indentation, into: &out) }
            if let list = Self.list(value) {
                guard list.isEmpty else { return }
                stack.append(value)
                tokens(body, indentation: indentation, into: &out)
                stack.removeLast()
            } else if Swift.type(of: value) == Bool.self, let flag = value as? Bool {
                if !flag { tokens(body, indentation: indentation, into: &out) }
            } else if !isLeafOrValues(value), let renderable = value as? MustacheCustomRenderable, renderable.isNull {
                tokens(body, indentation: indentation, into: &out)
            }
        }

        /// The value of a name, as swift-mustache's `getChild`.
        func lookup(_ name: PageTemplate.Name) -> Any? {
            guard var value = find(name) else { return nil }
            for transform in name.transforms.reversed() {
                guard let transformable = value as? MustacheTransformable, let result = transformable.transform(transform) else { return nil }
                value = result
            }
            return value
        }

        private func find(_ name: PageTemplate.Name) -> Any? {
            guard let current = stack.last else { return nil }
            if name.isCurrent || name.parts.isEmpty { return current }
            if name.onlyInCurrent { return Self.descend(name.parts[...], from: current) }
            let first = name.parts[0]
            for object in stack.reversed() {
                if let child = Self.child(first, of: object) {
                    return Self.descend(name.parts.dropFirst(), from: child)
                }
            }
            return nil
        }

        private static func descend(_ parts: ArraySlice<String>, from object: Any) -> Any? {
            var object = object
            for part in parts {
                guard let child = child(part, of: object) else { return nil }
                object = child
            }
            return object
        }

        private static func child(_ name: String, of object: Any) -> Any? {
            // Exact types first: a cast that converts (`[String: String]` as
            // `[String: Any]`) copies the whole dictionary.
            let type = Swift.type(of: object)
            if type == [String: Any].self, let values = object as? [String: Any] { return values[name] }
            if type == [String: String].self, let values = object as? [String: String] { return values[name] }
            if Self.isLeaf(type) { return nil }
            if let parent = object as? MustacheParent { return parent.child(named: name) }
            guard let match = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return nil }
            let mirror = Mirror(reflecting: match.value)
            guard mirror.displayStyle == .optional else { return match.value }
            return mirror.children.first?.value
        }

        private func isLeafOrValues(_ value: Any) -> Bool {
            let type = Swift.type(of: value)
            return Self.isLeaf(type) || type == [String: Any].self
        }

        /// Types page values use that have no children and are no sequence.
        private static func isLeaf(_ type: Any.Type) -> Bool {
            type == String.self || type == Int.self || type == Bool.self
        }

        /// The elements of a sequence value (arrays; sets and reversed
        /// collections as swift-mustache's `MustacheSequence`).
        private static func list(_ value: Any) -> [Any]? {
            let type = Swift.type(of: value)
            if isLeaf(type) || type == [String: Any].self || type == [String: String].self { return nil }
            if type == [PageContext].self, let list = value as? [PageContext] { return list.map { $0 as Any } }
            if type == [Any].self, let list = value as? [Any] { return list }
            if let sequence = value as? any MustacheSequence { return elements(sequence) }
            return nil
        }

        private static func elements<S: Sequence>(_ sequence: S) -> [Any] { sequence.map { $0 as Any } }

        /// What `{{name}}` prints before escaping.
        private static func text(of value: Any) -> String? {
            let type = Swift.type(of: value)
            if type == String.self, let text = value as? String { return text }
            if type == Int.self, let number = value as? Int { return String(number) }
            if type == Bool.self, let flag = value as? Bool { return flag ? "true" : "false" }
            switch value {
            case is MustacheTemplate, is MustacheLambda: return nil
            case let renderable as MustacheCustomRenderable: return renderable.renderText
            default:
                let mirror = Mirror(reflecting: value)
                if mirror.displayStyle == .optional {
                    guard let wrapped = mirror.children.first?.value else { return String(describing: value) }
                    return String(describing: wrapped)
                }
                return String(describing: value)
            }
        }
    }
}
