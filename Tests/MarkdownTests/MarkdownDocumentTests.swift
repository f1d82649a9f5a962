import Testing
@testable import Markdown

@Suite struct MarkdownDocumentTests {
    @Test func headingsListsAndPositions() {
        let doc = MarkdownDocument(parsing: "## ① 事業影響の認識\n\n### 脅威 3\n- 事業内容: 卸売\n- 影響: 大きい\n", lineOffset: 5)
        #expect(doc.blocks.count == 3)
        #expect(doc.blocks[0].headingLevel == 2)
        #expect(doc.blocks[0].plainText == "① 事業影響の認識")
        #expect(doc.blocks[0].start == SourcePoint(line: 6, column: 1))
        #expect(doc.blocks[1].start.line == 8)
        let list = doc.blocks[2]
        #expect(list.children.count == 2)
        #expect(list.children[1].start == SourcePoint(line: 10, column: 1))
        #expect(list.children[1].plainText == "影響: 大きい")
    }

    @Test func columnsCountCharactersNotBytes() {
        let doc = MarkdownDocument(parsing: "- 課題: 人がいない\n  - 解決手段: 外部研修\n")
        let nested = doc.blocks[0].children[0].children[1]
        #expect(nested.start == SourcePoint(line: 2, column: 3))
        let paragraph = doc.blocks[0].children[0].children[0]
        #expect(paragraph.end.column == 11)
        #expect(doc.source(from: paragraph.start, to: paragraph.end) == "課題: 人がいない")
    }

    @Test func tablesAreParsed() {
        let doc = MarkdownDocument(parsing: "| 課題 | 解決手段 |\n|---|:-:|\n| a | b |\n")
        guard case .table(let alignments) = doc.blocks[0].kind else {
            Issue.record("no table"); return
        }
        #expect(alignments == [.none, .center])
        #expect(doc.blocks[0].children.count == 2)
        #expect(doc.blocks[0].children[0].kind == .tableRow(isHeader: true))
        #expect(doc.blocks[0].children[1].children[1].plainText == "b")
    }

    @Test func rawHTMLIsNeverRendered() {
        let doc = MarkdownDocument(parsing: "<script>alert(1)</script>\n\nHello <b onclick=x>there</b> [x](javascript:alert(1))\n")
        let html = HTMLRenderer().render(doc.root)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<b "))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("&lt;script&gt;"))
    }

    @Test func headingAnchorsAreStableAndUnique() {
        let doc = MarkdownDocument(parsing: "## 概要\n\n## 概要\n\n## Cloud Security!\n")
        let html = HTMLRenderer().render(doc.root)
        #expect(html.contains("id=\"概要\""))
        #expect(html.contains("id=\"概要-1\""))
        #expect(html.contains("id=\"cloud-security\""))
    }

    @Test func deepNestingDoesNotCrash() {
        let deep = String(repeating: "> ", count: 5000) + "x\n" + String(repeating: "- ", count: 3000) + "y\n"
        let doc = MarkdownDocument(parsing: deep)
        _ = HTMLRenderer().render(doc.root)
        #expect(doc.blocks.count >= 1)
    }

    @Test func safeURLs() {
        #expect(HTML.safeURL("https://example.jp") == "https://example.jp")
        #expect(HTML.safeURL("../x.html#p-6-1") == "../x.html#p-6-1")
        #expect(HTML.safeURL("JavaScript:alert(1)") == nil)
        #expect(HTML.safeURL(" java\tscript:alert(1)") == nil)
        #expect(HTML.safeURL("data:text/html,x") == nil)
    }

    @Test(arguments: [
        "取引先情報が漏れると、顧客と仕入先が直接取引を始めるおそれがある。", "plain text", "人的対策（教育）が一番有効。",
        "a'b\"c", "価格 100円", "ＩＴ担当が１名", "a*b*", "**強調**", "see www.example.jp", "http://x.jp", "1. 番号",
        "- 箇条", "a & b", "<b>x</b>", "a\nb", " 先頭の空白", "テキスト`code`", "x_y_z", "~~消す~~", "メール a@example.jp",
    ])
    func plainTextFastPathMatchesTheParser(text: String) {
        let renderer = HTMLRenderer()
        var parsed = renderer.renderInlineParsed(text)
        while parsed.hasSuffix("\n") { parsed.removeLast() }
        var fast = renderer.renderInline(text)
        while fast.hasSuffix("\n") { fast.removeLast() }
        #expect(fast == parsed)
    }
}
