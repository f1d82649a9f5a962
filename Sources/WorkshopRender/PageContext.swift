import Markdown
import Templates

/// A template's values (`TemplateObject`): text, numbers, booleans, lists,
/// nested values and `SafeHTML`. Keys whose value is nil or an empty string
/// are left out, so `{{#key}}…{{/key}}` shows only when there is something to show.
typealias PageContext = TemplateObject

/// What may be a template value: converted at once into the closed `TemplateValue`.
protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateRepresentable { var templateValue: TemplateValue { self } }
extension TemplateObject: TemplateRepresentable { var templateValue: TemplateValue { .object(self) } }
extension String: TemplateRepresentable { var templateValue: TemplateValue { .text(self) } }
extension Substring: TemplateRepresentable { var templateValue: TemplateValue { .text(String(self)) } }
extension Int: TemplateRepresentable { var templateValue: TemplateValue { .number(self) } }
extension Bool: TemplateRepresentable { var templateValue: TemplateValue { .bool(self) } }
extension SafeHTML: TemplateRepresentable { var templateValue: TemplateValue { .html(self) } }
extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    var templateValue: TemplateValue { .list(map(\.templateValue)) }
}
extension Dictionary: TemplateRepresentable where Key == String, Value: TemplateRepresentable {
    var templateValue: TemplateValue { .object(TemplateObject(mapValues(\.templateValue))) }
}

func context(_ pairs: KeyValuePairs<String, (any TemplateRepresentable)?>) -> PageContext {
    var out = PageContext()
    for (key, value) in pairs {
        guard let value else { continue }
        let converted = value.templateValue
        if case .text(let text) = converted, text.isEmpty { continue }
        if case .html(let html) = converted, html.isEmpty { continue }
        out[key] = converted
    }
    return out
}

extension TemplateObject {
    /// Every pair converted, empty text included (`context` leaves empty text out).
    init(_ pairs: KeyValuePairs<String, any TemplateRepresentable>) {
        self.init()
        for (key, value) in pairs { self[key] = value.templateValue }
    }

    /// Sets `key` to `value` converted (nil removes it).
    mutating func set(_ key: String, _ value: (any TemplateRepresentable)?) {
        self[key] = value?.templateValue
    }
}

/// A link for a template: label and relative href, and whether it is the current page.
func link(_ label: String, _ href: String, current: Bool = false) -> PageContext {
    context(["label": label, "href": href, "current": current])
}
