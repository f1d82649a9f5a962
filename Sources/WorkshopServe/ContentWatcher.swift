import Foundation

/// Notices changes under the content root and the theme folders. On Linux
/// it waits for the system's notifications (inotify, `FolderNotifications`),
/// so an idle server costs nothing; where they are missing or refused (another
/// OS, the inotify watch limit), or with `mechanism: .polling`, it looks at
/// every file's modification time and size every `interval`. Either way a
/// change is reported once it has settled (quiet for one interval), as the
/// files that differ from the last look, so an editor's save-in-several-steps
/// gives one rebuild. One change is handled at
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

    public enum Mechanism: String, Sendable {
        /// The system's notifications when it has them, else polling.
        case notifications
        /// Looking every `interval`.
        case polling
    }

    public var contentRoot: String
    public var themeFolders: [String]
    public var interval: Duration
    public var mechanism: Mechanism

    public init(contentRoot: String, themeFolders: [String], interval: Duration = .milliseconds(250), mechanism: Mechanism = .notifications) {
        self.contentRoot = contentRoot
        self.themeFolders = themeFolders
        self.interval = interval
        self.mechanism = mechanism
    }

    /// Calls `onChange` for every settled change until the task is cancelled.
    public func run(_ onChange: @Sendable (Change) async -> Void) async {
        let content = Self.snapshot(contentRoot)
        let themes = themeFolders.map { Self.snapshot($0) }
        if mechanism == .notifications, let notifications = FolderNotifications(folders: [contentRoot] + themeFolders, quiet: interval) {
            await run(notifications, content: content, onChange)
        } else {
            await poll(content: content, themes: themes, onChange)
        }
    }

    /// Looks only at what the system says changed.
    private func run(_ notifications: FolderNotifications, content: [String: Stamp], _ onChange: @Sendable (Change) async -> Void) async {
        var known = Set(content.keys)
        let root = URL(fileURLWithPath: contentRoot).standardizedFileURL.path
        let themeRoots = themeFolders.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        func inside(_ path: String, _ folder: String) -> String? {
            guard path.hasPrefix(folder + "/") else { return nil }
            return String(path.dropFirst(folder.count + 1))
        }
        var fellBack = false
        await withTaskCancellationHandler {
            for await _ in notifications.settled {
                if Task.isCancelled { break }
                let batch = notifications.take()
                if batch.watchFailed {
                    // Past the watch limit: polling from here on, after one full rebuild.
                    fellBack = true
                    break
                }
                if batch.lost {
                    // Events were dropped: everything is looked at again (a full rebuild).
                    known = Set(Self.snapshot(contentRoot).keys)
                    await onChange(Change(contentPaths: known.sorted(), themeChanged: true))
                    continue
                }
                var paths = Set<String>()
                var themeChanged = false
                for path in batch.paths {
                    if let relative = inside(path, root) {
                        guard Self.isWatched(relative) else { continue }
                        var isFolder: ObjCBool = false
                        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
                        if exists && !isFolder.boolValue {
                            known.insert(relative)
                            paths.insert(relative)
                        } else if !exists {
                            // A deleted file, or a folder deleted or moved away with the files in it.
                            if known.remove(relative) != nil { paths.insert(relative) }
                            for gone in known where gone.hasPrefix(relative + "/") {
                                known.remove(gone)
                                paths.insert(gone)
                            }
                        }
                    } else if let relative = themeRoots.lazy.compactMap({ inside(path, $0) }).first, Self.isWatched(relative) {
                        themeChanged = true
                    }
                }
                if !paths.isEmpty || themeChanged { await onChange(Change(contentPaths: paths.sorted(), themeChanged: themeChanged)) }
            }
        } onCancel: {
            notifications.stop()
        }
        notifications.stop()
        if fellBack && !Task.isCancelled {
            let now = Self.snapshot(contentRoot)
            await onChange(Change(contentPaths: now.keys.sorted(), themeChanged: true))
            await poll(content: now, themes: themeFolders.map { Self.snapshot($0) }, onChange)
        }
    }

    /// Whether a path (relative to a watched folder) is one the site reads:
    /// hidden files and folders and editors' temporary files are not.
    static func isWatched(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/")
        guard let name = parts.last, !parts.contains(where: { $0.hasPrefix(".") }) else { return false }
        return !(name.hasSuffix("~") || name.hasSuffix(".swp") || name.contains(".tmp-"))
    }

    private func poll(content: [String: Stamp], themes: [[String: Stamp]], _ onChange: @Sendable (Change) async -> Void) async {
        var content = content
        var themes = themes
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
