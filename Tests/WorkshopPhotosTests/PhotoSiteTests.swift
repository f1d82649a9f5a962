import Foundation
import Testing
import WorkshopBuild
import WorkshopLoad
import WorkshopModel
@testable import WorkshopPhotos
import WorkshopRender

/// The sample site (Content/, session 6 has four photos, one not reviewed)
/// built as `workshop build` does, in a copy so the cache lands beside it.
@Suite(.serialized) struct PhotoSiteTests {
    static let slug = "2024-10-08-session-06"

    /// A fresh copy of Content/ in a temporary folder; returns the folder holding it.
    static func copyOfContent() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-photo-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PhotoFixtures.repoRoot.appendingPathComponent("Content"), to: folder.appendingPathComponent("Content"))
        return folder
    }

    static func build(_ folder: URL, _ audience: Audience) throws -> [String: Data] {
        let output = folder.appendingPathComponent("out-\(audience.rawValue)")
        let options = BuildOptions(root: folder.appendingPathComponent("Content").path, output: output.path,
                                   themesFolder: PhotoFixtures.repoRoot.appendingPathComponent("Themes").path, audience: audience)
        _ = try SiteBuild(options: options).run()
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            files[String(url.path.dropFirst(output.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    static func originals() throws -> [(String, Data)] {
        let folder = PhotoFixtures.repoRoot.appendingPathComponent("Content/events/\(slug)/photos")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    @Test func thePublicBuildHasOnlyPublishedReviewedProcessedPhotos() throws {
        let folder = try Self.copyOfContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.build(folder, .public)
        let images = files.filter { $0.key.hasPrefix("events/\(Self.slug)/photos/") }
        // Three public photos (presentation.jpg is not reviewed), 480 and 900 pixels wide each.
        #expect(images.count == 6, "\(images.keys.sorted())")
        #expect(images.keys.allSatisfy { $0.hasSuffix(".jpg") && $0.contains("/photo-") })
        #expect(files["events/\(Self.slug)/photos/review/index.html"] == nil)
        let originals = try Self.originals()
        for (path, data) in files {
            for needle in PhotoFixtures.metadataStrings.dropLast() { #expect(!PhotoFixtures.contains(data, needle), "\(needle) in \(path)") }
            for (name, original) in originals {
                let middle = original.count / 2
                #expect(data.range(of: original[middle..<(middle + 256)]) == nil, "bytes of \(name) in \(path)")
                #expect(!PhotoFixtures.contains(data, name), "the original name \(name) in \(path)")
            }
        }
        let report = String(decoding: try #require(files["events/\(Self.slug)/report/index.html"]), as: UTF8.self)
        for caption in ["セミナー風景", "ワークショップ風景", "個人ワークに取り組む参加者", "チーム全員で発表内容を検討中", "参加者のプライバシーに配慮し画像を加工しています"] {
            #expect(report.contains(caption), "\(caption) missing from the report")
        }
        #expect(!report.contains("代表発表を聞く参加者"))
        // In the seed's places: the seminar's photos before the voices, the workshop's after the hints.
        let seminar = try #require(report.range(of: "id=\"photos-seminar\""))
        let voices = try #require(report.range(of: "id=\"voices\""))
        let hints = try #require(report.range(of: "id=\"hints\""))
        let workshop = try #require(report.range(of: "id=\"photos-workshop\""))
        let next = try #require(report.range(of: "id=\"next-session\""))
        #expect(seminar.lowerBound < voices.lowerBound && hints.lowerBound < workshop.lowerBound && workshop.lowerBound < next.lowerBound)
        #expect(report.contains("srcset=\"../../../events/\(Self.slug)/photos/photo-"))
        let event = String(decoding: try #require(files["events/\(Self.slug)/index.html"]), as: UTF8.self)
        #expect(event.contains("class=\"gallery\""))
    }

    @Test func theFacilitatorReviewShowsEveryPhotoWithItsRegions() throws {
        let folder = try Self.copyOfContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.build(folder, .facilitator)
        let review = String(decoding: try #require(files["events/\(Self.slug)/photos/review/index.html"]), as: UTF8.self)
        for file in ["seminar-room.jpg", "individual-work.jpg", "team-discussion.jpg", "presentation.jpg"] {
            #expect(review.contains("data-file=\"\(file)\""))
        }
        #expect(review.components(separatedBy: "class=\"photo-review__region ").count - 1 == 10 + 5 + 3 + 3)
        #expect(review.contains("assets/photo-review.js"))
        // Every image is processed in this audience too (the original bytes appear nowhere).
        for (path, data) in files {
            for needle in PhotoFixtures.metadataStrings.dropLast() { #expect(!PhotoFixtures.contains(data, needle), "\(needle) in \(path)") }
        }
        // The facilitator's report shows what the public one will: not the unreviewed photo.
        let report = String(decoding: try #require(files["events/\(Self.slug)/report/index.html"]), as: UTF8.self)
        #expect(!report.contains("代表発表を聞く参加者"))
    }

    @Test func aRebuildTakesEveryPhotoFromTheCache() throws {
        let folder = try Self.copyOfContent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = folder.appendingPathComponent("Content").path
        let content = ContentLoader(fileSystem: .disk(root: root)).load().content
        let pass = PhotoPass(options: BuildOptions(root: root, audience: .facilitator))
        let first = pass.album(for: content)
        #expect(first.developed == 4 && first.fromCache == 0 && first.findings.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".workshop/photo-cache").path))
        let second = pass.album(for: content)
        #expect(second.developed == 0 && second.fromCache == 4)
        #expect(second.photos == first.photos)
    }
}
