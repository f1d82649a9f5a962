import Foundation
import WorkshopBuild
import WorkshopLoad
import WorkshopModel
import WorkshopRender

/// `workshop pdf`: builds the site into a temporary folder, then prints, for
/// each selected event, every group's printable summary
/// (`<event>-group-<id>.pdf`), the page with all groups (`<event>-groups.pdf`)
/// and the event report (`<event>-report.pdf`), then, when the whole site is
/// printed, the series report (`series.pdf`), with headless Chromium.
/// Pages the audience does not get (an unpublished group in the public
/// build) are skipped.
public struct PDFExport: Sendable {
    public var root: String
    /// Where the PDFs go (default `PDF`, next to `Output`: every build
    /// replaces the output folder, so PDFs inside it would be deleted).
    public var output: String

    /// The default PDF folder, outside any build's output folder.
    public static let defaultFolder = "PDF"
    /// One event's slug, or nil for every event.
    public var event: String?
    public var audience: Audience
    /// `--theme`; nil means site.yaml's theme (`BuildOptions.theme(for:)`).
    public var themeName: String?
    public var themesFolder: String?
    public var extraThemeFolders: [String]
    /// Build what is valid and leave out files with errors (`--keep-going`, as `build`).
    public var keepGoing: Bool
    /// `--strict`, as `build`.
    public var strict: Bool
    /// nil when Chromium is not installed (`run` then fails with `.chromiumMissing`).
    public var chromium: Chromium?

    public init(root: String = "Content", output: String = PDFExport.defaultFolder, event: String? = nil, audience: Audience = .facilitator,
                themeName: String? = nil, themesFolder: String? = nil, extraThemeFolders: [String] = [], keepGoing: Bool = false, strict: Bool = false,
                chromium: Chromium? = Chromium.find()) {
        self.keepGoing = keepGoing
        self.strict = strict
        self.themeName = themeName
        self.root = root
        self.output = output
        self.event = event
        self.audience = audience
        self.themesFolder = themesFolder
        self.extraThemeFolders = extraThemeFolders
        self.chromium = chromium
    }

    /// Whether `path` is `folder` or inside it (both resolved against the current directory).
    public static func isInside(_ path: String, folder: String) -> Bool {
        let inner = URL(fileURLWithPath: path).standardizedFileURL.path
        let outer = URL(fileURLWithPath: folder).standardizedFileURL.path
        return inner == outer || inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }

    /// One PDF to print: the site page and the PDF's file name.
    public struct Document: Sendable, Hashable {
        public var page: String
        public var file: String
    }

    /// The PDFs of an event, in print order.
    public static func documents(for event: Event) -> [Document] {
        let slug = SitePaths.segment(event.slug)
        var documents = event.groups.map {
            Document(page: SitePaths.groupPrint(event.slug, $0.id), file: "\(slug)-group-\(SitePaths.segment($0.id)).pdf")
        }
        documents.append(Document(page: SitePaths.groupsPrint(event.slug), file: "\(slug)-groups.pdf"))
        documents.append(Document(page: SitePaths.report(event.slug), file: "\(slug)-report.pdf"))
        return documents
    }

    /// The site's own PDFs, printed after the events' when the whole site is printed (no `--event`):
    /// the series report.
    public static let siteDocuments: [Document] = [Document(page: SitePaths.series, file: "series.pdf")]

    /// Everything one run prints, in print order: each event's documents, then (whole site only) the site's.
    public static func documents(for events: [Event], wholeSite: Bool) -> [Document] {
        events.flatMap { documents(for: $0) } + (wholeSite ? siteDocuments : [])
    }

    /// Prints the PDFs; returns the paths written. `progress` hears each file as it is done.
    public func run(progress: (String) -> Void = { _ in }) throws(PDFExportError) -> [String] {
        let fileManager = FileManager.default
        guard fileManager.isReadableFile(atPath: URL(fileURLWithPath: root).appendingPathComponent("site.yaml").path) else {
            throw .unreadableRoot(path: root)
        }
        guard let chromium else { throw .chromiumMissing }
        let scratch = fileManager.temporaryDirectory.appendingPathComponent("workshop-pdf-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: scratch) }
        let site = scratch.appendingPathComponent("site")
        let printed = scratch.appendingPathComponent("pdf")
        // The same pipeline as `workshop build` (load, check, keep-going, theme), into a scratch folder.
        let options = BuildOptions(root: root, output: site.path, themeName: themeName, themesFolder: themesFolder,
                                   extraThemeFolders: extraThemeFolders, audience: audience, keepGoing: keepGoing, strict: strict)
        let report: BuildReport
        do { report = try SiteBuild(options: options).run() } catch { throw .build(error) }
        let pages = Set(report.pagesWritten)
        let built = report.content?.events ?? []
        var events = built
        if let event {
            events = events.filter { $0.slug == event }
            if events.isEmpty { throw .unknownEvent(event, known: built.map(\.slug)) }
        }

        let outputURL = URL(fileURLWithPath: output)
        do {
            try fileManager.createDirectory(at: printed, withIntermediateDirectories: true)
            try fileManager.createDirectory(at: outputURL, withIntermediateDirectories: true)
        } catch {
            throw .notWritable(path: output, detail: error.localizedDescription)
        }
        var written: [String] = []
        do {
            for document in Self.documents(for: events, wholeSite: event == nil) where pages.contains(document.page) {
                let pdf = printed.appendingPathComponent(document.file)
                try chromium.printToPDF(page: site.appendingPathComponent(document.page), pdf: pdf)
                let target = outputURL.appendingPathComponent(document.file)
                do {
                    if fileManager.fileExists(atPath: target.path) { try fileManager.removeItem(at: target) }
                    try fileManager.moveItem(at: pdf, to: target)
                } catch {
                    throw .notWritable(path: target.path, detail: error.localizedDescription)
                }
                written.append(target.path)
                progress(target.path)
            }
        }
        return written
    }
}
