import Foundation
import Testing
@testable import WorkshopBuild
import WorkshopModel
@testable import WorkshopRender

/// Full-text search (docs/search.md): the page and its kinds, Pagefind's
/// markers in rendered pages, and the build step around an injected indexer.
/// The real Pagefind in a real browser is Tests/Browser/test_search.py.
@Suite("Search")
struct SearchTests {
    static let slug = "2024-10-08-session-06"

    static func render(search: Bool, language: Language = .ja) throws -> [String: String] {
        var options = BuildOptions()
        options.search = search
        let files = try SiteRenderer(theme: Repo.defaultTheme(), options: options).render(content: SampleContent.content(language: language))
        return Dictionary(files.compactMap { file in String(data: file.contents, encoding: .utf8).map { (file.path, $0) } },
                          uniquingKeysWith: { a, _ in a })
    }

    @Test func pathsAndKinds() {
        #expect(PageKind.of(SitePaths.search) == .search)
        #expect(PageKind.of("/search/") == .search)
        #expect(PageKind.of("search/other.html") == .other)
        for path in ["pagefind/pagefind-ui.js", "/pagefind/fragment/ja_1234.pf_fragment", "pagefind/index/ja_1.pf_index", "pagefind"] {
            #expect(PageKind.of(path) == .searchIndex, "\(path)")
        }
        // The page has no content of its own; the index has every page's words (a facilitator build's: worksheets).
        #expect(PageKind.search.participantsMayOpen)
        #expect(!PageKind.searchIndex.participantsMayOpen)
        if case .madeElsewhere = PageRegistry.declaration(of: .searchIndex) {} else { Issue.record("the index is Pagefind's, not a rendered page") }
    }

    @Test func indexedBuildMarksPagesForPagefind() throws {
        let pages = try Self.render(search: true)
        let group = try #require(pages[SitePaths.group(Self.slug, "A")])
        #expect(group.contains("<main id=\"main\" class=\"content\" data-pagefind-body>"))
        #expect(group.contains("<span data-pagefind-filter=\"開催回\">第6回 セミナー・ワークショップ</span>"))
        #expect(group.contains("<span data-pagefind-filter=\"種類\">グループ</span>"))
        #expect(group.contains("<span data-pagefind-meta=\"title\">"))
        // Group A's common procedure is 6-1 (SampleContent): control 6.
        #expect(group.contains("<span data-pagefind-filter=\"管理策\">6</span>"))
        // The header of every page links the search page; navigation is outside the indexed <main>.
        #expect(group.contains("class=\"site-nav__search\"><a href=\"../../../../search/index.html\">検索</a>"))
        let seminar = try #require(pages[SitePaths.seminar(Self.slug)])
        #expect(seminar.contains("<span data-pagefind-filter=\"種類\">セミナー</span>"))
        let report = try #require(pages[SitePaths.report(Self.slug)])
        #expect(report.contains("<span data-pagefind-filter=\"種類\">報告</span>"))
        #expect(report.contains("<span data-pagefind-meta=\"title\">第6回 セミナー・ワークショップ 開催レポート</span>"), "the event's title once")
        // The published group A's common procedure 6-1.
        #expect(report.contains("<span data-pagefind-filter=\"管理策\">6</span>"))
        #expect(group.contains("<span data-pagefind-meta=\"title\">グループA: 卸業・製造業グループ — 第6回 セミナー・ワークショップ</span>"))
        let aggregates = try #require(pages[SitePaths.aggregates(Self.slug)])
        #expect(aggregates.contains("<span data-pagefind-filter=\"種類\">集計</span>"))
        #expect(aggregates.contains("<span data-pagefind-filter=\"管理策\">6</span>"))
        let controls = try #require(pages[SitePaths.catalogue("controls-test")])
        #expect(controls.contains("<span data-pagefind-filter=\"種類\">脅威・管理策</span>"))
        #expect(!controls.contains("data-pagefind-filter=\"開催回\""), "a catalogue belongs to no event")
        let controlFilters = controls.components(separatedBy: "data-pagefind-filter=\"管理策\"").count - 1
        #expect(controlFilters == 3, "every control of the table: \(controlFilters)")
        // Not indexed: copies of indexed pages, forms, lists, the search page itself.
        for path in [SitePaths.groupPresent(Self.slug, "A"), SitePaths.groupPrint(Self.slug, "A"), SitePaths.fill(Self.slug),
                     SitePaths.worksheets(Self.slug), SitePaths.notFound, SitePaths.search, SitePaths.home] {
            let page = try #require(pages[path], "\(path)")
            #expect(!page.contains("data-pagefind"), "\(path)")
        }
        let search = try #require(pages[SitePaths.search])
        #expect(search.contains("data-bundle=\"../pagefind/\""))
        #expect(search.contains("data-site-root=\"../\""))
        #expect(search.contains("<noscript>"))
        #expect(search.contains("src=\"../assets/search.js\""))
        #expect(search.contains("id=\"search-needs-http\" hidden"))
    }

