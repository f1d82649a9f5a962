import WorkshopModel

/// Reads `voices.yaml`: survey excerpts by category, in file order. Each
/// category is a list of texts; a single text counts as a one-item list.
struct VoicesReader: Sendable {
    var language: Language

    func read(_ text: String, file: String) -> (Voices, [Finding]) {
        let (parsed, findings) = YAMLFields.document(text, file: file, language: language)
        guard let document = parsed, let mapping = document.node.mapping else { return (Voices(), findings) }
        var voices = Voices()
        var problems: [Finding] = []
        for (key, value) in mapping {
            let category = YAMLValue(node: value, file: file, lineOffset: document.lineOffset)
            let name = key.string ?? ""
            if category.isMapping {
                problems.append(Finding(.invalidField, at: category.location, language.pick(
                    ja: "'\(name)' には声をリスト（- で始まる行）で書いてください",
                    en: "'\(name)' should be a list of voices (lines starting with -)")))
                continue
            }
            var items: [String] = []
            for item in category.items {
                if let voice = item.text, Placeholder.isPlaceholder(voice) {
                    // Left out: a marker is not a participant's voice.
                    problems.append(Placeholder.finding(WrittenText(voice, at: item.location), label: name, language: language))
                } else if let voice = item.text {
                    items.append(voice)
                } else if item.node.scalar == nil {
                    problems.append(Finding(.invalidField, at: item.location, language.pick(
                        ja: "声を文として読めません。「: 」を含む文は引用符（\"…\"）で囲んでください",
                        en: "cannot read this voice as text; put text containing ': ' in quotes (\"…\")")))
                }
            }
            voices.categories.append(VoiceCategory(key: name, items: items))
        }
        return (voices, findings + problems)
    }
}
