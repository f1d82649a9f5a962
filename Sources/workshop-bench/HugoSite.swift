import Foundation

/// A Hugo site holding the same Markdown files as the synthetic content
/// (worksheets, group sheets, seminar pages as content pages) with a minimal
/// template, so Hugo's rendering time can be set beside ours.
enum HugoSite {
    static let config = """
        baseURL = "/"
        languageCode = "ja"
        title = "workshop-bench"
        disableKinds = ["taxonomy", "term"]

        """
    static let single = """
        <!doctype html>
        <html lang="ja"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body><main>{{ .Content }}</main></body></html>

        """
    static let list = """
        <!doctype html>
        <html lang="ja"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body><main>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>

        """

    /// Writes the Hugo site into `folder`, copying `markdown` (paths relative to `contentRoot`).
    static func write(to folder: String, contentRoot: String, markdown: [String]) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: folder + "/layouts/_default", withIntermediateDirectories: true)
        try Data(config.utf8).write(to: URL(fileURLWithPath: folder + "/hugo.toml"))
        try Data(single.utf8).write(to: URL(fileURLWithPath: folder + "/layouts/_default/single.html"))
        try Data(list.utf8).write(to: URL(fileURLWithPath: folder + "/layouts/_default/list.html"))
        try Data(list.utf8).write(to: URL(fileURLWithPath: folder + "/layouts/index.html"))
        for path in markdown {
            let target = "\(folder)/content/\(path)"
            try fileManager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try fileManager.copyItem(atPath: "\(contentRoot)/\(path)", toPath: target)
        }
    }
}
