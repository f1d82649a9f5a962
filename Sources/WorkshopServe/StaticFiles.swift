import Foundation

/// Finds the file a URL path names in the output folder: percent-decoded,
/// normalised, never outside the folder (`..` is refused, not resolved; a
/// symbolic link that leads out of the folder is not followed: not found),
/// `index.html` for folders.
public struct StaticFiles: Sendable {
    public enum Lookup: Sendable, Hashable {
        case file(path: String, contentType: String)
        /// A folder asked for without its trailing slash: relative links need it.
        case redirect(to: String)
        case notFound
        /// A path that tries to leave the folder or is not a path at all.
        case refused
    }

    public var root: String

    public init(root: String) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL.path
    }

    public func lookup(_ rawPath: String) -> Lookup {
        let pathOnly = String(rawPath.prefix { $0 != "?" && $0 != "#" })
        guard let decoded = pathOnly.removingPercentEncoding else { return .refused }
        if decoded.contains("\0") || decoded.contains("\\") { return .refused }
        var parts: [String] = []
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if part == ".." { return .refused }
            if part == "." { continue }
            parts.append(String(part))
        }
        if parts.contains(where: { $0.hasPrefix(".") }) { return .notFound }
        let url = parts.reduce(URL(fileURLWithPath: root)) { $0.appendingPathComponent($1) }
        let path = url.standardizedFileURL.path
        guard path == root || path.hasPrefix(root + "/") else { return .refused }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isInside(path) else { return .notFound }
        if isFolder.boolValue {
            guard decoded.hasSuffix("/") || parts.isEmpty else { return .redirect(to: "/" + parts.joined(separator: "/") + "/") }
            let index = path + "/index.html"
            return FileManager.default.fileExists(atPath: index) && isInside(index)
                ? .file(path: index, contentType: Self.contentType(of: index)) : .notFound
        }
        return .file(path: path, contentType: Self.contentType(of: path))
    }

    /// Whether `path`, with every symbolic link on the way resolved, is still in the output folder.
    func isInside(_ path: String) -> Bool {
        guard let real = Self.realPath(path), let realRoot = Self.realPath(root) else { return false }
        return real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The site's 404 page, if the build made one.
    public var notFoundPage: String? {
        let path = root + "/404.html"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    static let types: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml", "json": "application/json; charset=utf-8", "csv": "text/csv; charset=utf-8",
        "xml": "application/xml; charset=utf-8", "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
        "pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "ico": "image/x-icon", "woff2": "font/woff2", "woff": "font/woff",
    ]

    public static func contentType(of path: String) -> String {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        return types[ext] ?? "application/octet-stream"
    }
}
