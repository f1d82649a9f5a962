/// Named template values: a page's values, an item of a list, the UI strings.
public struct TemplateObject: Sendable, Equatable {
    public private(set) var values: [String: TemplateValue]

    public init(_ values: [String: TemplateValue] = [:]) {
        self.values = values
    }

    public subscript(key: String) -> TemplateValue? {
        get { values[key] }
        set { values[key] = newValue }
    }

    public var keys: Dictionary<String, TemplateValue>.Keys { values.keys }
    public var isEmpty: Bool { values.isEmpty }

    /// These values with those of `other`, which win on a clash.
    public func adding(_ other: TemplateObject) -> TemplateObject {
        TemplateObject(values.merging(other.values) { _, new in new })
    }
}

extension TemplateObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, new in new }))
    }
}

extension TemplateObject: Sequence {
    public func makeIterator() -> Dictionary<String, TemplateValue>.Iterator { values.makeIterator() }
}
