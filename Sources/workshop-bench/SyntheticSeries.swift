import Foundation

/// A synthetic content tree: the repository's site.yaml and catalogues, and
/// N worksheets spread over events of about 40 participants each, over
/// programme years (`years`: up to 20, ten sessions a year at the least), each
/// year with its own threat catalogue mapped from the year before (2024 and
/// 2025 are the repository's IPA lists; later years are copies of 2025 with
/// two threats swapped, and every fourth year two merged), so the series
/// report counts along the mappings as it does for real. The first
/// event also gets the photos (and photos.yaml) of the first repository
/// event that has some, so a build processes photos, and later builds read
/// them from the photo cache.
struct SyntheticSeries: Sendable {
    var worksheets: Int
    var events: Int
    var seed: UInt64
    /// The repository content to copy site.yaml, catalogues and seminar pages from.
    var content: String

    /// Programme years: ten sessions a year at the least, twenty years at the most.
    var years: Int { min(20, max(1, events / 10)) }

    struct Summary: Sendable {
        var events = 0
        var worksheets = 0
        var groupSheets = 0
        var seminarPages = 0
        var photos = 0
        var files = 0
        var bytes = 0
        /// The Markdown files (worksheets, group sheets, seminar pages), relative to the root.
        var markdown: [String] = []
    }

    /// Writes the tree into `root` (which must not exist yet or be empty).
    func write(to root: String) throws -> Summary {
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: root + "/catalogs", withIntermediateDirectories: true)
        try fileManager.copyItem(atPath: content + "/site.yaml", toPath: root + "/site.yaml")
        for name in try fileManager.contentsOfDirectory(atPath: content + "/catalogs").sorted() {
            try fileManager.copyItem(atPath: "\(content)/catalogs/\(name)", toPath: "\(root)/catalogs/\(name)")
        }
        let catalogues = try writeCatalogues(into: root)
        let dates = SyntheticEvent.dates(count: events + 1, years: years)
        let sources = SeminarSource.read(content: content)
        var random = SeededRandom(seed: seed)
        var summary = Summary()
        for index in 0..<events {
            let count = worksheets / events + (index < worksheets % events ? 1 : 0)
            let source = sources.isEmpty ? SeminarSource.builtIn : sources[index % sources.count]
            let year = dates[index].year
            let event = SyntheticEvent(number: index + 1, worksheetCount: count, seminar: source, date: dates[index].date, nextDate: dates[index + 1].date,
                                       year: year, threatCatalogue: catalogues[min(catalogues.count - 1, year - 2024)])
            summary.events += 1
            for file in event.files(random: &random) {
                let path = "\(root)/\(file.path)"
                try fileManager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                let data = Data(file.text.utf8)
                try data.write(to: URL(fileURLWithPath: path))
                summary.files += 1
                summary.bytes += data.count
                if file.path.hasSuffix(".md") { summary.markdown.append(file.path) }
                if file.path.contains("/worksheets/") { summary.worksheets += 1 }
                if file.path.contains("/groups/") { summary.groupSheets += 1 }
                if file.path.hasSuffix("/seminar.md") || file.path.contains("/seminar/") { summary.seminarPages += 1 }
            }
            if index == 0 { summary.photos = try copyPhotos(into: "\(root)/events/\(event.slug)") }
        }
        return summary
    }

    /// The threat catalogue of each programme year (from 2024), writing the
    /// synthetic ones and their mappings into `root/catalogs`.
    private func writeCatalogues(into root: String) throws -> [String] {
        var ids = ["ipa-top10-2024-org"]
        guard years > 1 else { return ids }
        let newer = (try? String(contentsOfFile: content + "/catalogs/threats-2025.yaml", encoding: .utf8)) ?? ""
        guard newer.hasPrefix("id: ipa-top10-2025-org\n") else { return ids }
        ids.append("ipa-top10-2025-org")
        let body = newer.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2)
            .filter { !$0.hasPrefix("title_en:") }.joined(separator: "\n")
        for year in 2026..<(2024 + years) {
            let id = "synthetic-threats-\(year)"
            try "id: \(id)\ntitle: 情報セキュリティ10大脅威 \(year)（組織編・合成）\n\(body)"
                .write(toFile: "\(root)/catalogs/synthetic-threats-\(year).yaml", atomically: true, encoding: .utf8)
            var changes = ["  - { from: 1, to: 1 }", "  - { from: 2, to: 3, as: renamed }", "  - { from: 3, to: 2, as: renamed }"]
            changes += (4...8).map { "  - { from: \($0), to: \($0) }" }
            changes += year % 4 == 0 ? ["  - { from: [9, 10], to: 9, as: merged }", "  - { to: 10, as: new }"] : ["  - { from: 9, to: 9 }", "  - { from: 10, to: 10 }"]
            let mapping = "id: synthetic-\(year - 1)-to-\(year)\nmapping: threats\nfrom: \(ids[ids.count - 1])\nto: \(id)\nchanges:\n" + changes.joined(separator: "\n") + "\n"
            try mapping.write(toFile: "\(root)/catalogs/synthetic-\(year - 1)-to-\(year).yaml", atomically: true, encoding: .utf8)
            ids.append(id)
        }
        return ids
    }

    /// Copies photos.yaml and photos/ of the first repository event that has them; how many photos.
    private func copyPhotos(into eventFolder: String) throws -> Int {
        let fileManager = FileManager.default
        let events = (try? fileManager.contentsOfDirectory(atPath: content + "/events").sorted()) ?? []
        guard let source = events.map({ "\(content)/events/\($0)" }).first(where: {
            fileManager.fileExists(atPath: $0 + "/photos.yaml") && fileManager.fileExists(atPath: $0 + "/photos")
        }) else { return 0 }
        try fileManager.copyItem(atPath: source + "/photos.yaml", toPath: eventFolder + "/photos.yaml")
        try fileManager.copyItem(atPath: source + "/photos", toPath: eventFolder + "/photos")
        return (try fileManager.contentsOfDirectory(atPath: eventFolder + "/photos")).filter { !$0.hasPrefix(".") }.count
    }
}
