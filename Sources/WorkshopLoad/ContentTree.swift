import WorkshopModel

/// The files of a content root that the loader reads, found by walking the
/// folders of the layout (site.yaml, catalogs/, events/<slug>/…). Editor
/// leftovers are skipped silently; symbolic links are reported, never followed.
struct ContentTree: Sendable {
    /// A content file: its root-relative path and size in bytes.
    struct File: Sendable, Hashable {
        var path: String
        var size: Int

        var name: String { path.split(separator: "/").last.map(String.init) ?? path }
        /// The file name without its last extension (`controls-2025.csv` → `controls-2025`).
        var stem: String { ContentTree.stem(of: name) }
        var fileExtension: String {
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
            return String(name[name.index(after: dot)...]).lowercased()
        }
    }

    /// One `events/<slug>/` folder.
    struct EventFolder: Sendable {
        var slug: String
        var path: String
        var eventFile: File?
        var seminar: File?
        var seminarPages: [File] = []
        var voices: File?
        var worksheets: [File] = []
        var groupSheets: [File] = []
        /// `photos.yaml` and the files of `photos/` (any kind: the photo reader tells images from the rest).
        var photoList: File?
        var photoFiles: [File] = []
    }

    var catalogues: [File] = []
    var events: [EventFolder] = []
    var findings: [Finding] = []

    static func stem(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder + "/" + name
    }

    /// Files editors, file managers and version control leave behind.
    static func isLeftover(_ name: String) -> Bool {
        if name.hasPrefix(".") || name.hasSuffix("~") || name.hasPrefix("~$") { return true }
        let lower = name.lowercased()
        if lower.hasSuffix(".swp") || lower.hasSuffix(".swo") || lower.hasSuffix(".swx") { return true }
        if name.count >= 2 && name.hasPrefix("#") && name.hasSuffix("#") { return true }
        return lower == "thumbs.db" || lower == "desktop.ini"
    }

    /// Walks everything below the root except `site.yaml`, which the loader
    /// reads first (its language decides the language of these findings).
    static func walk(_ fileSystem: ContentFileSystem, rootEntries: [DirectoryEntry], language: Language) -> ContentTree {
        var listing = FolderListing(fileSystem: fileSystem, language: language)
        var tree = ContentTree()
        let root = listing.visible(rootEntries, in: "")
        for entry in root where entry.name == "catalogs" || entry.name == "events" {
            listing.expectFolder(entry, in: "")
        }

        if let catalogs = root.first(where: { $0.name == "catalogs" && $0.kind == .folder }) {
            for entry in listing.entries(of: catalogs.name) where entry.kind == .file {
                let file = File(path: join(catalogs.name, entry.name), size: entry.size)
                if ["yaml", "yml", "csv"].contains(file.fileExtension) { tree.catalogues.append(file) }
            }
        }
        if let events = root.first(where: { $0.name == "events" && $0.kind == .folder }) {
            for entry in listing.entries(of: events.name) where entry.kind == .folder {
                tree.events.append(walkEvent(join(events.name, entry.name), slug: entry.name, listing: &listing))
            }
        }
        tree.findings = listing.findings
        return tree
    }

    private static func walkEvent(_ path: String, slug: String, listing: inout FolderListing) -> EventFolder {
        var event = EventFolder(slug: slug, path: path)
        for entry in listing.entries(of: path) {
            let file = File(path: join(path, entry.name), size: entry.size)
            switch (entry.name.lowercased(), entry.kind) {
            case ("event.yaml", .file):
                event.eventFile = file
            case ("event.yml", .file):
                if event.eventFile == nil { event.eventFile = file }
            case ("seminar.md", .file):
                event.seminar = file
            case ("voices.yaml", .file):
                event.voices = file
            case ("voices.yml", .file):
                if event.voices == nil { event.voices = file }
            case ("seminar", .folder):
                event.seminarPages = listing.entries(of: file.path)
                    .filter { $0.kind == .file && $0.name.lowercased().hasSuffix(".md") }
                    .map { File(path: join(file.path, $0.name), size: $0.size) }
            case ("worksheets", .folder):
                event.worksheets = listing.markdownFiles(in: file.path)
            case ("groups", .folder):
                event.groupSheets = listing.markdownFiles(in: file.path)
            case ("photos.yaml", .file):
                event.photoList = file
            case ("photos.yml", .file):
                if event.photoList == nil { event.photoList = file }
            case ("photos", .folder):
                event.photoFiles = listing.entries(of: file.path).filter { $0.kind == .file }
                    .map { File(path: join(file.path, $0.name), size: $0.size) }
            case ("worksheets", _), ("groups", _), ("seminar", _):
                listing.expectFolder(entry, in: path)
            default:
                break
            }
        }
        return event
    }
}
