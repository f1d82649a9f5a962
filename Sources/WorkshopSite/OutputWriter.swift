import Foundation
import WorkshopModel

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
        let fileManager = FileManager.default
        let target = outputURL
        let parent = target.deletingLastPathComponent()
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let temporary = parent.appendingPathComponent("\(target.lastPathComponent).tmp-\(suffix)")
        let retired = parent.appendingPathComponent("\(target.lastPathComponent).old-\(suffix)")
        recoverInterruptedBuild()
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try fileManager.createDirectory(at: temporary, withIntermediateDirectories: false)
            // Folders first (each once, parents before children), then the
            // files on all cores. Plain POSIX calls: Foundation's Data.write
            // fsyncs every file and createDirectory stats every ancestor, which
            // made writing thousands of small pages the slowest step.
            var folders = Set<String>()
            for file in files {
                _ = try Self.resolve(file.path, in: temporary)
                var folder = Substring(file.path)
                while let slash = folder.lastIndex(of: "/") {
                    folder = folder[..<slash]
                    if !folders.insert(String(folder)).inserted { break }
                }
            }
            let root = temporary.path
            for folder in folders.sorted() {
                guard mkdir(root + "/" + folder, 0o755) == 0 || errno == EEXIST else {
                    throw BuildError.outputNotWritable(path: output, detail: "\(folder): \(String(cString: strerror(errno)))")
                }
            }
            let failures = Array(files.indices).concurrentMap { index -> String? in
                Self.writeFile(root + "/" + files[index].path, files[index].contents).map { "\(files[index].path): \($0)" }
            }
            if let failure = failures.compactMap({ $0 }).first {
                throw BuildError.outputNotWritable(path: output, detail: failure)
            }
        } catch {
            try? fileManager.removeItem(at: temporary)
            if let error = error as? BuildError { throw error }
            throw .outputNotWritable(path: output, detail: "\(error)")
        }
        // Hidden entries at the top of the old output (`.git` of a publishing
        // checkout, `.gitkeep`, `.nojekyll`, …) move into the new one.
        let hadOutput = fileManager.fileExists(atPath: target.path)
        var carried: [String] = []
        if hadOutput {
            let names = ((try? fileManager.contentsOfDirectory(atPath: target.path)) ?? []).filter { $0.hasPrefix(".") }
            for name in names.sorted() where !fileManager.fileExists(atPath: temporary.appendingPathComponent(name).path) {
                if (try? fileManager.moveItem(at: target.appendingPathComponent(name), to: temporary.appendingPathComponent(name))) != nil {
                    carried.append(name)
                }
            }
        }
        func putBack() {
            for name in carried {
                try? fileManager.moveItem(at: temporary.appendingPathComponent(name), to: target.appendingPathComponent(name))
            }
        }
        // Swap: old out of the way, new in, old removed.
        do {
            if hadOutput { try fileManager.moveItem(at: target, to: retired) }
        } catch {
            putBack()
            try? fileManager.removeItem(at: temporary)
            throw .outputNotWritable(path: output, detail: "\(error)")
        }
        do {
            try fileManager.moveItem(at: temporary, to: target)
        } catch {
            if hadOutput { try? fileManager.moveItem(at: retired, to: target) }
            putBack()
            try? fileManager.removeItem(at: temporary)
            throw .outputNotWritable(path: output, detail: "\(error)")
        }
        if hadOutput { try? fileManager.removeItem(at: retired) }
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
