/// A template's values: a dictionary of strings, numbers, booleans, arrays
/// and nested dictionaries. Keys whose value is nil or an empty string are
/// left out, so `{{#key}}…{{/key}}` shows only when there is something to show.
typealias PageContext = [String: Any]

func context(_ pairs: KeyValuePairs<String, Any?>) -> PageContext {
    var out: PageContext = [:]
    for (key, value) in pairs {
        guard let value else { continue }
        if let text = value as? String, text.isEmpty { continue }
        out[key] = value
    }
    return out
}

extension Dictionary where Key == String, Value == Any {
    /// Adds the pairs of `other`, which win on a clash.
    func adding(_ other: PageContext) -> PageContext {
        merging(other) { _, new in new }
    }
}

/// A link for a template: label and relative href, and whether it is the current page.
func link(_ label: String, _ href: String, current: Bool = false) -> PageContext {
    context(["label": label, "href": href, "current": current])
}
