/// One piece of a parsed template.
indirect enum TemplateToken: Sendable {
    /// Text printed as is.
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw only for `SafeHTML`).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}` or `{{^name}}…{{/name}}`; `standalone` when the
    /// opening tag had its line to itself.
    case section(TemplateName, body: [TemplateToken], inverted: Bool, standalone: Bool)
    /// `{{> name}}`; `indentation` is the whitespace before a standalone tag
    /// (nil when the tag shares its line), prefixed to each line of the partial.
    case partial(String, indentation: String?)
}
