import Markdown

/// What a template may print or test: the closed set of values pages pass.
/// Text is always escaped when printed; only `html` (markup the site's
/// renderers made, `SafeHTML`) may be printed unescaped with `{{{…}}}`.
public enum TemplateValue: Sendable, Equatable {
    case text(String)
    case html(SafeHTML)
    case number(Int)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
    case null

    /// False, null and the empty list: a section over them is skipped.
    var isFalsey: Bool {
        switch self {
        case .bool(let flag): !flag
        case .null: true
        case .list(let items): items.isEmpty
        default: false
        }
    }

    /// The text `{{…}}` prints, before escaping; lists and objects print nothing.
    var printed: String {
        switch self {
        case .text(let text): text
        case .html(let html): html.html
        case .number(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .list, .object, .null: ""
        }
    }

    public var text: String? { if case .text(let text) = self { text } else { nil } }
    public var html: SafeHTML? { if case .html(let html) = self { html } else { nil } }
    public var bool: Bool? { if case .bool(let flag) = self { flag } else { nil } }
    public var number: Int? { if case .number(let number) = self { number } else { nil } }
    public var list: [TemplateValue]? { if case .list(let items) = self { items } else { nil } }
    public var object: TemplateObject? { if case .object(let object) = self { object } else { nil } }
}

extension TemplateValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .number(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}
