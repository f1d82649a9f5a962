import WorkshopModel

/// Why scaffolding (`workshop init`, `workshop new …`) wrote nothing.
/// `message(in:)` is for the user; `exitStatus` is 1 for a refusal to replace
/// what exists, 2 when the command could not run (bad arguments, unreadable root).
public enum ScaffoldError: Error, Sendable, Equatable {
    /// A file is already there; it is never replaced.
    case exists(path: String)
    /// `init` was pointed at a folder that already holds files.
    case folderNotEmpty(path: String)
    /// An event slug that is not `[a-z0-9-]`.
    case invalidSlug(String)
    /// A participant id that is not `[A-Za-z0-9_-]{1,64}` after NFKC.
    case invalidParticipant(String)
    /// A group id that is not a group of the event.
    case unknownGroup(String, event: String, known: [String])
    /// No event folder with that slug.
    case unknownEvent(String, known: [String])
    /// A participant who already has a worksheet in the event (under another file name).
    case duplicateParticipant(String, file: String)
    /// A date that is not `YYYY-MM-DD`.
    case invalidDate(String)
    /// The content root is not a readable folder with a site.yaml.
    case unreadableRoot(path: String)
    /// Writing failed.
    case notWritable(path: String, detail: String)

    public var exitStatus: Int32 {
        switch self {
        case .exists, .folderNotEmpty, .duplicateParticipant: 1
        default: 2
        }
    }

    public func message(in language: Language) -> String {
        switch self {
        case .exists(let path):
            return language.pick(ja: "\(path) は既にあります。上書きしません（別の名前にするか、先に移動してください）",
                                 en: "\(path) already exists; it is not overwritten (choose another name or move it first)")
        case .folderNotEmpty(let path):
            return language.pick(ja: "フォルダ \(path) は空ではありません。新しいサイトは空のフォルダに作ってください",
                                 en: "the folder \(path) is not empty; create a new site in an empty folder")
        case .invalidSlug(let slug):
            return language.pick(ja: "イベント名 '\(slug)' は使えません。半角英小文字・数字・ハイフンで書いてください（例: 2024-10-08-session-06）",
                                 en: "'\(slug)' cannot be an event slug; use lower-case letters, digits and hyphens (e.g. 2024-10-08-session-06)")
        case .invalidParticipant(let id):
            return language.pick(ja: "参加者の仮名 '\(id)' は使えません。半角英数字・ハイフン・下線の64文字以内で書いてください（例: A-01）",
                                 en: "'\(id)' cannot be a participant id; use up to 64 letters, digits, hyphens or underscores (e.g. A-01)")
        case .unknownGroup(let group, let event, let known):
            let list = known.isEmpty ? language.pick(ja: "なし", en: "none") : known.joined(separator: ", ")
            return language.pick(ja: "グループ '\(group)' は \(event) の event.yaml にありません。あるグループ: \(list)",
                                 en: "group '\(group)' is not in the event.yaml of \(event); its groups: \(list)")
        case .unknownEvent(let slug, let known):
            let list = known.isEmpty ? language.pick(ja: "なし（workshop new event で作れます）", en: "none (create one with workshop new event)") : known.joined(separator: ", ")
            return language.pick(ja: "イベント '\(slug)' がありません。あるイベント: \(list)",
                                 en: "no event '\(slug)'; the events are: \(list)")
        case .duplicateParticipant(let id, let file):
            return language.pick(ja: "参加者 '\(id)' のワークシートは既に \(file) にあります。上書きしません",
                                 en: "participant '\(id)' already has a worksheet, \(file); it is not overwritten")
        case .invalidDate(let text):
            return language.pick(ja: "日付 '\(text)' を読めません。YYYY-MM-DD の形で書いてください（例: 2024-10-08）",
                                 en: "cannot read the date '\(text)'; write it as YYYY-MM-DD (e.g. 2024-10-08)")
        case .unreadableRoot(let path):
            return language.pick(ja: "コンテンツのフォルダ \(path) に site.yaml がありません（--root で指定するか、workshop init で作ってください）",
                                 en: "the content folder \(path) has no site.yaml (point at it with --root, or create a site with workshop init)")
        case .notWritable(let path, let detail):
            return language.pick(ja: "\(path) に書き込めません: \(detail)", en: "cannot write \(path): \(detail)")
        }
    }
}
