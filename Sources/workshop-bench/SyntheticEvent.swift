import Foundation

/// One synthetic session: event.yaml, its worksheets in groups A–E, the
/// group sheets, and seminar pages and voices taken from a real event.
struct SyntheticEvent: Sendable {
    var number: Int
    var worksheetCount: Int
    var seminar: SeminarSource
    /// The session's date and the next one's (`SyntheticSeries.dates`).
    var date: String
    var nextDate: String
    /// The programme (fiscal) year and the threat catalogue of that year.
    var year: Int = 2024
    var threatCatalogue: String = "ipa-top10-2024-org"

    static let groupIDs = ["A", "B", "C", "D", "E"]

    var slug: String { "\(date)-session-\(number < 10 ? "0" : "")\(number)" }

    /// `count` sessions over `years` programme years from April 2024, evenly
    /// within each year (April 9 to early March), as the programme runs year after year.
    static func dates(count: Int, years: Int) -> [(date: String, year: Int)] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let years = max(1, years)
        return (0..<count).map { index in
            let year = index * years / max(1, count)
            let first = (year * count + years - 1) / years, last = ((year + 1) * count + years - 1) / years
            let inYear = max(1, last - first), position = index - first
            let start = calendar.date(from: DateComponents(year: 2024 + year, month: 4, day: 9)) ?? Date(timeIntervalSince1970: 1_712_620_800)
            let day = calendar.date(byAdding: .day, value: position * 330 / inYear, to: start) ?? start
            let parts = calendar.dateComponents([.year, .month, .day], from: day)
            return (String(format: "%04d-%02d-%02d", parts.year ?? 2024, parts.month ?? 4, parts.day ?? 9), 2024 + year)
        }
    }

    /// The event's files, relative to the content root.
    func files(random: inout SeededRandom) -> [(path: String, text: String)] {
        let folder = "events/\(slug)"
        let groups = Array(Self.groupIDs.prefix(max(1, min(Self.groupIDs.count, worksheetCount))))
        var files: [(path: String, text: String)] = [("\(folder)/event.yaml", eventYAML(groups: groups))]
        var members: [String: [SyntheticWorksheet]] = [:]
        for index in 0..<worksheetCount {
            let group = groups[index % groups.count]
            let seat = index / groups.count + 1
            let participant = "\(group)-\(seat < 10 ? "0" : "")\(seat)"
            let sheet = SyntheticWorksheet(participant: participant, group: group, random: &random)
            members[group, default: []].append(sheet)
            files.append(("\(folder)/worksheets/\(participant).md", sheet.markdown))
        }
        for group in groups {
            files.append(("\(folder)/groups/\(group).md",
                          SyntheticGroupSheet.markdown(group: group, members: members[group] ?? [], random: &random)))
        }
        files.append(("\(folder)/seminar.md", seminar.page))
        for (name, text) in seminar.extraPages { files.append(("\(folder)/seminar/\(name)", text)) }
        files.append(("\(folder)/voices.yaml", seminar.voices))
        return files
    }

    private func eventYAML(groups: [String]) -> String {
        let groupLines = groups.enumerated().map { index, id in
            "  - { id: \(id), name: \(PhraseBank.groupNames[index % PhraseBank.groupNames.count]) }"
        }
        return """
            title: 第\(number)回 セミナー・ワークショップ
            programme: 令和\(year - 2018)年度 中小企業サイバーセキュリティ社内体制整備事業
            number: \(number)
            date: \(date)
            time: "13:00-17:30"
            venue: 東京都新宿区西新宿 1-22-2 新宿サンエービル 7F
            access: JR・私鉄各線「新宿駅」西口・南口より 徒歩 5～8分
            summary: 情報セキュリティ10大脅威 2024 から自社に関わる脅威を選び、事業への影響、有効な実施手順、実施に向けた課題と解決手段を業種別のグループで話し合いました。
            theme_title: 第\(number)回のテーマ
            threats: \(threatCatalogue)
            controls: ipa-top10-2024-controls
            excluded_threats: [1]
            schedule:
              - { time: "13:00-15:00", title: セミナー（途中5分休憩あり） }
              - { time: "15:00-15:15", title: 休憩 }
              - { time: "15:15-15:40", title: ワークショップ（内容説明・個人ワーク） }
              - { time: "15:40-16:35", title: ワークショップ（グループワーク） }
              - { time: "16:35-17:25", title: 全体発表・講師からのフィードバック }
              - { time: "17:25-17:30", title: 事務局からの案内 }
            groups:
            \(groupLines.joined(separator: "\n"))
            next:
              date: \(nextDate)
              time: "13:00-17:30"
              venue: 東京都新宿区西新宿 1-22-2 新宿サンエービル 7F

            """
    }
}

/// The seminar part of an event, copied from a real event of the repository
/// content (or a short built-in page when there is none).
struct SeminarSource: Sendable {
    var page: String
    var extraPages: [(String, String)]
    var voices: String

    static let builtIn = SeminarSource(
        page: """
            ---
            title: セキュリティ機能の実装と運用
            speaker: 講師
            ---

            ## この章のねらい

            \(PhraseBank.hint)

            """,
        extraPages: [],
        voices: "learned:\n" + PhraseBank.voices.map { "  - \($0)" }.joined(separator: "\n") + "\nchallenges: []\nideas: []\n")

    /// One source per event folder of `content` that has a seminar.md.
    static func read(content: String) -> [SeminarSource] {
        let fileManager = FileManager.default
        let events = content + "/events"
        let slugs = ((try? fileManager.contentsOfDirectory(atPath: events)) ?? []).sorted()
        return slugs.compactMap { slug in
            let folder = "\(events)/\(slug)"
            guard let page = try? String(contentsOfFile: folder + "/seminar.md", encoding: .utf8) else { return nil }
            let names = ((try? fileManager.contentsOfDirectory(atPath: folder + "/seminar")) ?? []).filter { $0.hasSuffix(".md") }.sorted()
            let extra = names.compactMap { name in
                (try? String(contentsOfFile: "\(folder)/seminar/\(name)", encoding: .utf8)).map { (name, $0) }
            }
            let voices = (try? String(contentsOfFile: folder + "/voices.yaml", encoding: .utf8)) ?? builtIn.voices
            return SeminarSource(page: page, extraPages: extra, voices: voices)
        }
    }
}
