import Foundation
import WorkshopRender

/// Where the tool's own themes are, so that a site made by `workshop init`
/// (which has no `Themes/` folder) builds: pass `ToolThemes.folders()`
/// as `BuildOptions.extraThemeFolders`.
///
/// Looked for, in order: `$WORKSHOP_THEMES`; `share/workshop/Themes` beside
/// the executable's `bin/` (an installed tool); a `Themes` folder in the
/// executable's folder or any folder above it (the package checkout when
/// run from `.build/debug/workshop`). Only folders holding `default/` count.
public enum ToolThemes {
    public static func folders(executable: URL? = Bundle.main.executableURL,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var candidates: [URL] = []
        if let path = environment["WORKSHOP_THEMES"], !path.isEmpty {
            candidates.append(URL(fileURLWithPath: path))
        }
        if let executable {
            let folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            candidates.append(folder.deletingLastPathComponent().appendingPathComponent("share/workshop/Themes"))
            var ancestor = folder
            for _ in 0..<8 {
                candidates.append(ancestor.appendingPathComponent("Themes"))
                let parent = ancestor.deletingLastPathComponent()
                if parent.path == ancestor.path { break }
                ancestor = parent
            }
        }
        var seen = Set<String>()
        return candidates.map(\.standardizedFileURL.path).filter { path in
            var isFolder: ObjCBool = false
            let hasDefault = FileManager.default.fileExists(atPath: path + "/default", isDirectory: &isFolder) && isFolder.boolValue
            return hasDefault && seen.insert(path).inserted
        }
    }
}
