import Foundation

/// What answers say instead of the server's absolute paths: the content
/// root as the facilitator typed it when that is relative, else its folder
/// name; inside text, any absolute form of the content root, the output
/// folder or the state folder is replaced the same way. Nothing the server
/// sends names where it lives on disk.
struct DisplayPath: Sendable {
    /// (absolute prefix, what to show instead), longest first.
    let replacements: [(String, String)]
    /// Shown before a root-relative file in findings (`Content`).
    let root: String

    init(options: ServeOptions) {
        func shown(_ path: String) -> String {
            path.hasPrefix("/") ? URL(fileURLWithPath: path).lastPathComponent : path
        }
        func absolute(_ path: String) -> [String] {
            let standard = URL(fileURLWithPath: path).standardizedFileURL.path
            let real = StaticFiles.realPath(path) ?? standard
            return Array(Set([standard, real]))
        }
        var replacements: [(String, String)] = []
        for path in [options.build.root, options.build.output] + (options.collect ? [options.resolvedStateFolder] : []) {
            for prefix in absolute(path) where prefix.count > 1 { replacements.append((prefix, shown(path))) }
        }
        self.replacements = replacements.sorted { $0.0.count > $1.0.count }
        self.root = shown(options.build.root)
    }

    /// `text` with every absolute path of the server's folders made relative.
    func clean(_ text: String) -> String {
        var text = text
        for (prefix, shown) in replacements { text = text.replacingOccurrences(of: prefix, with: shown) }
        return text
    }
}
