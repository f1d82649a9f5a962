import Foundation
import Synchronization
import WorkshopRender

/// Where a build's files go, as a struct of closures (like the loader's
/// `ContentFileSystem`): the output folder on disk, staged and swapped into
/// place whole (`folder`), or memory (`memory`, for tests and previews).
/// A build calls `begin` once, hands each batch of rendered files to the
/// staging's `write` as it comes, then `commit`s, or `discard`s on any failure.
public struct OutputSink: Sendable {
    public var begin: @Sendable () throws(BuildError) -> Staging

    public init(begin: @escaping @Sendable () throws(BuildError) -> Staging) {
        self.begin = begin
    }

    /// One complete output in progress.
    public struct Staging {
        public var write: ([RenderedFile]) throws(BuildError) -> Void
        public var commit: () throws(BuildError) -> Void
        public var discard: () -> Void
        /// The folder on disk the staged files are in before `commit` (nil in memory):
        /// where the search index is built, so it is swapped in with the pages.
        public var folder: String?

        public init(write: @escaping ([RenderedFile]) throws(BuildError) -> Void,
                    commit: @escaping () throws(BuildError) -> Void,
                    discard: @escaping () -> Void, folder: String? = nil) {
            self.write = write
            self.commit = commit
            self.discard = discard
            self.folder = folder
        }
    }
}

extension OutputSink {
    /// The output folder at `path`: files go into a temporary sibling folder
    /// as they come, swapped into place at `commit` (`OutputWriter`).
    public static func folder(_ path: String) -> OutputSink {
        OutputSink { () throws(BuildError) in
            let staged = try OutputWriter(output: path).begin()
            return Staging(write: staged.write, commit: staged.commit, discard: staged.discard, folder: staged.folder)
        }
    }

    /// Memory: `output` holds exactly the last committed build.
    public static func memory(_ output: MemoryOutput) -> OutputSink {
        OutputSink { () throws(BuildError) in
            let pending = PendingFiles()
            return Staging(
                write: { files in pending.files += files },
                commit: { output.replace(with: pending.files) },
                discard: { pending.files = [] })
        }
    }
}

/// The files of a build kept in memory (`OutputSink.memory`).
public final class MemoryOutput: Sendable {
    private let storage = Mutex<[String: Data]>([:])

    public init() {}

    /// Every file of the last committed build, by path.
    public var files: [String: Data] { storage.withLock { $0 } }

    func replace(with files: [RenderedFile]) {
        var table: [String: Data] = [:]
        for file in files { table[file.path] = file.contents }
        storage.withLock { $0 = table }
    }
}

/// What a memory staging holds until commit (used from the building thread only).
private final class PendingFiles {
    var files: [RenderedFile] = []
}
