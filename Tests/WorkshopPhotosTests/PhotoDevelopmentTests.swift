import Foundation
import Testing
import WorkshopModel
@testable import WorkshopPhotos

@Suite struct PhotoDevelopmentTests {
    let development = PhotoDevelopment()
    static let face = PrivacyRegion(x: 0.170, y: 0.355, width: 0.077, height: 0.115, location: SourceLocation(file: "photos.yaml"))

    @Test func everyWidthIsMadeAndNoneIsEnlarged() throws {
        let photo = try development.develop(PhotoFixtures.canary, regions: []).get()
        // 900 pixels wide: 480 for the screen, and the picture's own 900 instead of 960 and 1600.
        #expect(photo.renditions.map(\.width) == [480, 900])
        #expect(photo.renditions.map(\.height) == [320, 600])
        for rendition in photo.renditions {
            #expect(rendition.jpeg.starts(with: [0xFF, 0xD8]))
        }
    }

    @Test func metadataIsStripped() throws {
        let original = try PhotoFixtures.canary
        for needle in PhotoFixtures.metadataStrings.dropLast() { #expect(PhotoFixtures.contains(original, needle), "the fixture lost \(needle)") }
        let photo = try development.develop(original, regions: [Self.face]).get()
        for rendition in photo.renditions {
            for needle in PhotoFixtures.metadataStrings {
                #expect(!PhotoFixtures.contains(rendition.jpeg, needle), "\(needle) survived in the \(rendition.width) px copy")
            }
            if let tags = try PhotoFixtures.exiftool(rendition.jpeg) {
                for group in ["\"GPS:", "\"IFD0:", "\"ExifIFD:", "\"IFD1:", "\"XMP", "\"ICC_Profile:", "\"IPTC:"] { #expect(!tags.contains(group), "exiftool found \(group) in \(tags)") }
                #expect(!tags.contains("GPSPosition") && !tags.contains("SerialNumber") && !tags.contains("Model"))
            }
        }
        // The original really had them (the check above can fail).
        if let tags = try PhotoFixtures.exiftool(original) {
            #expect(tags.contains("GPSLatitude") && tags.contains("WS-CANARY-SERIAL-4711"))
        }
    }

    @Test(arguments: [PrivacyRegion.Style.blur, .pixelate])
    func regionsAreHiddenAndTheRestIsKept(style: PrivacyRegion.Style) throws {
        var face = Self.face
        face.style = style
        let plain = try development.develop(PhotoFixtures.canary, regions: []).get()
        let hidden = try development.develop(PhotoFixtures.canary, regions: [face]).get()
        for (before, after) in zip(plain.renditions, hidden.renditions) {
            let a = try #require(VipsLibrary.grey(before.jpeg)), b = try #require(VipsLibrary.grey(after.jpeg))
            let inside = PhotoFixtures.statistics(a, x: face.x, y: face.y, width: face.width, height: face.height)
            let blurred = PhotoFixtures.statistics(b, x: face.x, y: face.y, width: face.width, height: face.height)
            // The face (outline, eyes, mouth) has contrast and detail; hidden, the detail is gone.
            #expect(inside.deviation > 20)
            let detail = PhotoFixtures.detail(a, x: face.x, y: face.y, width: face.width, height: face.height)
            let left = PhotoFixtures.detail(b, x: face.x, y: face.y, width: face.width, height: face.height)
            #expect(detail > 5)
            #expect(left < detail * 0.5, "\(style) at \(before.width) px: detail \(detail) → \(left)")
            if style == .blur { #expect(blurred.deviation < inside.deviation * 0.6, "blur at \(before.width) px: deviation \(inside.deviation) → \(blurred.deviation)") }
            // Outside the region the picture stays as it was (JPEG noise only).
            let outside = PhotoFixtures.difference(a, b, outside: face.x, face.y, face.width, face.height)
            #expect(outside < 2.0, "outside the region changed by \(outside) on average")
        }
    }

    @Test func theKeyFollowsBytesRegionsAndSettings() throws {
        let data = try PhotoFixtures.canary
        let key = development.key(for: data, regions: [])
        #expect(key.count == 64)
        #expect(key == development.key(for: data, regions: []))
        #expect(key != development.key(for: data, regions: [Self.face]))
        #expect(key != development.key(for: data + Data([0]), regions: []))
        #expect(key != PhotoDevelopment(settings: PhotoSettings(quality: 70)).key(for: data, regions: []))
    }

    @Test func aDecompressionBombIsRefusedFromItsHeader() throws {
        let bomb = try PhotoFixtures.bomb
        #expect(bomb.count == (try PhotoFixtures.canary).count)
        switch development.develop(bomb, regions: []) {
        case .failure(.tooManyPixels(let width, let height, _)):
            #expect(width == 50_000 && height == 50_000)
        case let other:
            Issue.record("expected tooManyPixels, got \(other)")
        }
    }

    @Test func aTruncatedJPEGIsUnreadable() throws {
        let result = development.develop(try PhotoFixtures.truncated, regions: [])
        guard case .failure(.unreadable) = result else { Issue.record("expected unreadable, got \(result)"); return }
        #expect(development.verify(try PhotoFixtures.truncated) != nil)
        #expect(development.verify(try PhotoFixtures.canary) == nil)
    }

    @Test func aNonImageIsRefused() {
        guard case .failure(.notAnImage) = development.develop(PhotoFixtures.notAnImage, regions: []) else { Issue.record("expected notAnImage"); return }
        guard case .failure(.notAnImage) = development.develop(Data(), regions: []) else { Issue.record("expected notAnImage for no bytes"); return }
        // SVG is an untrusted loader: refused even though libvips could read it.
        let svg = Data(#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"#.utf8)
        guard case .failure(.notAnImage) = development.develop(svg, regions: []) else { Issue.record("expected notAnImage for SVG"); return }
    }

    @Test func theFileSizeLimitHolds() throws {
        let small = PhotoDevelopment(settings: PhotoSettings(maximumBytes: 1000))
        guard case .failure(.tooManyBytes) = small.develop(try PhotoFixtures.canary, regions: []) else { Issue.record("expected tooManyBytes"); return }
    }
}
