import Foundation
import Testing
import WorkshopLoad
import WorkshopModel

@Suite struct PhotosReaderTests {
    static let event = "events/2024-10-08-session-06"
    static let jpeg = "\u{FF}\u{D8}"

    func load(_ yaml: String?, photos: [String]) -> LoadResult {
        var files = ["\(Self.event)/event.yaml": "title: 第6回\ndate: 2024-10-08\n"]
        if let yaml { files["\(Self.event)/photos.yaml"] = yaml }
        for name in photos { files["\(Self.event)/photos/\(name)"] = Self.jpeg }
        return LoaderTestSupport.loadMinimal(files)
    }

    @Test func readsEveryField() throws {
        let result = load("""
        photos:
          - file: a.jpg
            section: seminar
            caption: セミナー風景
            publish: true
            reviewed: yes
            regions:
              - {x: 0.1, y: 0.2, width: 0.3, height: 0.4}
              - {x: 0.5, y: 0.5, width: 0.1, height: 0.1, style: pixelate}
              - [0.0, 0.0, 1, 1]
          - file: b.png
            section: 懇親会
          - file: c.jpg
            section: presentation
        """, photos: ["a.jpg", "b.png", "c.jpg"])
        #expect(result.findings.filter { $0.location.file.contains("photo") }.isEmpty, "\(result.findings)")
        let photos = try #require(result.content.events.first?.photos)
        #expect(photos.map(\.file) == ["a.jpg", "b.png", "c.jpg"])
        #expect(photos.map(\.section) == [.seminar, .heading("懇親会"), .presentation])
        #expect(photos[0].caption == "セミナー風景" && photos[0].publish && photos[0].reviewed && photos[0].isPublic)
        #expect(photos[0].regions.map(\.style) == [.blur, .pixelate, .blur])
        #expect(photos[0].regions[0].x == 0.1 && photos[0].regions[0].height == 0.4)
        #expect(photos[0].regions[1].location == SourceLocation(file: "\(Self.event)/photos.yaml", line: 9, column: 9))
        // Defaults: workshop, not published, not reviewed.
        let plain = load("photos:\n  - file: a.jpg\n", photos: ["a.jpg"]).content.events[0].photos[0]
        #expect(plain.section == .workshop && !plain.publish && !plain.reviewed && plain.regions.isEmpty)
    }

    @Test func reportsMissingUnlistedDuplicateAndStrayFiles() {
        let result = load("""
        photos:
          - file: a.jpg
          - file: gone.jpg
          - file: a.jpg
        """, photos: ["a.jpg", "extra.heic", "notes.txt"])
        let file = "\(Self.event)/photos.yaml"
        #expect(result.findings(.missingPhoto).map(\.location) == [SourceLocation(file: file, line: 3, column: 5)])
        #expect(result.findings(.duplicatePhoto).map(\.location) == [SourceLocation(file: file, line: 4, column: 5)])
        #expect(result.findings(.unlistedPhoto).map(\.location.file) == ["\(Self.event)/photos/extra.heic"])
        #expect(result.findings(.unlistedPhoto).first?.severity == .note)
        #expect(result.findings(.unexpectedFile).map(\.location.file) == ["\(Self.event)/photos/notes.txt"])
        #expect(result.content.events[0].photos.map(\.file) == ["a.jpg", "gone.jpg"])
    }

    @Test func imagesWithoutAListAreUnlisted() {
        let result = load(nil, photos: ["a.jpg"])
        #expect(result.findings(.unlistedPhoto).count == 1)
        #expect(result.content.events[0].photos.isEmpty)
    }

    @Test func aRegionOutsideThePictureIsReportedAndCutToIt() throws {
        let result = load("""
        photos:
          - file: a.jpg
            regions:
              - {x: 0.9, y: 0.5, width: 0.3, height: 0.2}
              - {x: 10, y: 20, width: 30, height: 40}
              - {x: 0.1, y: 0.1, width: 0, height: 0.2}
              - {x: 0.1, y: oops, width: 0.1, height: 0.2}
              - {x: 0.1, y: 0.1, width: 0.1, height: 0.1, style: swirl}
        """, photos: ["a.jpg"])
        let file = "\(Self.event)/photos.yaml"
        #expect(result.findings(.regionOutsidePhoto).map(\.location.line) == [4, 5, 6])
        #expect(result.findings(.regionOutsidePhoto).allSatisfy { $0.severity == .error && $0.location.file == file })
        #expect(result.findings(.invalidField).map(\.location.line) == [7, 8])
        let regions = try #require(result.content.events.first?.photos.first?.regions)
        // The first is cut to the picture; the pixel-valued one and the empty one have no part inside it.
        #expect(regions.count == 2)
        #expect(abs(regions[0].width - 0.1) < 1e-9 && regions[0].x == 0.9)
        #expect(regions[1].style == .blur)
    }

    @Test func refusesPathsInFile() {
        let result = load("photos:\n  - file: ../../site.yaml\n  - caption: no file\n", photos: [])
        #expect(result.findings(.invalidField).count == 1)
        #expect(result.findings(.missingField).count == 1)
        #expect(result.content.events[0].photos.isEmpty)
    }

    @Test func whatTheReviewWritesReadsBack() throws {
        let location = SourceLocation(file: "x")
        let photos = [
            Photo(file: "a \"b\".jpg", section: .heading("懇親会: 夜"), caption: "キャプション\n二行", publish: true, reviewed: true,
                  regions: [PrivacyRegion(x: 0.1234, y: 0, width: 0.5, height: 1, style: .pixelate, location: location)], location: location),
            Photo(file: "c.jpg", section: .seminar, location: location),
        ]
        let yaml = PhotosYAML.text(photos)
        let result = load(yaml, photos: ["a \"b\".jpg", "c.jpg"])
        #expect(result.findings.filter { $0.location.file.contains("photos") }.isEmpty, "\(result.findings)\n\(yaml)")
        let read = try #require(result.content.events.first?.photos)
        #expect(read.map(\.file) == photos.map(\.file))
        #expect(read.map(\.section) == photos.map(\.section))
        #expect(read.map(\.caption) == photos.map(\.caption))
        #expect(read.map(\.isPublic) == [true, false])
        #expect(read[0].regions.map(\.geometry) == ["pixelate:1234,0,5000,10000"])
    }
}
