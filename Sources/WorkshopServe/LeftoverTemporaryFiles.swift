import Foundation

/// The temporary files a killed write leaves behind (`AtomicFile` writes
/// `.<name>.tmp-<random>` next to the target, then renames it): in every
/// event's `worksheets/` and `groups/`, and in the state folder. Removed when
/// the server starts, before the first build, so they are never read as
/// content and do not pile up.
struct LeftoverTemporaryFiles {
    var contentRoot: String
    var stateFolder: String?

    /// The folders looked at.
    var folders: [String] {
        var folders: [String] = []
        let events = URL(fileURLWithPath: contentRoot).appendingPathComponent("events")
        let slugs = (try? FileManager.default.contentsOfDirectory(atPath: events.path)) ?? []
        for slug in slugs.sorted() where !slug.hasPrefix(".") {
            folders.append(events.appendingPathComponent(slug).appendingPathComponent("worksheets").path)
            folders.append(events.appendingPathComponent(slug).appendingPathComponent("groups").path)
        }
        if let stateFolder { folders.append(stateFolder) }
        return folders
    }

    /// Whether `name` is one of `AtomicFile`'s temporary names.
    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.range(of: ".tmp-") != nil
    }

    /// Removes them; returns what was removed, relative to the content root's
    /// parent (or the state folder's name), for the terminal.
    func remove() -> [String] {
        var removed: [String] = []
        let base = URL(fileURLWithPath: contentRoot).standardizedFileURL.deletingLastPathComponent().path + "/"
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where Self.isTemporary(name) {
                let path = URL(fileURLWithPath: folder).appendingPathComponent(name).standardizedFileURL.path
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
                if (try? FileManager.default.removeItem(atPath: path)) != nil {
                    removed.append(path.hasPrefix(base) ? String(path.dropFirst(base.count)) : name)
                }
            }
        }
        return removed
    }
}
