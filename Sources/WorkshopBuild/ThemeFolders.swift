import Foundation
import WorkshopModel
import WorkshopRender

/// Themes read from disk: the build's side of `SiteTheme` (the renderer only
/// gets the theme's files as values).
extension SiteTheme {
    /// Finds `name` in the folders (first match wins) and falls back to
    /// `default`. `default` is the built-in theme (`EmbeddedDefaultTheme`),
    /// under a `default/` folder when the folders hold one (which may
    /// override only some files): so `default` is always found.
    public static func load(name: String, searching folders: [String]) throws(BuildError) -> SiteTheme {
        let fileManager = FileManager.default
        func find(_ themeName: String) -> String? {
            folders.map { URL(fileURLWithPath: $0).appendingPathComponent(themeName).path }
                .first { path in
                    var isFolder: ObjCBool = false
                    return fileManager.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
                }
        }
        var defaultTheme = try EmbeddedDefaultTheme.theme()
        if let folder = find("default") {
            defaultTheme = try read(folder: folder, name: "default").fallingBack(to: defaultTheme)
        }
        if name == "default" { return defaultTheme }
        guard let folder = find(name) else { throw .themeNotFound(name: name, searched: folders) }
        return try read(folder: folder, name: name).fallingBack(to: defaultTheme)
    }

    /// Reads one theme folder, without fallback.
    public static func read(folder: String, name: String) throws(BuildError) -> SiteTheme {
        let base = URL(fileURLWithPath: folder)
        var files: [String: Data] = [:]
        for sub in ["templates", "templates/partials"] {
            let dir = base.appendingPathComponent(sub)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for file in names.sorted() where file.hasSuffix(".mustache") {
                let url = dir.appendingPathComponent(file)
                guard let data = try? Data(contentsOf: url) else {
                    throw .templateError(file: url.path, line: nil, message: "unreadable")
                }
                files["\(sub)/\(file)"] = data
            }
        }
        for language in Language.allCases {
            let url = base.appendingPathComponent("strings/\(language.rawValue).yaml")
            guard let data = try? Data(contentsOf: url) else { continue }
            files["strings/\(language.rawValue).yaml"] = data
        }
        let assetsURL = base.appendingPathComponent("assets")
        if let enumerator = FileManager.default.enumerator(at: assetsURL, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in enumerator {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                      let data = try? Data(contentsOf: url) else { continue }
                let relative = url.standardizedFileURL.path.dropFirst(assetsURL.standardizedFileURL.path.count)
                let path = relative.hasPrefix("/") ? String(relative.dropFirst()) : String(relative)
                if path.hasPrefix(".") || path.contains("/.") { continue }
                files["assets/\(path)"] = data
            }
        }
        return try SiteTheme(name: name, files: files, origin: base.path)
    }
}

extension BuildOptions {
    /// The folders searched for themes, in order.
    public var themeFolders: [String] {
        var folders: [String] = []
        if let themesFolder { folders.append(themesFolder) }
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        folders.append(rootURL.deletingLastPathComponent().appendingPathComponent("Themes").path)
        folders.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Themes").path)
        folders.append(contentsOf: extraThemeFolders)
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }
}
