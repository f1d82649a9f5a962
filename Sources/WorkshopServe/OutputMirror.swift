import Foundation
import WorkshopBuild
import WorkshopRender

/// What the output folder holds, in memory: every file's bytes as last
/// written. An incremental rebuild compares its files with this map (never
/// reading the disk back), writes only those whose bytes changed (each
/// atomically) and removes files that no longer exist, with folders left
/// empty. The map shares its buffers with the rendered files, so it costs
/// about the size of the site.
struct OutputMirror: Sendable {
    var output: String
    private(set) var files: [String: Data] = [:]

    init(output: String) {
        self.output = output
    }

    /// After a full write: the output is exactly `written`.
    mutating func reset(to written: [RenderedFile]) {
        files = [:]
        files.reserveCapacity(written.count)
        for file in written { files[file.path] = file.contents }
    }

    var paths: Dictionary<String, Data>.Keys { files.keys }

    /// The paths a full write of `rendered` changes: new files, files whose
    /// bytes differ, and files that go (everything, when nothing is known).
    func changes(to rendered: [RenderedFile]) -> [String] {
        var changed: [String] = []
        var kept = Set<String>()
        for file in rendered {
            kept.insert(file.path)
            if files[file.path] != file.contents { changed.append(file.path) }
        }
        for path in files.keys where !kept.contains(path) { changed.append(path) }
        return changed.sorted()
    }

    /// Writes the files that differ from the map and removes `removed`; returns the paths written or removed.
    mutating func apply(_ rendered: [RenderedFile], removing removed: [String] = []) throws(BuildError) -> [String] {
        var changed: [String] = []
        for file in rendered where files[file.path] != file.contents {
            let path = try absolute(file.path)
            do {
                try AtomicFile.write(file.contents, to: path, durable: false)
            } catch {
                throw .outputNotWritable(path: file.path, detail: "\(error)")
            }
            files[file.path] = file.contents
            changed.append(file.path)
        }
        for relative in removed where files[relative] != nil {
            let path = try absolute(relative)
            let url = URL(fileURLWithPath: path)
            do {
                try FileManager.default.removeItem(at: url)
            } catch {
                throw .outputNotWritable(path: relative, detail: "\(error)")
            }
            files[relative] = nil
            removeEmptyFolders(above: url)
            changed.append(relative)
        }
        return changed
    }

    /// Removes the file's folder and its parents while they are empty, up to the output folder.
    private func removeEmptyFolders(above file: URL) {
        let root = URL(fileURLWithPath: output).standardizedFileURL.path
        var folder = file.deletingLastPathComponent().standardizedFileURL
        while folder.path.hasPrefix(root + "/"), folder.path != root {
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path), entries.isEmpty,
                  (try? FileManager.default.removeItem(at: folder)) != nil else { return }
            folder = folder.deletingLastPathComponent().standardizedFileURL
        }
    }

    /// The file's path in the output folder; refuses paths that would leave it.
    private func absolute(_ path: String) throws(BuildError) -> String {
        let parts = path.split(separator: "/")
        guard !path.hasPrefix("/"), !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            throw .outputNotWritable(path: path, detail: "path outside the output folder")
        }
        return URL(fileURLWithPath: output).appendingPathComponent(path).path
    }
}
