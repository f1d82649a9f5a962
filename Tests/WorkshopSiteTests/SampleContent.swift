import Foundation
import WorkshopModel

/// A small content built in code: one event, two groups, four worksheets.
/// Unpublished worksheets and group sheets carry canary strings in every
/// field so the privacy tests can look for them.
enum SampleContent {
    static let canary = "CANARY-UNPUBLISHED-7f3a"
    static let canaryPseudonym = "ZZ-CANARY-99"
    static let publishedPseudonym = "QX-PUBLISHED-17"
    static let script = "<script>alert(1)</script>"

    static func at(_ file: String, _ line: Int = 1) -> SourceLocation { SourceLocation(file: file, line: line, column: 1) }
    static func text(_ value: String, _ file: String = "x.md") -> WrittenText { WrittenText(value, at: at(file)) }

    static let threats = ThreatCatalogue(id: "threats-test", title: "情報セキュリティ10大脅威 テスト", source: "IPA", threats: [
        Threat(id: 1, title: "ランサムウェアによる被害", summary: "暗号化", location: at("catalogs/threats.yaml", 3)),
        Threat(id: 2, title: "サプライチェーンの弱点を悪用した攻撃", summary: "取引先", location: at("catalogs/threats.yaml", 6)),
        Threat(id: 3, title: "内部不正による情報漏えい等の被害", summary: "内部", location: at("catalogs/threats.yaml", 9)),
        Threat(id: 8, title: "ビジネスメール詐欺による金銭被害", summary: "詐欺", location: at("catalogs/threats.yaml", 12)),
    ], location: at("catalogs/threats.yaml"))

    static func procedures(_ control: Int) -> [Procedure] {
        (1...3).map { Procedure(id: ProcedureID(control: control, number: $0), text: "手順 \(control)-\($0) の内容", location: at("catalogs/controls.yaml")) }
    }

    static let controls = ControlTable(id: "controls-test", title: "リスク低減管理策と実施手順", controls: [
        Control(number: 1, category: .organizational, iso: "5.1", title: "情報セキュリティのための方針群", summary: "方針", procedures: procedures(1), location: at("catalogs/controls.yaml")),
        Control(number: 6, category: .people, iso: "6.3", title: "意識向上、教育および訓練", summary: "教育", procedures: procedures(6), location: at("catalogs/controls.yaml")),
        Control(number: 13, category: .technological, iso: "8.12", title: "データ漏えいの防止", summary: "DLP", procedures: procedures(13), location: at("catalogs/controls.yaml")),
    ], location: at("catalogs/controls.yaml"))

    static func worksheet(_ participant: String, group: String, industry: String, publish: Bool, words: String) -> Worksheet {
        let file = "events/2024-10-08-session-06/worksheets/\(participant).md"
        return Worksheet(
            participant: participant, group: group, industry: industry, publish: publish,
            impacts: [ThreatImpact(threat: ThreatRef(raw: "脅威 3", id: 3, location: at(file, 8)), business: text("事業 \(words)", file),
                                   impact: text("影響 \(words)", file), severityText: text("高", file), severity: .high, location: at(file, 8))],
            choices: [ProcedureChoice(procedure: ProcedureRef(raw: "6-1", id: ProcedureID(control: 6, number: 1), location: at(file, 14)),
                                      threats: [ThreatRef(raw: "3", id: 3, location: at(file, 15))], reason: text("理由 \(words)", file), location: at(file, 14))],
            obstacles: [ProcedureObstacles(procedure: ProcedureRef(raw: "6-1", id: ProcedureID(control: 6, number: 1), location: at(file, 20)),
                                           pairs: [ObstaclePair(obstacle: text("課題 \(words)", file), remedies: [text("解決 \(words)", file)])], location: at(file, 20))],
            location: at(file))
    }