    @Test func englishSiteNamesFiltersInEnglish() throws {
        let pages = try Self.render(search: true, language: .en)
        let seminar = try #require(pages[SitePaths.seminar(Self.slug)])
        #expect(seminar.contains("<span data-pagefind-filter=\"Kind\">Seminar</span>"))
        #expect(seminar.contains("<span data-pagefind-filter=\"Event\">"))
    }

    @Test func unindexedBuildHasNoMarkersAndSaysWhy() throws {
        let pages = try Self.render(search: false)
        #expect(pages.values.allSatisfy { !$0.contains("data-pagefind") })
        #expect(pages.values.allSatisfy { !$0.contains("site-nav__search") })
        let search = try #require(pages[SitePaths.search])
        #expect(search.contains("この版のサイトには検索インデックスがありません"))
        #expect(!search.contains("search.js"))
    }

    @Test func kindWordsCoverTheKindsOtherPagesUse() {
        for kind in ["seminar", "report", "knowledge", "group", "aggregates", "catalog-threats", "catalog-controls", "series", "event", "worksheet"] {
            #expect(SearchMarkers.kindKey(for: kind) != nil, "\(kind)")
        }
        for kind in ["present", "print", "print-all", "fill", "group-fill", "problems", "notfound", "search", "home", "worksheets", "photo-review"] {
            #expect(SearchMarkers.kindKey(for: kind) == nil, "\(kind)")
        }
    }

    // MARK: The build step

    /// A stand-in indexer: a shell script doing `body` with the site folder in $2.
    static func fakeIndexer(in folder: URL, _ body: String) throws -> Pagefind {
        let script = folder.appendingPathComponent("fake-pagefind")
        try "#!/bin/sh\nset -e\nsite=\"$2\"\n\(body)\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return Pagefind(executable: script.path, timeout: 30)
    }

    static func build(into output: URL, search: SearchSetting) throws -> BuildReport {
        let options = BuildOptions(root: Repo.content, output: output.path, themesFolder: Repo.themes)
        return try SiteBuild(options: options, search: search).run()
    }

