import Testing
@testable import WorkshopBuild
@testable import WorkshopRender

/// Participant text never loads an image; organiser articles may (docs/markdown.md).
@Suite struct MarkupImageTests {
    @Test func participantFieldsShowImagesAsLinks() {
        let html = Markup.inline("見て ![写真](https://tracker.example/p.png)").html
        #expect(!html.contains("<img"))
        #expect(html.contains("<a class=\"image-link\" href=\"https://tracker.example/p.png\">写真</a>"))
    }

    @Test func organiserArticlesKeepImages() {
        let html = Markup.article("# 題\n\n![図](https://example.jp/a.png)\n").html
        #expect(html.contains("<img src=\"https://example.jp/a.png\" alt=\"図\""))
    }

    @Test func aHeadingInABlockQuoteIsShiftedToo() {
        let html = Markup.article("## 概要\n\n> # 引用\n").html
        #expect(!html.contains("<h1"))
        #expect(html.contains("<h2 id=\"引用\""))
        #expect(html.contains("<h3 id=\"概要\""))
    }
}
