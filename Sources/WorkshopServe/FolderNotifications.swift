#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The operating system's change notifications for a set of folder trees
/// (inotify on Linux), so an idle `workshop serve` does no work at all. A
/// thread of its own waits on the inotify descriptor and, after a burst of
/// events, reports once when the folders have been quiet for `quiet`. Nil
/// where inotify is missing or refuses (another OS, the watch limit): the
/// watcher then polls.
final class FolderNotifications: @unchecked Sendable {
    private let descriptor: Int32
    private let folders: [String]
    private let lock = NSLock()
    private var watched: Set<String> = []
    private var stopped = false
    let settled: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init?(folders: [String], quiet: Duration) {
        #if canImport(Glibc)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.folders = folders
        (settled, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        guard watchNewFolders() else {
            close(descriptor)
            return nil
        }
        let quietMilliseconds = Int32(max(1, quiet.components.seconds * 1000 + quiet.components.attoseconds / 1_000_000_000_000_000))
        let thread = Thread { [self] in waitForEvents(quietMilliseconds: quietMilliseconds) }
        thread.name = "workshop-watch"
        thread.start()
        #else
        return nil
        #endif
    }

    /// Adds a watch to every folder of the trees not watched yet (new folders
    /// appear while serving); false when the system refuses one.
    @discardableResult
    func watchNewFolders() -> Bool {
        #if canImport(Glibc)
        var ok = true
        for root in folders {
            for folder in Self.folders(under: root) {
                lock.lock()
                let known = watched.contains(folder)
                lock.unlock()
                if known { continue }
                let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)
                if inotify_add_watch(descriptor, folder, mask) < 0 {
                    ok = false
                    continue
                }
                lock.lock()
                watched.insert(folder)
                lock.unlock()
            }
        }
        return ok
        #else
        return false
        #endif
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

    /// Blocks in `poll` (waking twice a second only to notice `stop`); after
    /// events, drains until `quietMilliseconds` pass without any, then reports.
    private func waitForEvents(quietMilliseconds: Int32) {
        #if canImport(Glibc)
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var pending = false
        while !isStopped {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, pending ? quietMilliseconds : 500)
            if ready > 0 {
                while read(descriptor, &buffer, buffer.count) > 0 {}
                pending = true
            } else if ready == 0, pending {
                pending = false
                continuation.yield()
            } else if ready < 0, errno != EINTR {
                // The descriptor is gone: report once more so the watcher looks, then end.
                continuation.yield()
                break
            }
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
