import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopModel
@testable import WorkshopRender

@Suite("Page kinds")
struct PageKindTests {
    @Test func everySitePathHasItsKind() {
        let s = "2024-10-08-session-06"
        let expected: [(String, PageKind)] = [
            (SitePaths.home, .home), (SitePaths.notFound, .notFound), (SitePaths.problems, .problems), (SitePaths.sitemap, .sitemap),
            (SitePaths.series, .series), ("series/x/index.html", .other),
            (SitePaths.catalogue("t2024"), .catalogue), (SitePaths.event(s), .event), (SitePaths.seminar(s), .seminar),
            (SitePaths.seminarPage(s, "part-2"), .seminar), (SitePaths.worksheets(s), .worksheets), (SitePaths.worksheet(s, "A-01"), .worksheet),
            (SitePaths.group(s, "A"), .group), (SitePaths.groupPresent(s, "A"), .groupPresent), (SitePaths.groupPrint(s, "A"), .groupPrint),
            (SitePaths.groupsPrint(s), .groupsPrint), (SitePaths.report(s), .report), (SitePaths.aggregates(s), .aggregates),
            (SitePaths.eventJSON(s), .eventJSON), (SitePaths.proceduresCSV(s), .proceduresCSV), (SitePaths.fill(s), .fill),
            (SitePaths.groupFill(s, "A"), .groupFill),
            ("assets/site.css", .asset), ("pdf/\(s)-report.pdf", .pdf), ("somewhere/else.html", .other),
        ]
        for (path, kind) in expected {
            #expect(PageKind.of(path) == kind, "\(path)")
            // The folder address serves the same page.
            if path.hasSuffix("/index.html") { #expect(PageKind.of("/" + path.dropLast("index.html".count)) == kind, "\(path)") }
        }
        // A group called "print" would be the all-groups print page; a participant called "print" is still a worksheet.
        #expect(PageKind.of(SitePaths.worksheet(s, "print")) == .worksheet)
        // The series report has exact counts in the facilitator's build: not a participant's page under serve --collect.
        #expect(!PageKind.series.participantsMayOpen)
    }

    @Test func everyFileOfARenderedSiteIsKnown() throws {
        let files = try SiteRenderer(theme: Repo.defaultTheme(), options: BuildOptions()).render(content: SampleContent.content())
        let unknown = files.map(\.path).filter { PageKind.of($0) == .other && !$0.hasPrefix("events/") }
        #expect(unknown.isEmpty, "\(unknown.prefix(5))")
        let worksheetPages = files.filter { $0.path.contains("/worksheets/") && $0.path.hasSuffix("index.html") }
        #expect(!worksheetPages.isEmpty)
        #expect(worksheetPages.allSatisfy { [.worksheet, .worksheets].contains(PageKind.of($0.path)) })
    }
}