    static func groupSheet(_ group: String, publish: Bool, words: String) -> GroupSheet {
        let file = "events/2024-10-08-session-06/groups/\(group).md"
        return GroupSheet(
            group: group, threats: [ThreatRef(raw: "3", id: 3, location: at(file, 3))], industries: ["卸業", "製造業 \(words)"], publish: publish,
            impacts: [text("グループの影響 \(words)", file)],
            commonProcedures: [ProcedureChoice(procedure: ProcedureRef(raw: "6-1", id: ProcedureID(control: 6, number: 1), location: at(file, 10)),
                                               reason: text("共通の理由 \(words)", file), location: at(file, 10))],
            diverseViews: [text("多様な視点 \(words)", file)],
            obstacles: [ObstaclePair(obstacle: text("グループの課題 \(words)", file), remedies: [text("グループの解決 \(words)", file)])],
            hint: text("ヒント **\(words)**", file), location: at(file))
    }

    static func event(published words: String = "公開された記述") -> Event {
        let slug = "2024-10-08-session-06"
        return Event(
            slug: slug, title: "第6回 セミナー・ワークショップ", programme: "令和6年度 事業", number: 6,
            date: CalendarDate(year: 2024, month: 10, day: 8), time: "13:00-17:30", venue: "東京都新宿区", access: "新宿駅から徒歩5分",
            summary: "セミナーとワークショップを開催しました。", themeTitle: "具体的な構築・運用の実践",
            threatCatalogueID: threats.id, controlTableID: controls.id, excludedThreats: [1],
            schedule: [ScheduleItem(time: "13:00-15:00", title: "セミナー"), ScheduleItem(time: "15:15-17:25", title: "ワークショップ")],
            groups: [GroupInfo(id: "A", name: "卸業・製造業グループ", location: at("events/\(slug)/event.yaml", 20)),
                     GroupInfo(id: "B", name: "小売業グループ", location: at("events/\(slug)/event.yaml", 21))],
            next: NextSession(date: CalendarDate(year: 2024, month: 10, day: 22), time: "13:00-17:30", venue: "東京都新宿区"),
            seminarPages: [
                SeminarPage(slug: "seminar", title: "第20章 セキュリティ機能の実装と運用", speaker: "講師", summary: "要約",
                            body: "## ねらい\n\n本文。\n\n| 工程 | 勘所 |\n|---|---|\n| 企画 | 情報の洗い出し |\n\n- 入れ子\n  - 下位\n\n<b>raw</b>\n\n## 工程\n\n本文。\n\n### 細目\n\n## まとめ\n\n終わり。\n", bodyLine: 6, location: at("events/\(slug)/seminar.md")),
                SeminarPage(slug: "agile", title: "アジャイル開発", order: 1, body: "## 概要\n\nアジャイル。\n", location: at("events/\(slug)/seminar/agile.md")),
            ],
            voices: Voices(categories: [VoiceCategory(key: "learned", items: ["よくわかりました"]), VoiceCategory(key: "ideas", items: ["試したい"])]),
            worksheets: [
                worksheet(publishedPseudonym, group: "A", industry: "電子部品の卸売業", publish: true, words: words),
                worksheet("A-02", group: "A", industry: "金属加工業", publish: true, words: script),
                worksheet(canaryPseudonym, group: "A", industry: "製造業 \(canary)", publish: false, words: canary),
                worksheet("B-01", group: "B", industry: "小売業 \(canary)", publish: false, words: canary),
            ],
            groupSheets: [groupSheet("A", publish: true, words: "グループA"), groupSheet("B", publish: false, words: canary)],
            location: at("events/\(slug)/event.yaml"))
    }

    static func content(language: Language = .ja) -> Content {
        Content(site: SiteConfig(title: "中小企業サイバーセキュリティ社内体制整備事業", subtitle: "セミナー・ワークショップ", programme: "令和6年度",
                                 language: language, organiser: "運営事務局",
                                 contact: Contact(tel: "0120-000-000", email: "office@example.jp", url: "https://example.jp/", hours: "平日 9:00～17:00"),
                                 location: at("site.yaml")),
                threatCatalogues: [threats], controlTables: [controls], events: [event()])
    }
}
