import WorkshopLoad
import WorkshopModel

/// A blank participant worksheet (`workshop new worksheet`): front matter,
/// the three theme headings, one threat item under ①, one procedure item
/// under ② and ③, every field label, and the fill-in marker
/// (`Placeholder.marker`) as every value the participant writes — so that
/// `workshop check` warns `placeholder-text` for each field left unfilled.
public struct WorksheetScaffold: Sendable {
    /// The participant id, already normalised (see `participantID(_:)`).
    public var participant: String
    public var group: String
    public var language: Language

    public init(participant: String, group: String, language: Language = .ja) {
        self.participant = participant
        self.group = group
        self.language = language
    }

    /// The participant id as written to disk: NFKC with dashes folded
    /// (`Ａ－０１` is `A-01`), then it must be `[A-Za-z0-9_-]{1,64}`; nil otherwise.
    public static func participantID(_ raw: String) -> String? {
        let id = IDText.normalize(raw)
        guard (1...64).contains(id.count),
              id.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSetASCII.isAlphanumeric($0) || $0 == "-" || $0 == "_") }) else { return nil }
        return id
    }

    /// The worksheet's path under an event folder.
    public var path: String { "worksheets/\(participant).md" }

    public var text: String {
        let m = Placeholder.marker(in: language)
        let quoted = ScaffoldText.yaml(m)
        let front = """
        ---
        participant: \(ScaffoldText.yaml(participant))\(language.pick(ja: "   # 仮名（このイベントで重複しないこと）", en: "   # pseudonym, unique within the event"))
        group: \(ScaffoldText.yaml(group))\(language.pick(ja: "   # event.yaml のグループ", en: "   # a group of event.yaml"))
        industry: \(quoted)\(language.pick(ja: "   # 業種（例: 電子部品の卸売業）", en: "   # your business (e.g. electronic parts wholesale)"))
        publish: false\(language.pick(ja: "   # true にすると公開レポートに抜粋が載ることがあります", en: "   # true lets excerpts appear in the public report"))
        ---

        """
        let body = language.pick(
            ja: """
            ## ① 事業影響の認識

            ### 脅威 \(m)
            - 事業内容: \(m)
            - 影響: \(m)
            - 影響度: \(m)

            ## ② 有効な実施手順

            ### 手順 \(m)
            - 脅威: \(m)
            - 理由: \(m)

            ## ③ 課題と解決手段

            ### 手順 \(m)
            - 課題: \(m)
              - 解決手段: \(m)

            """,
            en: """
            ## 1. Business impact

            ### Threat \(m)
            - Business: \(m)
            - Impact: \(m)
            - Severity: \(m)

            ## 2. Procedures

            ### Procedure \(m)
            - Threat: \(m)
            - Reason: \(m)

            ## 3. Obstacles and remedies

            ### Procedure \(m)
            - Obstacle: \(m)
              - Remedy: \(m)

            """)
        return front + "\n" + body
    }
}

/// ASCII letter and digit tests (no Foundation character sets, which accept any script).
enum CharacterSetASCII {
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
