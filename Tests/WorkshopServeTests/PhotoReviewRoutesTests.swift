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
}
