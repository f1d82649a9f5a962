import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopModel
@testable import WorkshopRender

/// A threat catalogue's page says where each threat comes from and goes in the other years' lists (the `mapping:` files).
@Suite struct CatalogueLineageTests {
    static func pages() throws -> [String: String] {
        let memory = MemoryOutput()
        let options = BuildOptions(root: Repo.content, output: "/nonexistent-output", themesFolder: Repo.themes, audience: .public)
        _ = try SiteBuild(options: options, sink: .memory(memory)).run()
        return memory.files.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    static func row(_ page: String, threat: Int) -> String {
        guard let start = page.range(of: "<tr id=\"t-\(threat)\">"), let end = page.range(of: "</tr>", range: start.upperBound..<page.endIndex) else { return "" }
        return String(page[start.lowerBound..<end.upperBound])
    }

    @Test func mergedDroppedAndNewThreatsSaySo() throws {
        let pages = try Self.pages()
        let older = try #require(pages["catalogs/ipa-top10-2024-org/index.html"])
        let newer = try #require(pages["catalogs/ipa-top10-2025-org/index.html"])
        // 2024's 5 and 7 were merged into 2025's 3; 10 has no successor.
        for threat in [5, 7] {
            #expect(Self.row(older, threat: threat).contains("href=\"../../catalogs/ipa-top10-2025-org/index.html#t-3\""))
            #expect(Self.row(older, threat: threat).contains("（統合）"))
        }
        #expect(Self.row(older, threat: 10).contains("（後継なし）"))
        #expect(!Self.row(older, threat: 10).contains("<a "))
        // 2025's 3 comes from both; 7 is new.
        #expect(Self.row(newer, threat: 3).contains("脅威 5・7</a>（統合）"))
        #expect(Self.row(newer, threat: 7).contains("（新規）"))
        #expect(Self.row(newer, threat: 9).contains("#t-8\">"))
        // A catalogue no mapping names has no such column.
        let controls = try #require(pages["catalogs/ipa-top10-2024-controls/index.html"])
        #expect(!controls.contains("class=\"lineage\""))
    }

    /// The header links the newest event's lists (one threat link however many
    /// years the series spans); the home page lists every catalogue.
    @Test func theHeaderLinksTheNewestListAndTheHomePageEveryList() throws {
        let pages = try Self.pages()
        let home = try #require(pages["index.html"])
        let header = String(home[home.range(of: "<nav")!.lowerBound..<home.range(of: "</nav>")!.upperBound])
        #expect(header.contains("catalogs/ipa-top10-2025-org/index.html"))
        #expect(!header.contains("catalogs/ipa-top10-2024-org/"))
        #expect(header.components(separatedBy: "href=\"catalogs/").count == 3) // one threat list, one control table
        for id in ["ipa-top10-2025-org", "ipa-top10-2024-org", "ipa-top10-2024-controls"] {
            #expect(home.contains("href=\"catalogs/\(id)/index.html\""), "\(id)")
        }
        let newer = try #require(home.range(of: "情報セキュリティ10大脅威 2025")), older = try #require(home.range(of: "情報セキュリティ10大脅威 2024"))
        #expect(newer.lowerBound < older.lowerBound)
    }
}
