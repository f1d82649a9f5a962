import Foundation

/// A synthetic content tree: the repository's site.yaml and catalogues, and
/// N worksheets spread over events of about 40 participants each. The first
/// event also gets the photos (and photos.yaml) of the first repository
/// event that has some, so a build processes photos, and later builds read
/// them from the photo cache.
struct SyntheticSeries: Sendable {
    var worksheets: Int
    var events: Int
    var seed: UInt64
    /// The repository content to copy site.yaml, catalogues and seminar pages from.
    var content: String

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
        let sources = SeminarSource.read(content: content)
        var random = SeededRandom(seed: seed)
        var summary = Summary()
        for index in 0..<events {
            let count = worksheets / events + (index < worksheets % events ? 1 : 0)
            let source = sources.isEmpty ? SeminarSource.builtIn : sources[index % sources.count]
            let event = SyntheticEvent(number: index + 1, worksheetCount: count, seminar: source)
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
