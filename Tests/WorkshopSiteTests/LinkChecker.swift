import Foundation
@testable import WorkshopBuild
@testable import WorkshopRender

/// Finds every internal `href`/`src` of the rendered HTML files and checks
/// that it resolves to a rendered file, and its `#fragment` to an `id` there.
struct LinkChecker {
    var files: [String: RenderedFile]

    struct Broken: CustomStringConvertible {
        var page: String
        var link: String
        var reason: String
        var description: String { "\(page): \(link) (\(reason))" }
    }

    func check() -> [Broken] {
        var broken: [Broken] = []
        var idCache: [String: Set<String>] = [:]
        func ids(in path: String) -> Set<String> {
            if let cached = idCache[path] { return cached }
            let found = Set(Self.attributes("id", in: files[path]?.text ?? ""))
            idCache[path] = found
            return found
        }
        for (path, file) in files where path.hasSuffix(".html") {
            let html = file.text
            for link in Self.attributes("href", in: html) + Self.attributes("src", in: html) {
                let lower = link.lowercased()
                if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") || lower.hasPrefix("tel:") { continue }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? path : Self.resolve(parts[0], from: path)
                guard let target, files[target] != nil else {
                    broken.append(Broken(page: path, link: link, reason: "no such file"))
                    continue
                }
                if parts.count == 2, !parts[1].isEmpty, !ids(in: target).contains(parts[1]) {
                    broken.append(Broken(page: path, link: link, reason: "no id '\(parts[1])' in \(target)"))
                }
            }
        }
        return broken
    }

    /// Values of `name="…"` attributes, with entities undone.
    static func attributes(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        let marker = " \(name)=\""
        var rest = html[...]
        while let start = rest.range(of: marker) {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            values.append(String(after[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = after[end...]
        }
        return values
    }

    /// `../x/index.html` seen from `events/a/b/index.html`.
    static func resolve(_ link: String, from page: String) -> String? {
        var parts = page.split(separator: "/").map(String.init)
        parts.removeLast()
        for piece in link.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            switch piece {
            case "..": if parts.isEmpty { return nil } else { parts.removeLast() }
            case ".", "": continue
            default: parts.append(piece)
            }
        }
        var path = parts.joined(separator: "/")
        if link.hasSuffix("/") || path.isEmpty { path += path.isEmpty ? "index.html" : "/index.html" }
        return path
    }
}
