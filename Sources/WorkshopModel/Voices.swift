/// Survey excerpts (`voices.yaml`), by category, in file order.
public struct Voices: Sendable, Hashable, Codable {
    public var categories: [VoiceCategory]

    public init(categories: [VoiceCategory] = []) {
        self.categories = categories
    }

    public var isEmpty: Bool { categories.allSatisfy { $0.items.isEmpty } }
}

/// One category of voices, e.g. `learned` (セミナー受講で得た学び).
public struct VoiceCategory: Sendable, Hashable, Codable {
    public var key: String
    public var items: [String]

    public init(key: String, items: [String]) {
        self.key = key
        self.items = items
    }

    /// The heading for the well-known keys; other keys are shown as written.
    public func title(in language: Language) -> String {
        switch key {
        case "learned": language.pick(ja: "セミナー受講で得た学びの成果", en: "What participants learned")
        case "challenges": language.pick(ja: "セミナー受講で得た自社の課題・気づき", en: "Challenges they noticed in their own company")
        case "ideas": language.pick(ja: "セミナー受講で得た活用できそうな施策・アイデア", en: "Measures and ideas they plan to use")
        default: key
        }
    }
}
