import Foundation
import WorkshopRender

/// A full write of the output folder in progress (`OutputWriter.begin`):
/// files are written into `<output>.tmp-<random>` as they are handed over,
/// and the folder replaces the output only at `commit`, so a failed or
/// interrupted build leaves the previous output as it was. Used from one
/// thread at a time (the files of each `write` go out on all cores).
public final class StagedOutput {
    private let output: String
    private let target: URL
    private let temporary: URL
    private let retired: URL
    /// Folders made so far inside the temporary folder.
    private var folders: Set<String> = []
    /// Every path written, in order.
    public private(set) var paths: [String] = []
    private var finished = false
    /// The temporary folder the files go into (what the search indexer reads before `commit`).
    public var folder: String { temporary.path }

    init(output: String, target: URL) throws(BuildError) {
        self.output = output
        self.target = target
        let parent = target.deletingLastPathComponent()
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        temporary = parent.appendingPathComponent("\(target.lastPathComponent).tmp-\(suffix)")
        retired = parent.appendingPathComponent("\(target.lastPathComponent).old-\(suffix)")
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
        } catch {
            throw .outputNotWritable(path: output, detail: "\(error)")
        }
    }

    /// Writes `files` into the temporary folder.
    public func write(_ files: [RenderedFile]) throws(BuildError) {
        // Folders first (each once, parents before children), then the files
        // on all cores. Plain POSIX calls: Foundation's Data.write fsyncs every
        // file and createDirectory stats every ancestor, which made writing
        // thousands of small pages the slowest step.
        var newFolders: [String] = []
        for file in files {
            _ = try OutputWriter.resolve(file.path, in: temporary)
            var folder = Substring(file.path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if folders.insert(String(folder)).inserted { newFolders.append(String(folder)) } else { break }
            }
        }
        let root = temporary.path
        for folder in newFolders.sorted() {
            guard mkdir(root + "/" + folder, 0o755) == 0 || errno == EEXIST else {
                throw .outputNotWritable(path: output, detail: "\(folder): \(String(cString: strerror(errno)))")
            }
        }
        let failures = Array(files.indices).concurrentMap { index -> String? in
            OutputWriter.writeFile(root + "/" + files[index].path, files[index].contents).map { "\(files[index].path): \($0)" }
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw .outputNotWritable(path: output, detail: failure)
        }
        paths += files.map(\.path)
    }

    /// Removes the temporary folder; the output stays as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        try? FileManager.default.removeItem(at: temporary)
    }

    /// Swaps the temporary folder into place. Hidden entries at the top of the
    /// old output (`.git` of a publishing checkout, `.gitkeep`, `.nojekyll`, …)
    /// move into the new one.
    public func commit() throws(BuildError) {
        let fileManager = FileManager.default
        finished = true
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
}
