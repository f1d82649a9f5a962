import WorkshopLoad
import WorkshopModel

/// A new event folder (`workshop new event SLUG`): `event.yaml` with every
/// key of the content format, a `seminar.md` skeleton, `voices.yaml` with the
/// three categories, and empty `worksheets/` and `groups/` folders. Values the
/// facilitator must supply hold the fill-in marker (`Placeholder.marker`).
public struct EventScaffold: Sendable {
    public var slug: String
    public var date: CalendarDate
    public var number: Int
    /// The event's title; nil gives 第N回 セミナー・ワークショップ.
    public var title: String?
    public var programme: String
    public var language: Language
    public var threatCatalogueID: String
    public var controlTableID: String
    /// Group ids and names.
    public var groups: [(id: String, name: String)]

    public init(slug: String, date: CalendarDate, number: Int = 1, title: String? = nil, programme: String = "",
                language: Language = .ja, threatCatalogueID: String = StarterCatalogues.threatCatalogueID,
                controlTableID: String = StarterCatalogues.controlTableID, groups: [(id: String, name: String)]? = nil) {
        self.slug = slug
        self.date = date
        self.number = number
        self.title = title
        self.programme = programme
        self.language = language
        self.threatCatalogueID = threatCatalogueID
        self.controlTableID = controlTableID
        // Named like the sample's groups, by their members' industries: a name
        // that repeats the id would make pages read "Group A: Group A".
        self.groups = groups ?? [
            ("A", language.pick(ja: "製造業・卸売業グループ", en: "Manufacturing and wholesale")),
            ("B", language.pick(ja: "小売・サービス業グループ", en: "Retail and services")),
        ]
    }

    /// Whether `slug` can name an event folder: `[a-z0-9-]`, starting with a letter or digit, at most 100 characters.
    public static func isValidSlug(_ slug: String) -> Bool {
        guard let first = slug.first, first != "-", slug.count <= 100 else { return false }
        return slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The date a slug starts with (`2024-10-08-session-06`), if any.
    public static func date(inSlug slug: String) -> CalendarDate? {
        guard slug.count >= 10 else { return nil }
        return CalendarDate(String(slug.prefix(10)))
    }

    /// The event folder, relative to the content root.
    public var folder: String { "events/\(slug)" }

    /// The files, relative to the content root.
    public var files: [ScaffoldFile] {
        [
            ScaffoldFile(path: "\(folder)/event.yaml", text: eventYAML),
            ScaffoldFile(path: "\(folder)/seminar.md", text: seminarMarkdown),
            ScaffoldFile(path: "\(folder)/voices.yaml", text: voicesYAML),
            ScaffoldFile(path: "\(folder)/worksheets/.gitkeep", text: ""),
            ScaffoldFile(path: "\(folder)/groups/.gitkeep", text: ""),
        ]
    }

    private var marker: String { ScaffoldText.yaml(Placeholder.marker(in: language)) }

    public var eventYAML: String {
        let l = language
        let defaultTitle = l.pick(ja: "第\(number)回 セミナー・ワークショップ", en: "Session \(number): seminar and workshop")
        let next = ScaffoldText.adding(14, to: date)
        let schedule: [(String, String)] = l == .ja
            ? [("13:00-15:00", "セミナー（途中5分休憩あり）"), ("15:00-15:15", "休憩"),
                 ("15:15-15:40", "ワークショップ（内容説明・個人ワーク）"), ("15:40-16:35", "ワークショップ（グループワーク）"),
                 ("16:35-17:25", "全体発表・講師からのフィードバック"), ("17:25-17:30", "事務局からの案内")]
            : [("13:00-15:00", "Seminar (with a 5-minute break)"), ("15:00-15:15", "Break"),
                 ("15:15-15:40", "Workshop (briefing and individual work)"), ("15:40-16:35", "Workshop (group work)"),
                 ("16:35-17:25", "Presentations and feedback from the lecturer"), ("17:25-17:30", "Announcements from the organisers")]
        var lines = [
            l.pick(ja: "# 第\(number)回の設定。（記入してください）の箇所を書き換えてください。",
                   en: "# Session \(number). Replace every (fill in)."),
            "title: \(ScaffoldText.yaml(title ?? defaultTitle))",
            "programme: \(programme.isEmpty ? marker : ScaffoldText.yaml(programme))",
            "number: \(number)",
            "date: \(date)",
            "time: \"13:00-17:30\"",
            "venue: \(marker)",
            "access: \(marker)",
            "summary: \(marker)" + l.pick(ja: "   # 開催概要（レポートの冒頭に載ります）", en: "   # overview (opens the event report)"),
            "theme_title: \(marker)" + l.pick(ja: "   # セミナーのテーマ", en: "   # the seminar's theme"),
            "threats: \(ScaffoldText.yaml(threatCatalogueID))" + l.pick(ja: "   # catalogs/ の脅威の一覧の id", en: "   # id of a threat catalogue in catalogs/"),
            "controls: \(ScaffoldText.yaml(controlTableID))" + l.pick(ja: "   # catalogs/ の管理策の一覧の id", en: "   # id of a control table in catalogs/"),
            "excluded_threats: []" + l.pick(ja: "   # 対象外の脅威の番号（例: [1]）", en: "   # threat numbers left out (e.g. [1])"),
            "schedule:",
        ]
        lines += schedule.map { "  - { time: \"\($0.0)\", title: \(ScaffoldText.yaml($0.1)) }" }
        lines.append("groups:" + l.pick(ja: "   # 名前はメンバーの業種で（例: 卸業・製造業グループ）。members: 参加者の仮名（未提出の人がダッシュボードに出ます）",
                                        en: "   # name each group by its members' industries; members: the pseudonyms expected (the dashboard shows who has not submitted)"))
        lines += groups.map { "  - { id: \(ScaffoldText.yaml($0.id)), name: \(ScaffoldText.yaml($0.name)), members: [] }" }
        lines += [
            "next:" + l.pick(ja: "   # 次回のご案内（日付は2週間後を仮に入れています）", en: "   # the next session (the date is two weeks later as a guess)"),
            "  date: \(next)",
            "  time: \"13:00-17:30\"",
            "  venue: \(marker)",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    public var seminarMarkdown: String {
        let m = Placeholder.marker(in: language)
        return language.pick(
            ja: """
            ---
            title: \(marker)
            speaker: \(marker)
            summary: \(marker)
            ---

            ## この回のねらい

            \(m)

            ## 講義の内容

            \(m)

            """,
            en: """
            ---
            title: \(marker)
            speaker: \(marker)
            summary: \(marker)
            ---

            ## What this session is about

            \(m)

            ## The lecture

            \(m)

            """)
    }

    public var voicesYAML: String {
        language.pick(
            ja: """
            # セミナー参加者の声（アンケートから抜粋）。各項目に - で1件ずつ書きます。
            learned: []      # セミナー受講で得た学びの成果
            challenges: []   # 自社の課題・気づき
            ideas: []        # 活用できそうな施策・アイデア

            """,
            en: """
            # Participants' voices (survey excerpts). Write one per line starting with -.
            learned: []      # what participants learned
            challenges: []   # their own company's challenges
            ideas: []        # measures and ideas they can use

            """)
    }
}