    @Test func notInstalledBuildsWithoutSearch() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output")
        let report = try Self.build(into: output, search: .pagefind(locate: { nil }))
        #expect(report.search == .notInstalled)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind").path))
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!home.contains("site-nav__search"))
        let off = try Self.build(into: output, search: .off)
        #expect(off.search == .off)
    }

    @Test func indexerRunsOverTheStagedOutputBeforeTheSwap() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output")
        // It sees the staged folder (not Output/), with every page already written.
        let indexer = try Self.fakeIndexer(in: folder, """
            case "$site" in */Output.tmp-*) ;; *) exit 9 ;; esac
            test -f "$site/index.html" && test -f "$site/search/index.html"
            mkdir -p "$site/pagefind/fragment"
            echo 'x' > "$site/pagefind/pagefind-ui.js"; echo '{}' > "$site/pagefind/pagefind-entry.json"
            echo a > "$site/pagefind/fragment/a"; echo b > "$site/pagefind/fragment/b"
            """)
        let report = try Self.build(into: output, search: .pagefind(locate: { indexer }))
        guard case .indexed(let summary) = report.search else { Issue.record("\(report.search)"); return }
        #expect(summary.pages == 2)
        #expect(summary.bytes > 0)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind/pagefind-ui.js").path))
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("site-nav__search"))
    }

    @Test func failingIndexerLeavesNoBundleAndTheBuildSucceeds() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output")
        let indexer = try Self.fakeIndexer(in: folder, """
            mkdir -p "$site/pagefind/fragment"; echo half > "$site/pagefind/fragment/a"
            echo "Error: something broke" >&2
            exit 3
            """)
        let report = try Self.build(into: output, search: .pagefind(locate: { indexer }))
        guard case .failed(let error) = report.search else { Issue.record("\(report.search)"); return }
        #expect(error.detail.contains("status 3"))
        #expect(error.detail.contains("something broke"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("pagefind").path), "nothing half-written")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        // Exit 0 without a bundle is a failure too.
        let silent = try Self.fakeIndexer(in: folder, "true")
        let second = try Self.build(into: output, search: .pagefind(locate: { silent }))
        if case .failed(let why) = second.search { #expect(why.detail.contains("no bundle")) } else { Issue.record("\(second.search)") }
        // A program that cannot be started.
        let missing = Pagefind(executable: folder.appendingPathComponent("no-such-program").path)
        let third = try Self.build(into: output, search: .pagefind(locate: { missing }))
        if case .failed(.couldNotStart) = third.search {} else { Issue.record("\(third.search)") }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test func slowIndexerIsStoppedAndLeavesNothing() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        var slow = try Self.fakeIndexer(in: folder, "mkdir -p \"$site/pagefind\"; echo half > \"$site/pagefind/x\"; exec sleep 30")
        slow.timeout = 1
        let started = Date()
        #expect(throws: SearchIndexError.timedOut(seconds: 1)) { try slow.index(site: site.path) }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("pagefind").path))
    }

    /// A program the build runs holds no descriptor of the build's: a file
    /// another thread is writing (such as a script about to be run, which would
    /// then fail to start with "text file busy") is not kept open in the child.
    @Test func theIndexerInheritsOnlyStandardDescriptors() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let being = folder.appendingPathComponent("being-written")
        let descriptor = open(being.path, O_WRONLY | O_CREAT, 0o644)   // no O_CLOEXEC, like Foundation's atomic writes
        #expect(descriptor > 2)
        defer { close(descriptor) }
        let run = try RunProcess.run("/bin/sh", ["-c", "ls /proc/$$/fd"], timeout: 20)
        #expect(run.status == 0)
        let inherited = Set(run.output.split(whereSeparator: \.isWhitespace).map(String.init))
        #expect(inherited == ["0", "1", "2"], "\(inherited)")
    }

    @Test func locatorOrder() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = try Self.fakeIndexer(in: folder, "true")
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fake.executable, toPath: bin.appendingPathComponent("pagefind").path)
        // WORKSHOP_PAGEFIND first: a path, and when it names nothing, no indexer at all.
        #expect(Pagefind.find(environment: ["PATH": bin.path, "WORKSHOP_PAGEFIND": fake.executable])?.executable == fake.executable)
        #expect(Pagefind.find(environment: ["PATH": bin.path, "WORKSHOP_PAGEFIND": "/nonexistent/pagefind"]) == nil)
        // Then the names on PATH.
        #expect(Pagefind.find(environment: ["PATH": bin.path])?.executable == bin.appendingPathComponent("pagefind").path)
        // Nothing on PATH, no python3 there either: none.
        #expect(Pagefind.find(environment: ["PATH": "/nonexistent"]) == nil)
    }
}
