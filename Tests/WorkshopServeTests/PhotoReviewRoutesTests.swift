import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import WorkshopServe
import WorkshopLoad
import WorkshopModel

@Suite struct PhotoReviewRoutesTests {
    static let review = HTTPField.Name("X-Workshop-Review")!

    @Test func savesRegionsAndReviewedToPhotosYAML() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let event = URL(fileURLWithPath: fixture.root).appendingPathComponent("events/\(ServeFixture.slug)")
        try FileManager.default.createDirectory(at: event.appendingPathComponent("photos"), withIntermediateDirectories: true)
        let canary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/photos/canary.jpg")
        try FileManager.default.copyItem(at: canary, to: event.appendingPathComponent("photos/room.jpg"))
        try Data("photos:\n  - file: room.jpg\n    caption: 会場\n    publish: true\n".utf8).write(to: event.appendingPathComponent("photos.yaml"))
        let server = await fixture.server()
        #expect(await server.site.lastFailure == nil)
        let app = Application(router: server.makeRouter())
        let uri = "/__workshop/photos/\(ServeFixture.slug)"
        let body = #"{"file":"room.jpg","reviewed":true,"regions":[{"x":0.1,"y":0.2,"width":0.3,"height":0.25,"style":"pixelate"}]}"#
        let key = HTTPField.Name.cookie
        let facilitator = "workshop-key=\(ServeFixture.facilitatorKey)"
        try await app.test(.router) { client in
            let probe = try await client.execute(uri: uri, method: .get, headers: [Self.review: "1", key: facilitator])
            #expect(probe.status == .ok)
            let participant = try await client.execute(uri: uri, method: .post, headers: [Self.review: "1", key: "workshop-join=ABC234"],
                                                       body: ByteBuffer(string: body))
            #expect(participant.status == .forbidden, "a participant cannot edit the privacy regions")
            let refused = try await client.execute(uri: uri, method: .post, headers: [.contentType: "application/json", key: facilitator], body: ByteBuffer(string: body))
            #expect(refused.status == .forbidden)
            let outside = try await client.execute(uri: uri, method: .post, headers: [Self.review: "1", key: facilitator],
                                                   body: ByteBuffer(string: #"{"file":"room.jpg","reviewed":true,"regions":[{"x":0.9,"y":0,"width":0.3,"height":0.1}]}"#))
            #expect(outside.status == .badRequest)
            let unknown = try await client.execute(uri: "/__workshop/photos/no-such-event", method: .post, headers: [Self.review: "1", key: facilitator], body: ByteBuffer(string: body))
            #expect(unknown.status == .notFound)
            let saved = try await client.execute(uri: uri, method: .post, headers: [Self.review: "1", .contentType: "application/json", key: facilitator], body: ByteBuffer(string: body))
            #expect(saved.status == .ok)
        }
        let loaded = ContentLoader(fileSystem: .disk(root: fixture.root)).load()
        let photo = try #require(loaded.content.event(ServeFixture.slug)?.photos.first)
        #expect(photo.file == "room.jpg" && photo.caption == "会場" && photo.publish && photo.reviewed)
        #expect(photo.regions.map(\.geometry) == ["pixelate:1000,2000,3000,2500"])
        #expect(!loaded.findings.contains { $0.location.file.contains("photos") && $0.severity != .note })
    }

    /// An event with two photos: room.jpg (published and reviewed) and desk.jpg (published, not reviewed).
    static func twoPhotos(_ fixture: ServeFixture) throws -> URL {
        let event = URL(fileURLWithPath: fixture.root).appendingPathComponent("events/\(ServeFixture.slug)")
        try FileManager.default.createDirectory(at: event.appendingPathComponent("photos"), withIntermediateDirectories: true)
        let canary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/photos/canary.jpg")
        try FileManager.default.copyItem(at: canary, to: event.appendingPathComponent("photos/room.jpg"))
        try FileManager.default.copyItem(at: canary, to: event.appendingPathComponent("photos/desk.jpg"))
        try Data("photos:\n  - file: room.jpg\n    publish: true\n    reviewed: true\n  - file: desk.jpg\n    publish: true\n    regions:\n      - {x: 0.5, y: 0.5, width: 0.1, height: 0.1}\n".utf8)
            .write(to: event.appendingPathComponent("photos.yaml"))
        return event
    }

    /// Review finding 3: each save started from the last build, so a second save before the rebuild undid the first.
    @Test func quickSavesKeepEachOtherAndABrokenListIsLeftAlone() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let event = try Self.twoPhotos(fixture)
        let server = await fixture.server()
        let app = Application(router: server.makeRouter())
        let uri = "/__workshop/photos/\(ServeFixture.slug)"
        let headers: HTTPFields = [Self.review: "1", .contentType: "application/json", .cookie: "workshop-key=\(ServeFixture.facilitatorKey)"]
        try await app.test(.router) { client in
            // No rebuild in between: the snapshot still has the photos as first built.
            let first = try await client.execute(uri: uri, method: .post, headers: headers,
                                                 body: ByteBuffer(string: #"{"file":"desk.jpg","reviewed":true,"regions":[{"x":0.1,"y":0.1,"width":0.2,"height":0.2}]}"#))
            #expect(first.status == .ok)
            let second = try await client.execute(uri: uri, method: .post, headers: headers,
                                                  body: ByteBuffer(string: #"{"file":"room.jpg","reviewed":true,"regions":[{"x":0.3,"y":0.3,"width":0.1,"height":0.1,"style":"pixelate"}]}"#))
            #expect(second.status == .ok)
            let loaded = ContentLoader(fileSystem: .disk(root: fixture.root)).load()
            let photos = try #require(loaded.content.event(ServeFixture.slug)?.photos)
            #expect(photos.map(\.file) == ["room.jpg", "desk.jpg"])
            #expect(photos.map { $0.regions.map(\.geometry) } == [["pixelate:3000,3000,1000,1000"], ["blur:1000,1000,2000,2000"]])
            #expect(photos.allSatisfy { $0.reviewed })

            let broken = "photos:\n  - file: room.jpg\n    publish: true\n    regions: [{x: 0.1\n"
            try Data(broken.utf8).write(to: event.appendingPathComponent("photos.yaml"))
            let refused = try await client.execute(uri: uri, method: .post, headers: headers,
                                                   body: ByteBuffer(string: #"{"file":"room.jpg","reviewed":true,"regions":[]}"#))
            #expect(refused.status == .conflict)
            #expect(String(buffer: refused.body).contains("photos.yaml:"))
            #expect(try String(contentsOf: event.appendingPathComponent("photos.yaml"), encoding: .utf8) == broken, "left as the facilitator wrote it")
        }
    }

    /// Review finding 2: participants could open every processed photo, reviewed or not.
    @Test func participantsGetOnlyPublicPhotos() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        _ = try Self.twoPhotos(fixture)
        let server = await fixture.server()
        let folder = URL(fileURLWithPath: fixture.output).appendingPathComponent("events/\(ServeFixture.slug)/photos")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jpg") }.sorted()
        let open = server.site.snapshot.current.publicPhotos
        let publicFiles = files.filter { open.contains("events/\(ServeFixture.slug)/photos/\($0)") }
        let privateFiles = files.filter { !open.contains("events/\(ServeFixture.slug)/photos/\($0)") }
        #expect(!publicFiles.isEmpty && !privateFiles.isEmpty, "\(files) \(open)")
        let app = Application(router: server.makeRouter())
        try await app.test(.router) { client in
            for name in publicFiles {
                let (status, _) = try await ServeFixture.page(client, "/events/\(ServeFixture.slug)/photos/\(name)", as: .participant)
                #expect(status == .ok, "\(name)")
            }
            for name in privateFiles {
                let (status, _) = try await ServeFixture.page(client, "/events/\(ServeFixture.slug)/photos/\(name)", as: .participant)
                #expect(status == .forbidden, "\(name)")
                let (facilitator, _) = try await ServeFixture.page(client, "/events/\(ServeFixture.slug)/photos/\(name)")
                #expect(facilitator == .ok, "\(name)")
            }
        }
    }
}
