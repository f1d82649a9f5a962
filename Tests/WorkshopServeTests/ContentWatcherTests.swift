import Foundation
import Testing
@testable import WorkshopServe

/// Both ways of noticing changes report the same thing: the files that
/// differ, in folders that existed at the start or were made later.
@Suite struct ContentWatcherTests {
    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [[String]] = []
        func add(_ change: ContentWatcher.Change) { lock.lock(); paths.append(change.contentPaths); lock.unlock() }
        var all: [[String]] { lock.lock(); defer { lock.unlock() }; return paths }
        var flat: Set<String> { Set(all.joined()) }
    }

    private func waitFor(_ seen: Seen, _ paths: Set<String>) async throws {
        for _ in 0..<200 where !paths.isSubset(of: seen.flat) { try await Task.sleep(for: .milliseconds(50)) }
    }

    @Test(arguments: [ContentWatcher.Mechanism.notifications, .polling])
    func editsNewFoldersAndDeletionsAreReported(mechanism: ContentWatcher.Mechanism) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-watcher-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("events/a"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("one".utf8).write(to: folder.appendingPathComponent("events/a/A-01.md"))
        try Data("two".utf8).write(to: folder.appendingPathComponent("site.yaml"))
        let watcher = ContentWatcher(contentRoot: folder.path, themeFolders: [], interval: .milliseconds(50), mechanism: mechanism)
        let seen = Seen()
        let task = Task { await watcher.run { seen.add($0) } }
        defer { task.cancel() }
        try await Task.sleep(for: .milliseconds(300))

        try Data("one, edited".utf8).write(to: folder.appendingPathComponent("events/a/A-01.md"))
        try await waitFor(seen, ["events/a/A-01.md"])
        #expect(seen.flat == ["events/a/A-01.md"])

        // A folder made while watching, and a file written into it right away.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("events/b/groups"), withIntermediateDirectories: true)
        try Data("new".utf8).write(to: folder.appendingPathComponent("events/b/groups/A.md"))
        try await waitFor(seen, ["events/b/groups/A.md"])
        #expect(seen.flat.contains("events/b/groups/A.md"))
        try await Task.sleep(for: .milliseconds(200))
        // …and a later write into that new folder is noticed too (it is watched now).
        try Data("newer".utf8).write(to: folder.appendingPathComponent("events/b/groups/B.md"))
        try await waitFor(seen, ["events/b/groups/B.md"])
        #expect(seen.flat.contains("events/b/groups/B.md"))

        try FileManager.default.removeItem(at: folder.appendingPathComponent("site.yaml"))
        try await waitFor(seen, ["site.yaml"])
        #expect(seen.flat.contains("site.yaml"))
        // A folder deleted with its files: each file is reported gone.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("events/b"))
        let before = seen.all.count
        for _ in 0..<200 where seen.all.count == before { try await Task.sleep(for: .milliseconds(50)) }
        try await Task.sleep(for: .milliseconds(300))
        #expect(Set(seen.all[before...].joined()) == ["events/b/groups/A.md", "events/b/groups/B.md"])
        // Nothing is reported twice and nothing without a change.
        #expect(seen.all.allSatisfy { !$0.isEmpty })
        let beforeRemoval = seen.all[..<before].joined()
        #expect(beforeRemoval.count == Set(beforeRemoval).count)
    }

    #if os(Linux)
    @Test func linuxHasNotifications() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-notify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let notifications = try #require(FolderNotifications(folders: [folder.path], quiet: .milliseconds(50)))
        notifications.stop()
    }
    #endif
}
