import Foundation
import Testing
import WorkshopCheck
import WorkshopLoad
import WorkshopModel
@testable import WorkshopPhotos

/// The photo step over whole content trees (in memory): cache hits, the
/// audience's choice of photos, and the findings of hostile files.
@Suite struct PhotoProcessorTests {
    static let event = "events/2024-10-08-session-06"
    static let site: [String: Data] = [
        "site.yaml": Data("title: テスト\nlanguage: ja\n".utf8),
        "catalogs/threats.yaml": Data("id: t\ntitle: T\nthreats:\n  - { id: 1, title: ランサムウェア }\n".utf8),
        "catalogs/controls.yaml": Data("id: c\ntitle: C\ncontrols:\n  - { no: 1, category: 組織, iso: \"5.1\", title: 方針, procedures: [{ id: 1-1, text: 策定。 }] }\n".utf8),
        "\(event)/event.yaml": Data("title: 第6回\ndate: 2024-10-08\n".utf8),
    ]

    static func content(_ yaml: String, photos: [String: Data]) -> (ContentFileSystem, Content, [Finding]) {
        var files = site
        files["\(event)/photos.yaml"] = Data(yaml.utf8)
        for (name, data) in photos { files["\(event)/photos/\(name)"] = data }
        let fileSystem = ContentFileSystem.memory(files)
        let loaded = ContentLoader(fileSystem: fileSystem).load()
        return (fileSystem, loaded.content, loaded.findings)
    }

    static func temporaryFolder() -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-photo-cache-\(UUID().uuidString)")
        return url.path
    }

    @Test func aSecondRunComesFromTheCache() throws {
        let yaml = "photos:\n  - file: a.jpg\n    publish: true\n    reviewed: true\n    regions: [[0.17, 0.355, 0.077, 0.115]]\n"
        let (fileSystem, content, _) = Self.content(yaml, photos: ["a.jpg": try PhotoFixtures.canary])
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let processor = PhotoProcessor(cache: PhotoCache(folder: folder))
        let first = processor.album(for: content, fileSystem: fileSystem) { _ in true }
        #expect(first.developed == 1 && first.fromCache == 0 && first.findings.isEmpty)
        let second = processor.album(for: content, fileSystem: fileSystem) { _ in true }
        #expect(second.developed == 0 && second.fromCache == 1)
        #expect(second.photo("a.jpg", inEvent: "2024-10-08-session-06") == first.photo("a.jpg", inEvent: "2024-10-08-session-06"))
        // A moved region is a new key: processed again.
        let (_, moved, _) = Self.content(yaml.replacingOccurrences(of: "0.17,", with: "0.18,"), photos: ["a.jpg": try PhotoFixtures.canary])
        let third = processor.album(for: moved, fileSystem: fileSystem) { _ in true }
        #expect(third.developed == 1 && third.fromCache == 0)
        // Nothing half-written stays behind.
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(entries.count == 2 && !entries.contains { $0.hasPrefix(".tmp") })
    }

    @Test func thePublicChoiceProcessesOnlyPublishedAndReviewed() throws {
        let yaml = """
        photos:
          - {file: shown.jpg, publish: true, reviewed: true}
          - {file: unreviewed.jpg, publish: true}
          - {file: unpublished.jpg, reviewed: true}
        """
        let canary = try PhotoFixtures.canary
        let (fileSystem, content, findings) = Self.content(yaml, photos: ["shown.jpg": canary, "unreviewed.jpg": canary, "unpublished.jpg": canary])
        #expect(findings.filter { $0.location.file.contains("photos") }.isEmpty, "\(findings)")
        let album = PhotoProcessor(cache: nil).album(for: content, fileSystem: fileSystem) { $0.isPublic }
        #expect(album.photos.keys.sorted() == ["2024-10-08-session-06/shown.jpg"])
        #expect(content.events[0].photos.map(\.isPublic) == [true, false, false])
    }

    @Test func hostileFilesGiveFindingsAtTheirEntry() throws {
        let yaml = """
        photos:
          - file: bomb.jpg
          - file: cut.jpg
          - file: text.jpg
          - file: good.jpg
        """
        let (fileSystem, content, _) = Self.content(yaml, photos: [
            "bomb.jpg": try PhotoFixtures.bomb, "cut.jpg": try PhotoFixtures.truncated,
            "text.jpg": PhotoFixtures.notAnImage, "good.jpg": try PhotoFixtures.canary,
        ])
        let findings = PhotoProcessor(cache: nil).findings(for: content, fileSystem: fileSystem)
        let file = "\(Self.event)/photos.yaml"
        #expect(findings.map(\.code) == [.photoTooLarge, .unreadablePhoto, .unreadablePhoto])
        #expect(findings.map(\.location) == [2, 3, 4].map { SourceLocation(file: file, line: $0, column: 5) })
        #expect(findings.allSatisfy { $0.severity == .error })
        #expect(findings[0].message.contains("50000×50000"))
        // The build's album leaves them out with the same findings, and keeps the good one.
        let album = PhotoProcessor(cache: nil).album(for: content, fileSystem: fileSystem) { _ in true }
        #expect(album.findings.map(\.code) == findings.map(\.code))
        #expect(Array(album.photos.keys) == ["2024-10-08-session-06/good.jpg"])
    }

    @Test func checkReportsPhotoProblems() throws {
        let yaml = "photos:\n  - file: cut.jpg\n"
        let (fileSystem, _, _) = Self.content(yaml, photos: ["cut.jpg": try PhotoFixtures.truncated])
        let run = CheckRun.run(fileSystem, strict: false)
        let finding = try #require(run.findings.first { $0.code == .unreadablePhoto })
        #expect(finding.location == SourceLocation(file: "\(Self.event)/photos.yaml", line: 2, column: 5))
    }

    @Test func noPhotosNoWork() {
        let (fileSystem, content, _) = Self.content("photos: []\n", photos: [:])
        let album = PhotoProcessor(cache: nil).album(for: content, fileSystem: fileSystem) { _ in true }
        #expect(album.photos.isEmpty && album.developed == 0 && album.findings.isEmpty)
    }
}
