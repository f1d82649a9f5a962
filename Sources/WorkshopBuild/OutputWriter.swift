import Foundation
import WorkshopModel
import WorkshopRender

/// Writes the rendered site to disk. A full write goes to a temporary sibling
/// folder (`<output>.tmp-<random>`) that is swapped into place only when
/// complete, so a failed or interrupted build leaves the previous output
/// intact. `update` writes only the files whose bytes changed, each through a
/// temporary file and a rename (for the dev server). Hidden entries at the
/// top of the old output (`.git`, `.nojekyll`, …) are kept.
public struct OutputWriter: Sendable {
    public var output: String

    public init(output: String) {
        self.output = output
    }

    private var outputURL: URL { URL(fileURLWithPath: output).standardizedFileURL }

    /// Replaces the output folder with exactly `files`.
    public func write(_ files: [RenderedFile]) throws(BuildError) {
        let staged = try begin()
        do throws(BuildError) {
            try staged.write(files)
            try staged.commit()
        } catch {
            staged.discard()
            throw error
        }
    }

    /// Starts a full write: files handed to the result go into a temporary
    /// sibling folder as they come (so a build need not hold the whole site
    /// in memory); `commit` swaps it into place, `discard` removes it.
    public func begin() throws(BuildError) -> StagedOutput {
        recoverInterruptedBuild()
        return try StagedOutput(output: output, target: outputURL)
    }

    /// Tidies up after a build that was killed: an unfinished `<output>.tmp-*`
    /// is removed; if the kill fell between the two renames of the swap (the
    /// old output moved aside, the new one not yet in), the old output is put
    /// back first. Builds into one output folder are not meant to run at once.
    func recoverInterruptedBuild() {
        let fileManager = FileManager.default
        let target = outputURL
        let parent = target.deletingLastPathComponent()
        guard let siblings = try? fileManager.contentsOfDirectory(atPath: parent.path) else { return }
        let name = target.lastPathComponent
        let retired = siblings.filter { $0.hasPrefix("\(name).old-") }.sorted()
        if !fileManager.fileExists(atPath: target.path), let newest = retired.last {
            try? fileManager.moveItem(at: parent.appendingPathComponent(newest), to: target)
        }
        for sibling in siblings where sibling.hasPrefix("\(name).tmp-") || sibling.hasPrefix("\(name).old-") {
            let url = parent.appendingPathComponent(sibling)
            if fileManager.fileExists(atPath: url.path) { try? fileManager.removeItem(at: url) }
        }
    }

    /// Writes the files whose contents differ from what is on disk; returns their paths.
    @discardableResult
    public func update(_ files: [RenderedFile]) throws(BuildError) -> [String] {
        let fileManager = FileManager.default
        var changed: [String] = []
        for file in files {
            do {
                let url = try Self.resolve(file.path, in: outputURL)
                if let existing = fileManager.contents(atPath: url.path), existing == file.contents { continue }
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(String(UInt32.random(in: 0...UInt32.max), radix: 36))")
                do {
                    try file.contents.write(to: temporary)
                    // rename(2) replaces the old file atomically.
                    guard rename(temporary.path, url.path) == 0 else {
                        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
                    }
                } catch {
                    try? fileManager.removeItem(at: temporary)
                    throw error
                }
                changed.append(file.path)
            } catch {
                if let error = error as? BuildError { throw error }
                throw .outputNotWritable(path: file.path, detail: "\(error)")
            }
        }
        return changed
    }

    /// Writes `data` to `path` (created or truncated, mode 0644); the error text, or nil.
    static func writeFile(_ path: String, _ data: Data) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        return data.withUnsafeBytes { buffer -> String? in
            guard var pointer = buffer.baseAddress else { return nil }
            var remaining = buffer.count
            while remaining > 0 {
                let written = Foundation.write(descriptor, pointer, remaining)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                remaining -= written
                pointer += written
            }
            return nil
        }
    }

    /// The file's URL inside `folder`; refuses paths that would leave it.
    static func resolve(_ path: String, in folder: URL) throws(BuildError) -> URL {
        let parts = path.split(separator: "/")
        guard !path.hasPrefix("/"), !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." }) else {
            throw .outputNotWritable(path: path, detail: "path outside the output folder")
        }
        return folder.appendingPathComponent(path)
    }
}
