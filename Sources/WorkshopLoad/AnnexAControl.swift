import WorkshopModel

/// ISO/IEC 27001:2022 Annex A control numbers: 5.1–5.37 (organizational),
/// 6.1–6.8 (people), 7.1–7.14 (physical), 8.1–8.34 (technological).
enum AnnexAControl {
    static let ranges: [Int: ClosedRange<Int>] = [5: 1...37, 6: 1...8, 7: 1...14, 8: 1...34]

    /// The number in its normal form (`６．３` → `6.3`, `A.8.20` → `8.20`),
    /// or nil when it is not an Annex A control.
    static func normalized(_ text: String) -> String? {
        var folded = IDText.normalize(text)
        if folded.hasPrefix("A.") || folded.hasPrefix("a.") { folded = String(folded.dropFirst(2)) }
        let parts = folded.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) && !$0.hasPrefix("0") }),
              let clause = Int(parts[0]), let number = Int(parts[1]),
              let range = ranges[clause], range.contains(number) else { return nil }
        return "\(clause).\(number)"
    }
}
