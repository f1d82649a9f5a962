/// A group's synthetic sheet: the threat most of its members wrote about,
/// one common procedure, diverse views, an obstacle table and a hint.
enum SyntheticGroupSheet {
    static func markdown(group: String, members: [SyntheticWorksheet], random: inout SeededRandom) -> String {
        var counts: [Int: Int] = [:]
        for member in members { for threat in member.threats { counts[threat, default: 0] += 1 } }
        let threat = counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 3
        let procedure = members.first { $0.threats.contains(threat) }?.procedures.first ?? "6-1"
        var lines: [String] = [
            "---",
            "group: \(group)",
            "threats: [\(threat)]",
            "industries: [\(random.distinct(2, of: PhraseBank.industries).joined(separator: ", "))]",
            "publish: true",
            "---",
            "",
            "## ① 事業影響の認識",
        ]
        for _ in 0..<3 {
            lines.append("- " + random.pick(PhraseBank.impactOpenings) + random.pick(PhraseBank.impactMiddles))
        }
        lines += ["", "## ② 共通認識", "### \(procedure)", "- 理由: \(random.pick(PhraseBank.reasons))", "", "## 多様な視点"]
        lines += random.distinct(3, of: PhraseBank.views).map { "- " + $0 }
        lines += ["", "## ③ 課題と解決手段", "| 課題 | 解決手段 |", "|---|---|"]
        for _ in 0..<3 {
            lines.append("| \(random.pick(PhraseBank.obstacles)) | \(random.pick(PhraseBank.remedies)) |")
        }
        lines += ["", "## ヒント", PhraseBank.hint, ""]
        return lines.joined(separator: "\n")
    }
}
