/// Markup that may be printed unescaped: HTML made by this package's own
/// renderers (the Markdown renderer's safe output, the site's escaped
/// builders), never text that came from content. Only code in this package
/// can make one (`package` access): a template value that is not `SafeHTML`
/// is always escaped, whatever the template asks.
public struct SafeHTML: Sendable, Hashable {
    public let html: String

    /// `html` must be markup this package built with every piece of content
    /// escaped (`HTML.escape`, `HTML.escapeHref`) or rendered by `HTMLRenderer`.
    package init(trusted html: String) {
        self.html = html
    }

    public static let empty = SafeHTML(trusted: "")

    public var isEmpty: Bool { html.isEmpty }

    /// Escaped text: always safe.
    public init(escaping text: String) {
        self.html = HTML.escape(text)
    }

    public static func + (lhs: SafeHTML, rhs: SafeHTML) -> SafeHTML {
        SafeHTML(trusted: lhs.html + rhs.html)
    }
}
