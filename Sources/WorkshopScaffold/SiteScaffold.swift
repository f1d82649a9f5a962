import Foundation
import WorkshopLoad
import WorkshopModel

/// A new site (`workshop init DIR`): `Content/site.yaml`, the 2024
/// catalogues, and one event `Content/events/<today>-session-01/`, ready
/// for `workshop check --strict` and `workshop build`. The theme is not
/// copied: the tool finds its own (`ToolThemes`).
public struct SiteScaffold: Sendable {
    /// The folder to create the site in (it may not exist yet).
    public var folder: String
    public var language: Language
    /// The site's title; nil gives a generic one.
    public var title: String?
    public var today: CalendarDate

    public init(folder: String, language: Language = .ja, title: String? = nil, today: CalendarDate? = nil) {
        self.folder = folder
        self.language = language
        self.title = title
        self.today = today ?? ScaffoldText.today()
    }

    /// The first event's slug, e.g. `2025-01-20-session-01`.
    public var eventSlug: String { "\(today)-session-01" }

    /// The files, relative to `folder`.
    public var files: [ScaffoldFile] {
        var files = [
            ScaffoldFile(path: ".gitignore", text: Self.gitignore),
            ScaffoldFile(path: "Content/site.yaml", text: siteYAML),
        ]
        files += StarterCatalogues.files(for: language).map { ScaffoldFile(path: "Content/\($0.path)", text: $0.text) }
        let event = EventScaffold(slug: eventSlug, date: today, number: 1, language: language)
        files += event.files.map { ScaffoldFile(path: "Content/\($0.path)", text: $0.text) }
        return files
    }

    /// What the new site keeps out of version control: the built site
    /// (`Output/`, `public/`), the printed PDFs (`PDF/`) and serve's state folder (`.workshop/`, edit-token hashes).
    public static let gitignore = "Output/\nPDF/\npublic/\n.workshop/\n"

    public var siteYAML: String {
        let l = language
        let marker = ScaffoldText.yaml(Placeholder.marker(in: l))
        let given = title.flatMap { $0.isEmpty ? nil : $0 }
        let siteTitle = given ?? l.pick(ja: "情報セキュリティ セミナー・ワークショップ", en: "Information security seminars and workshops")
        // A subtitle that repeats the title says nothing: the generic title has none.
        let series = l.pick(ja: "セミナー・ワークショップ", en: "Seminar and workshop series")
        let subtitle = given == nil || given == series ? "\"\"" : ScaffoldText.yaml(series)
        var lines: [String] = [
            l.pick(ja: "# サイトの設定。（記入してください）の箇所を書き換えてください。", en: "# The site. Replace every (fill in)."),
            "title: \(ScaffoldText.yaml(siteTitle))",
            "subtitle: \(subtitle)" + l.pick(ja: "   # 副題（任意）", en: "   # optional"),
            "programme: \(marker)" + l.pick(ja: "   # 事業名（例: 令和6年度 中小企業サイバーセキュリティ社内体制整備事業）", en: "   # the programme's name"),
            "language: \(l.rawValue)" + l.pick(ja: "   # ja または en", en: "   # ja or en"),
            "base_url: /" + l.pick(ja: "   # 公開先の URL（例: https://example.jp/workshop/）", en: "   # where the site is published (e.g. https://example.org/workshop/)"),
            "theme: default",
        ]
        if l == .ja {
            lines.append("date_style: wareki   # 日付の書き方: wareki（令和6年10月8日）または western（2024年10月8日）")
        }
        lines += [
            "organiser: \(marker)" + l.pick(ja: "   # 運営事務局", en: "   # the organisers"),
            "contact:",
            "  tel: \"\"" + l.pick(ja: "     # 例: 0120-000-000", en: "     # e.g. +44 20 0000 0000"),
            "  email: \"\"" + l.pick(ja: "   # 例: office@example.jp", en: "   # e.g. office@example.org"),
            "  url: \"\"" + l.pick(ja: "     # 例: https://example.jp/", en: "     # e.g. https://example.org/"),
            "  hours: \"\"" + l.pick(ja: "   # 例: 平日 9:00～17:00（祝日を除く）", en: "   # e.g. weekdays 9:00-17:00"),
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the site; `.folderNotEmpty` when the folder holds anything but dotfiles.
    public func write() throws(ScaffoldError) -> [String] {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .exists(path: folder) }
            let names: [String]
            do { names = try fileManager.contentsOfDirectory(atPath: folder) } catch {
                throw .notWritable(path: folder, detail: error.localizedDescription)
            }
            if names.contains(where: { !$0.hasPrefix(".") }) { throw .folderNotEmpty(path: folder) }
        }
        // A folder that already has a .gitignore keeps it.
        let gitignore = URL(fileURLWithPath: folder).appendingPathComponent(".gitignore").path
        let keep = files.filter { $0.path != ".gitignore" || !fileManager.fileExists(atPath: gitignore) }
        return try keep.write(under: folder)
    }
}
