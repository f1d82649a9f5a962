import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopModel
@testable import WorkshopRender

/// The page registry is the one list of the site's files: what a build
/// renders, where, and which pages an edit affects all come from it.
@Suite("Page registry")
struct PageRegistryTests {
    let slug = "2024-10-08-session-06"

    @Test(arguments: [Audience.facilitator, .public])
    func declaredPagesAreExactlyTheRenderedFiles(audience: Audience) throws {
        let renderer = SiteRenderer(theme: try Repo.defaultTheme(), options: BuildOptions(audience: audience))
        let content = SampleContent.content()
        let site = try renderer.prepareSite(content: content)
        let rendered = try renderer.render(site).map(\.path)
        #expect(Set(rendered).count == rendered.count, "a path rendered twice")
        var declared: [String] = []
        for event in site.prepared.frame.content.events {
            for page in renderer.eventPages(event, prepared: site.prepared) {
                let path = try #require(renderer.path(of: page))
                // The dev server's idea of a path's kind (who may open it) agrees with the declaration.
                #expect(PageKind.of(path) == page.kind, "\(page) at \(path)")
                declared.append(path)
            }
        }
        let sitewide = SiteScope(frame: site.prepared.frame, aggregates: site.prepared.aggregates, series: site.prepared.series, summaries: site.prepared.summaries, knowledge: site.prepared.knowledge, findings: [], leftOut: [])
        for (kind, declaration) in PageRegistry.sitewideKinds {
            for id in declaration.ids(sitewide) {
                let path = declaration.path(id)
                #expect(PageKind.of(path) == kind, "\(kind) at \(path)")
                declared.append(path)
            }
        }
        #expect(Set(declared + [SitePaths.sitemap]) == Set(rendered))
    }

    @Test func everyKindIsDeclaredOrMadeElsewhere() {
        let made = Set(PageRegistry.eventKinds.map(\.kind) + PageRegistry.sitewideKinds.map(\.kind))
        let elsewhere = Set(PageKind.allCases.filter {
            if case .madeElsewhere = PageRegistry.declaration(of: $0) { return true }
            return false
        })
        #expect(made.isDisjoint(with: elsewhere))
        #expect(made.union(elsewhere) == Set(PageKind.allCases))
        #expect(elsewhere == [.sitemap, .pdf, .searchIndex, .other])
    }

    private func site() throws -> (SiteRenderer, PreparedSite, Event) {
        let renderer = SiteRenderer(theme: try Repo.defaultTheme(), options: BuildOptions())
        let content = SampleContent.content()
        return (renderer, try renderer.prepareSite(content: content), try #require(content.event(slug)))
    }

    private func edit(_ event: Event, participant: String, group: String? = nil, publish: Bool? = nil) throws -> WorksheetEdit {
        let before = try #require(event.worksheets.first { $0.participant == participant })
        var after = before
        if let group { after.group = group }
        if let publish { after.publish = publish }
        return WorksheetEdit(event: event.slug, before: before, after: after)
    }

    @Test func aMoveBetweenGroupsAffectsBothGroupsAndTheSeries() throws {
        let (renderer, site, event) = try site()
        // B-01 is unpublished, and so is group B's sheet: the report does not show it…
        let moved = renderer.pages(affectedBy: SiteChange(worksheets: [try edit(event, participant: "B-01", group: "B")], findingsChanged: false), in: site)
        #expect(moved.contains(SitePage(.group, event: slug, id: "B")))
        #expect(moved.contains(SitePage(.groupPresent, event: slug, id: "B")) && moved.contains(SitePage(.groupPrint, event: slug, id: "B")))
        #expect(!moved.contains(SitePage(.group, event: slug, id: "A")))
        #expect(!moved.contains(SitePage(.report, event: slug)))
        #expect(moved.contains(SitePage(.worksheet, event: slug, id: "B-01")))
        #expect(!moved.contains(SitePage(.worksheet, event: slug, id: "A-02")))
        for kind in [PageKind.event, .worksheets, .groupsPrint, .aggregates, .eventJSON, .proceduresCSV] {
            #expect(moved.contains(SitePage(kind, event: slug)), "\(kind)")
        }
        #expect(moved.contains(SitePage(.home)))
        #expect(moved.contains(SitePage(.catalogue, id: event.threatCatalogueID)) && moved.contains(SitePage(.catalogue, id: event.controlTableID)))
        // …and nothing that only a full build changes.
        for kind in [PageKind.seminar, .fill, .photo, .photoReview, .notFound, .asset, .problems] {
            #expect(!moved.contains { $0.kind == kind }, "\(kind)")
        }
        // …until it moves into group A, whose sheet is published.
        let intoA = renderer.pages(affectedBy: SiteChange(worksheets: [try edit(event, participant: "B-01", group: "A")], findingsChanged: false), in: site)
        #expect(intoA.contains(SitePage(.group, event: slug, id: "A")) && intoA.contains(SitePage(.group, event: slug, id: "B")))
        #expect(intoA.contains(SitePage(.report, event: slug)))
    }

    @Test func publishingAffectsTheReportAndFindingsTheProblemsPage() throws {
        let (renderer, site, event) = try site()
        let published = renderer.pages(affectedBy: SiteChange(worksheets: [try edit(event, participant: "B-01", publish: true)], findingsChanged: false), in: site)
        #expect(published.contains(SitePage(.report, event: slug)))
        let findings = [Finding(.unknownLabel, at: SourceLocation(file: "x.md", line: 1, column: 1), "w")]
        let withProblems = try renderer.prepareSite(content: SampleContent.content(), findings: findings)
        let change = SiteChange(worksheets: [], findingsChanged: true)
        #expect(renderer.pages(affectedBy: change, in: withProblems) == [SitePage(.problems)])
        #expect(renderer.pages(affectedBy: change, in: site).isEmpty, "no problems page to rebuild")
    }

    @Test func aRenamedParticipantsPageIsRemoved() throws {
        let (renderer, site, event) = try site()
        var renamed = event
        let index = try #require(renamed.worksheets.firstIndex { $0.participant == "B-01" })
        renamed.worksheets[index].participant = "B-09"
        let after = renderer.replacing(renamed, in: site)
        #expect(renderer.pathsRemoved(from: site, to: after, events: [slug]) == [SitePaths.worksheet(slug, "B-01")])
        #expect(renderer.pathsRemoved(from: site, to: site, events: [slug]).isEmpty)
        let change = SiteChange(worksheets: [WorksheetEdit(event: slug, before: event.worksheets[index], after: renamed.worksheets[index])], findingsChanged: false)
        let pages = renderer.pages(affectedBy: change, in: after)
        #expect(pages.contains(SitePage(.worksheet, event: slug, id: "B-09")))
        #expect(!pages.contains(SitePage(.worksheet, event: slug, id: "B-01")), "the old page no longer exists")
    }

    @Test func renderingTheAffectedPagesGivesTheFullBuildsBytes() throws {
        let (renderer, site, event) = try site()
        let whole = Dictionary(try renderer.render(site).map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        let change = SiteChange(worksheets: [try edit(event, participant: "B-01")], findingsChanged: false)
        let files = try renderer.render(renderer.pages(affectedBy: change, in: site), of: site)
        #expect(!files.isEmpty)
        for file in files { #expect(whole[file.path] == file.contents, "\(file.path)") }
    }
}
