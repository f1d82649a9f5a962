/// A template that cannot be parsed, at its line and column (1-based, columns
/// in Unicode scalars), with a message for the theme's author.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Error, Sendable, Equatable {
        /// `{{` with no `}}` after it.
        case unclosedTag
        /// `{{/name}}` with no open section, or closing another one.
        case unexpectedClose(String, open: String?)
        /// A section still open at the end of the template.
        case unclosedSection(String)
        /// `{{}}`, `{{#}}`, …: a tag with no name.
        case emptyName
        /// `{{=<% %>=}}` that does not give two delimiters.
        case badDelimiters(String)
        /// `f(name)` with an `f` the engine does not know (only `empty`).
        case unknownTransform(String)
        /// Inheritance (`{{<`, `{{$`), dynamic partials (`{{>*`) and pragmas are not supported.
        case unsupported(String)
    }

    public var template: String
    public var line: Int
    public var column: Int
    public var problem: Problem

    public var message: String {
        switch problem {
        case .unclosedTag: "tag not closed"
        case .unexpectedClose(let name, let open):
            open.map { "{{/\(name)}} closes {{#\($0)}}" } ?? "{{/\(name)}} closes no section"
        case .unclosedSection(let name): "section {{#\(name)}} not closed"
        case .emptyName: "tag without a name"
        case .badDelimiters(let text): "set-delimiter tag needs two delimiters: {{\(text)}}"
        case .unknownTransform(let name): "unknown function \(name)(…) (only empty(…) is supported)"
        case .unsupported(let what): "\(what) is not supported"
        }
    }

    public var description: String { "\(template):\(line):\(column): \(message)" }
}
