import Foundation
import Testing
import WorkshopModel
@testable import WorkshopLoad

/// Inputs the fuzz targets (docs/fuzzing.md) reported, kept as fixtures.
@Suite struct FuzzFindingTests {
    func load(_ files: [String: Data]) -> LoadResult {
        var all = LoaderTestSupport.minimal.mapValues { Data($0.utf8) }
        all["events/e/event.yaml"] = Data("title: x\ndate: 2024-10-08\n".utf8)
        all.merge(files) { _, new in new }
        return LoaderTestSupport.loadBytes(all)
    }

    /// yaml target, reported as a timeout (> 1 s under ASan on a machine
    /// shared by many builds): 77 bytes of broken YAML with NUL bytes, as
    /// event.yaml and as a seminar page's front matter.
    @Test func yamlTimeoutInput() throws {
        let input = try #require(Data(base64Encoded: "dGl05p+755So44K144Kk44OIdGl0bLvnlKjjgm5ndZSo44LIbmd1YWdlOgEAAAAAAAAAIGVuCrXjgqTjg4gKbGFuZ3VhZ2U6QSBlbgo="))
        var page = Data("---\n".utf8)
        page.append(input)
        page.append(Data("\n---\n# 本文\n".utf8))
        let result = load(["events/e/event.yaml": input, "events/e/seminar.md": page])
        #expect(Set(result.findings(.binaryFile).map(\.location.file)) == ["events/e/event.yaml", "events/e/seminar.md"])
    }
}
