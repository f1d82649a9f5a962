import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopLoad
import WorkshopModel
@testable import WorkshopPrint
@testable import WorkshopRender

/// `workshop pdf`, printing the sample content with headless Chromium. The
/// printing tests run only where Chromium and poppler-utils are installed
/// (`apt-get install chromium fonts-noto-cjk poppler-utils`).
@Suite struct PDFExportTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let event = "2024-10-08-session-06"

    static func tool(_ name: String) -> String? {
        ["/usr/bin", "/usr/local/bin", "/bin", "/opt/homebrew/bin"].map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var canPrint: Bool { Chromium.find() != nil && tool("pdfinfo") != nil && tool("pdftotext") != nil }

    /// Runs a poppler tool and returns its standard output.
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func pages(_ pdf: String) throws -> Int? {
        let info = try run(tool("pdfinfo") ?? "pdfinfo", [pdf])
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return line.flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    }

    /// Issue 7, "What was seen" 7: the PDFs went to `Output/pdf/`, which the next build deleted.
    @Test func theDefaultPDFFolderSurvivesBuilds() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let defaults = BuildOptions()
        let output = folder.appendingPathComponent(defaults.output)
        let pdfFolder = folder.appendingPathComponent(PDFExport().output)
        #expect(!PDFExport.isInside(pdfFolder.path, folder: output.path))
        #expect(PDFExport.isInside(output.appendingPathComponent("pdf").path, folder: output.path))
        try FileManager.default.createDirectory(at: pdfFolder, withIntermediateDirectories: true)
        let pdf = pdfFolder.appendingPathComponent("\(Self.event)-report.pdf")
        try Data("%PDF-1.4 printed earlier".utf8).write(to: pdf)
        let options = BuildOptions(root: Repo.content, output: output.path, themesFolder: Repo.themes)
        _ = try SiteBuild(options: options).run()
        _ = try SiteBuild(options: options).run()
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        #expect(FileManager.default.contents(atPath: pdf.path) == Data("%PDF-1.4 printed earlier".utf8))
    }

    @Test func documentsAreOnePerGroupThenAllGroupsThenTheReport() {
        var event = Event(slug: "2024-10-08-session-06", title: "第6回", threatCatalogueID: "t", controlTableID: "c", location: SourceLocation(file: "e"))
        event.groups = [GroupInfo(id: "A", name: "", location: SourceLocation(file: "e")), GroupInfo(id: "B", name: "", location: SourceLocation(file: "e"))]
        let documents = PDFExport.documents(for: event)
        #expect(documents.map(\.file) == ["2024-10-08-session-06-group-A.pdf", "2024-10-08-session-06-group-B.pdf",
                                          "2024-10-08-session-06-groups.pdf", "2024-10-08-session-06-report.pdf"])
        #expect(documents.map(\.page) == ["events/2024-10-08-session-06/groups/A/print/index.html", "events/2024-10-08-session-06/groups/B/print/index.html",
                                          "events/2024-10-08-session-06/groups/print/index.html", "events/2024-10-08-session-06/report/index.html"])
    }

    @Test func theWholeSitePrintsTheSeriesReportLastAndOneEventDoesNot() throws {
        let event = Event(slug: "2024-10-08-session-06", title: "第6回", threatCatalogueID: "t", controlTableID: "c", location: SourceLocation(file: "e"))
        let whole = PDFExport.documents(for: [event], wholeSite: true)
        #expect(whole.last == PDFExport.Document(page: "series/index.html", file: "series.pdf"))
        #expect(whole.dropLast() == PDFExport.documents(for: event)[...])
        #expect(!PDFExport.documents(for: [event], wholeSite: false).map(\.file).contains("series.pdf"))
        // The page it prints is one the site has, in both audiences.
        for audience in [Audience.facilitator, .public] {
            #expect(try Repo.render(audience: audience)["series/index.html"] != nil)
        }
    }

    @Test func missingChromiumIsAClearMessageAndExitTwo() throws {
        let export = PDFExport(root: Self.repo.appendingPathComponent("Content").path, output: "/nonexistent", chromium: nil)
        #expect(throws: PDFExportError.self) { try export.run() }
        let message = PDFExportError.chromiumMissing.message(in: .ja)
        #expect(message.contains("Chromium が見つかりません"))
        #expect(message.contains("apt-get install chromium fonts-noto-cjk"))
        #expect(PDFExportError.chromiumMissing.message(in: .en).contains("apt-get install chromium fonts-noto-cjk"))
        #expect(PDFExportError.chromiumMissing.exitStatus == 2)
        #expect(Chromium.find(environment: ["PATH": "/nonexistent"]) == nil)
        #expect(Chromium.find(environment: ["PATH": "/nonexistent", "CHROME": "/nonexistent/chrome"]) == nil)
    }

    @Test func aChromiumThatWritesNothingIsReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-fake-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("page.html")
        try Data("<p>x</p>".utf8).write(to: page)
        let fake = Chromium(executable: "/bin/true", timeout: 10)
        #expect(throws: PDFExportError.self) { try fake.printToPDF(page: page, pdf: folder.appendingPathComponent("out.pdf")) }
        let slow = Chromium(executable: "/bin/sleep", timeout: 1)
        let start = Date()
        #expect(throws: PDFExportError.self) { try slow.printToPDF(page: URL(string: "30")!, pdf: folder.appendingPathComponent("slow.pdf")) }
        #expect(Date().timeIntervalSince(start) < 15, "the timeout must stop a browser that hangs")
    }

    @Test(.enabled(if: PDFExportTests.canPrint, "needs chromium, fonts-noto-cjk and poppler-utils"), .timeLimit(.minutes(5)))
    func printsTheSampleEventWithJapaneseText() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let export = PDFExport(root: Self.repo.appendingPathComponent("Content").path, output: output.path, event: Self.event,
                               themesFolder: Self.repo.appendingPathComponent("Themes").path)
        let written = try export.run()
        let names = written.map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(names == ["A", "B", "C"].map { "\(Self.event)-group-\($0).pdf" } + ["\(Self.event)-groups.pdf", "\(Self.event)-report.pdf"])
        for file in written {
            let head = try FileHandle(forReadingFrom: URL(fileURLWithPath: file)).read(upToCount: 4)
            #expect(head == Data("%PDF".utf8), "\(file) is not a PDF")
        }

        let all = output.appendingPathComponent("\(Self.event)-groups.pdf").path
        #expect(try Self.pages(all) == 3, "the all-groups PDF should have one A4 sheet per group")
        #expect(try Self.pages(output.appendingPathComponent("\(Self.event)-group-A.pdf").path) == 1)

        // Japanese glyphs come out as text (fonts-noto-cjk), from group A's sheet.
        let text = try Self.run(Self.tool("pdftotext") ?? "pdftotext", ["-enc", "UTF-8", all, "-"]).filter { !$0.isWhitespace }
        // (Table columns interleave in extracted text, so the phrases are short.)
        #expect(text.contains("取引先の一覧や取引条件が外に出ると"), "group A's impact is missing from the PDF text")
        #expect(text.contains("外部研修など社外の"), "group A's remedy is missing from the PDF text")
        #expect(text.contains("事業影響の認識"))
        let report = try Self.run(Self.tool("pdftotext") ?? "pdftotext", ["-enc", "UTF-8", output.appendingPathComponent("\(Self.event)-report.pdf").path, "-"])
        #expect(report.filter { !$0.isWhitespace }.contains("第6回"))
    }
}
