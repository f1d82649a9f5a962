/// One participant's synthetic worksheet: two or three threats under ①,
/// two procedures under ② naming only those threats, and for each of them
/// one or two obstacle/remedy pairs under ③ — valid under `workshop check`.
struct SyntheticWorksheet: Sendable {
    var participant: String
    var group: String
    var threats: [Int]
    var procedures: [String]
    var markdown: String

    static let threatIDs = Array(2...10)
    static let procedureIDs = (1...20).flatMap { control in (1...3).map { "\(control)-\($0)" } }
    static let severities = ["高", "中", "低"]

    init(participant: String, group: String, random: inout SeededRandom) {
        self.participant = participant
        self.group = group
        threats = random.distinct(Int.random(in: 2...3, using: &random), of: Self.threatIDs)
        procedures = random.distinct(2, of: Self.procedureIDs)
        let industry = "\(random.pick(PhraseBank.industries))（\(random.pick(PhraseBank.sizes))）"
        var lines: [String] = [
            "---",
            "participant: \(participant)",
            "group: \(group)",
            "industry: \(industry)",
            "publish: \(random.chance(0.7))",
            "---",
            "",
            "## ① 事業影響の認識",
            "",
        ]
        for threat in threats {
            let impact = random.pick(PhraseBank.impactOpenings) + random.pick(PhraseBank.impactMiddles) + random.pick(PhraseBank.impactClosings)
            lines += [
                "### 脅威 \(threat)",
                "- 事業内容: \(random.pick(PhraseBank.business))",
                "- 影響: \(impact)",
                "- 影響度: \(random.pick(Self.severities))",
                "",
            ]
        }
        lines += ["## ② 有効な実施手順", ""]
        for procedure in procedures {
            let named = random.distinct(Int.random(in: 1...2, using: &random), of: threats)
            lines += [
                "### \(procedure)",
                "- 脅威: \(named.map(String.init).joined(separator: ", "))",
                "- 理由: \(random.pick(PhraseBank.reasons))",
                "",
            ]
        }
        lines += ["## ③ 課題と解決手段", ""]
        let asTable = random.chance(0.2)
        for procedure in procedures {
            lines.append("### \(procedure)")
            if asTable { lines += ["", "| 課題 | 解決手段 |", "|---|---|"] }
            for _ in 0..<Int.random(in: 1...2, using: &random) {
                let obstacle = random.pick(PhraseBank.obstacles)
                let remedy = random.pick(PhraseBank.remedies)
                lines += asTable ? ["| \(obstacle) | \(remedy) |"] : ["- 課題: \(obstacle)", "  - 解決手段: \(remedy)"]
            }
            lines.append("")
        }
        markdown = lines.joined(separator: "\n")
    }
}
