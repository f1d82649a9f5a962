import WorkshopModel

/// What the collection endpoint collects: participants' worksheets
/// (`POST …/worksheets`) and groups' sheets (`POST …/groups`). Both follow
/// the same rules; they differ in the front-matter field that names the file,
/// the folder and the words of the answers.
public enum CollectedSheet: String, Sendable, Hashable, Codable {
    case worksheet
    case groupSheet = "group"

    /// The front-matter field whose value, normalised, names the file (`participant`, `group`).
    var idField: String { self == .worksheet ? "participant" : "group" }

    /// The folder under the event (`worksheets`, `groups`).
    var folder: String { self == .worksheet ? "worksheets" : "groups" }

    /// The sheet's file, relative to the content root.
    func file(event: String, id: String) -> String { "events/\(event)/\(folder)/\(id).md" }

    func name(_ language: Language) -> String {
        self == .worksheet ? language.pick(ja: "ワークシート", en: "worksheet") : language.pick(ja: "グループシート", en: "group sheet")
    }

    /// Who the sheet belongs to, for messages: `参加者 A-01`, `グループ A`.
    func owner(_ id: String, _ language: Language) -> String {
        self == .worksheet ? language.pick(ja: "参加者 \(id)", en: "participant \(id)") : language.pick(ja: "グループ \(id)", en: "group \(id)")
    }
}
