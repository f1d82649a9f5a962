import Foundation

/// Whether a group's name already says its id, so a title need not repeat it.
/// Compared after NFKC (full-width 「Ａ」 is `A`) and case folding; the id
/// counts where it stands as a word of its own: not inside a run of ASCII
/// letters and digits ("Alpha" does not name group `A`; 「Aチーム」 and
/// 「グループA」 do).
enum GroupTitle {
    /// How a group with `name` and `id` is named: by its id alone (no name of
    /// its own), by its name alone (the name says the id), or by both.
    enum Form: Equatable { case idAlone, nameAlone, both }

    static func form(name: String, id: String) -> Form {
        if name.isEmpty || same(name, id) { return .idAlone }
        return names(name, id) ? .nameAlone : .both
    }

    static func same(_ name: String, _ id: String) -> Bool {
        fold(name) == fold(id)
    }

    static func names(_ name: String, _ id: String) -> Bool {
        let name = fold(name), id = fold(id)
        guard !id.isEmpty else { return false }
        var searched = name.startIndex
        while let found = name.range(of: id, range: searched..<name.endIndex) {
            let before = found.lowerBound > name.startIndex ? name[name.index(before: found.lowerBound)] : nil
            let after = found.upperBound < name.endIndex ? name[found.upperBound] : nil
            if !joins(before) && !joins(after) { return true }
            searched = name.index(after: found.lowerBound)
        }
        return false
    }

    private static func fold(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    /// An ASCII letter or digit next to the id makes it part of another word.
    private static func joins(_ character: Character?) -> Bool {
        guard let character, character.isASCII else { return false }
        return character.isLetter || character.isNumber
    }
}
