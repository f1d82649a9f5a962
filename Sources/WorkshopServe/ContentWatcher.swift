import Foundation

/// Notices changes under the content root and the theme folders by looking
/// at every file's modification time and size every `interval` (polling works
/// the same on macOS, Linux and network drives). Waits until a change has
/// settled (no further change for one interval) before reporting it, so an
/// editor's save-in-several-steps gives one rebuild. One change is handled at
/// a time: everything that changes while `onChange` runs (a rebuild) is
/// reported together afterwards, so edits during a long build coalesce into
/// one more rebuild.
public struct ContentWatcher: Sendable {
    public struct Change: Sendable, Hashable {
        /// Changed, added or removed files under the content root, relative to it.
        public var contentPaths: [String]
        /// Whether anything under a theme folder changed.
        public var themeChanged: Bool
    }

    struct Stamp: Hashable {
        var modified: Double
        var size: Int
    }

    public var contentRoot: String
    public var themeFolders: [String]
    public var interval: Duration

    public init(contentRoot: String, themeFolders: [String], interval: Duration = .milliseconds(250)) {
        self.contentRoot = contentRoot
        self.themeFolders = themeFolders
        self.interval = interval
    }

    /// Calls `onChange` for every settled change until the task is cancelled.
    public func run(_ onChange: @Sendable (Change) async -> Void) async {
        var content = Self.snapshot(contentRoot)
        var themes = themeFolders.map { Self.snapshot($0) }
        while !Task.isCancelled {
            do { try await Task.sleep(for: interval) } catch { return }
            var newContent = Self.snapshot(contentRoot)
            var newThemes = themeFolders.map { Self.snapshot($0) }
            guard newContent != content || newThemes != themes else { continue }
            // Settle: wait until two looks in a row agree.
            while !Task.isCancelled {
                do { try await Task.sleep(for: interval) } catch { return }
                let againContent = Self.snapshot(contentRoot)
                let againThemes = themeFolders.map { Self.snapshot($0) }
                if againContent == newContent && againThemes == newThemes { break }
                newContent = againContent
                newThemes = againThemes
            }
            let paths = Set(content.keys).union(newContent.keys).filter { content[$0] != newContent[$0] }.sorted()
            let change = Change(contentPaths: paths, themeChanged: newThemes != themes)
            content = newContent
            themes = newThemes
            if !change.contentPaths.isEmpty || change.themeChanged { await onChange(change) }
        }
    }

    /// Every regular file under `folder` (relative path → stamp). Hidden files
    /// and editors' temporary files are left out.
    static func snapshot(_ folder: String) -> [String: Stamp] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [:] }
        var stamps: [String: Stamp] = [:]
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            let name = url.lastPathComponent
            if name.hasSuffix("~") || name.hasSuffix(".swp") || name.contains(".tmp-") { continue }
            guard let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]),
                  values.isRegularFile == true else { continue }
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
            stamps[relative] = Stamp(modified: values.contentModificationDate?.timeIntervalSinceReferenceDate ?? 0, size: values.fileSize ?? 0)
        }
        return stamps
    }
}
