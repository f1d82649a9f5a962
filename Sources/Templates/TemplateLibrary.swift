/// A theme's templates, parsed once: page templates and partials share one
/// name space (`{{> name}}` finds any of them).
public struct TemplateLibrary: Sendable {
    /// What `{{{name}}}` and `{{&name}}` may print unescaped.
    public enum RawOutput: Sendable {
        /// Only `SafeHTML` values; text is escaped even there (the site's rule).
        case safeHTMLOnly
        /// Any value, as the Mustache spec says (for the spec's own tests).
        case anyValue
    }

    private var templates: [String: [TemplateToken]] = [:]
    public var rawOutput: RawOutput

    public init(rawOutput: RawOutput = .safeHTMLOnly) {
        self.rawOutput = rawOutput
    }

    /// Parses every source, or throws the first error (at its line and column).
    public init(sources: [String: String], rawOutput: RawOutput = .safeHTMLOnly) throws(TemplateError) {
        self.rawOutput = rawOutput
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            try add(source, named: name)
        }
    }

    public mutating func add(_ source: String, named name: String) throws(TemplateError) {
        var parser = TemplateParser(name: name, source: source)
        templates[name] = try parser.parse()
    }

    public var names: [String] { Array(templates.keys) }

    public func contains(_ name: String) -> Bool { templates[name] != nil }

    /// The template `name` rendered with `values`; nil when there is no such template.
    public func render(_ name: String, with values: TemplateObject) -> String? {
        render(name, withRoot: .object(values))
    }

    /// Rendered against any value at the bottom of the context stack (the spec renders lists and text too).
    func render(_ name: String, withRoot root: TemplateValue) -> String? {
        guard let tokens = templates[name] else { return nil }
        var rendering = TemplateRendering(templates: templates, rawOutput: rawOutput, stack: [root])
        rendering.render(tokens)
        return rendering.out
    }
}
