#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The operating system's change notifications for a set of folder trees
/// (inotify on Linux), so an idle `workshop serve` does no work at all. A
/// thread of its own waits on the inotify descriptor, notes the path of each
/// event (watching folders made meanwhile, and noting the files already in
/// them), and signals once a burst has been quiet for `quiet`; `take()` then
/// hands over the paths noted so far. Nil where inotify is missing or refuses
/// (another OS, the watch limit): the watcher then polls.
final class FolderNotifications: @unchecked Sendable {
    /// What happened since the last `take()`.
    struct Batch: Sendable {
        /// Absolute paths of files and folders named by events.
        var paths: Set<String> = []
        /// The kernel dropped events (queue overflow): look at everything.
        var lost = false
        /// A new folder could not be watched (the inotify watch limit): notifications no longer see everything.
        var watchFailed = false
    }

    private let descriptor: Int32
    private let lock = NSLock()
    private var folders: [Int32: String] = [:]
    private var pending = Batch()
    private var stopped = false
    let settled: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init?(folders roots: [String], quiet: Duration) {
        #if canImport(Glibc)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        (settled, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        for root in roots {
            for folder in Self.folders(under: root) where !addWatch(folder) {
                close(descriptor)
                return nil
            }
        }
        let quietMilliseconds = Int32(max(1, quiet.components.seconds * 1000 + quiet.components.attoseconds / 1_000_000_000_000_000))
        let thread = Thread { [self] in waitForEvents(quietMilliseconds: quietMilliseconds) }
        thread.name = "workshop-watch"
        thread.start()
        #else
        return nil
        #endif
    }

    /// The paths noted since the last call.
    func take() -> Batch {
        lock.lock()
        defer { lock.unlock() }
        let batch = pending
        pending = Batch()
        return batch
    }

    /// Ends the thread and the stream.
    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
        continuation.finish()
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func addWatch(_ folder: String) -> Bool {
        #if canImport(Glibc)
        let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)
        let watch = inotify_add_watch(descriptor, folder, mask)
        guard watch >= 0 else { return false }
        lock.lock()
        folders[watch] = folder
        lock.unlock()
        return true
        #else
        return false
        #endif
    }

    /// Blocks in `poll` (waking twice a second only to notice `stop`); after
    /// events, reads until `quietMilliseconds` pass without any, then signals.
    private func waitForEvents(quietMilliseconds: Int32) {
        #if canImport(Glibc)
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var noted = false
        while !isStopped {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, noted ? quietMilliseconds : 500)
            if ready > 0 {
                while true {
                    let count = read(descriptor, &buffer, buffer.count)
                    guard count > 0 else { break }
                    note(buffer, count: count)
                }
                noted = true
            } else if ready == 0, noted {
                noted = false
                continuation.yield()
            } else if ready < 0, errno != EINTR {
                lock.lock()
                pending.lost = true
                lock.unlock()
                continuation.yield()
                break
            }
        }
        #endif
    }

    /// Notes the path of every event in `buffer` (struct inotify_event: wd, mask, cookie, len, name).
    private func note(_ buffer: [UInt8], count: Int) {
        #if canImport(Glibc)
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= count {
            let (watch, mask, length) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            var name = ""
            if length > 0 {
                let bytes = buffer[(offset + header)..<min(count, offset + header + length)]
                name = String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            offset += header + length
            lock.lock()
            let folder = folders[watch]
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { pending.lost = true }
            if mask & UInt32(IN_IGNORED) != 0 { folders[watch] = nil }
            lock.unlock()
            guard let folder else { continue }
            let path = name.isEmpty ? folder : folder + "/" + name
            var made: [String] = []
            if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                // A new folder: watched now, and whatever is already in it noted
                // (files written before the watch existed have no event of their own).
                for inner in Self.folders(under: path) where !addWatch(inner) {
                    lock.lock()
                    pending.watchFailed = true
                    lock.unlock()
                }
                made = ContentWatcher.snapshot(path).keys.map { path + "/" + $0 }
            }
            lock.lock()
            pending.paths.insert(path)
            pending.paths.formUnion(made)
            lock.unlock()
        }
        #endif
    }

    /// The folder and every folder below it, hidden ones left out.
    static func folders(under root: String) -> [String] {
        let base = URL(fileURLWithPath: root).standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isFolder), isFolder.boolValue else { return [] }
        var out = [base.path]
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true { out.append(url.standardizedFileURL.path) }
        }
        return out
    }
}
