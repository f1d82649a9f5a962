import Testing
@testable import Markdown

/// What the GFM suite found (issue 10), one case each, and the image rules.
@Suite struct LinkAndImageTests {
    func html(_ markdown: String, images: HTMLRenderer.Images = .shown) -> String {
        HTMLRenderer(images: images).render(MarkdownDocument(parsing: markdown).root)
    }

    @Test func hrefsArePercentEncodedAsCMarkDoes() {
        #expect(html("[link](foo\\bar)") == "<p><a href=\"foo%5Cbar\">link</a></p>\n")
        #expect(html("<http://example.com/\\[\\>") == "<p><a href=\"http://example.com/%5C%5B%5C\">http://example.com/\\[\\</a></p>\n")
        #expect(html("[link](</my uri>)") == "<p><a href=\"/my%20uri\">link</a></p>\n")
        #expect(html("[link](/φου)") == "<p><a href=\"/%CF%86%CE%BF%CF%85\">link</a></p>\n")
        #expect(html("http://🍄.ga/") == "<p><a href=\"http://%F0%9F%8D%84.ga/\">http://🍄.ga/</a></p>\n")
        #expect(html("[link](&quot;foo&quot;)") == "<p><a href=\"%22foo%22\">link</a></p>\n")
        #expect(html("[a](/x?b=1&c='2')") == "<p><a href=\"/x?b=1&amp;c=&#x27;2&#x27;\">a</a></p>\n")
        #expect(HTML.escapeHref("-_.+!*(),%#@?=;:/$~azAZ09") == "-_.+!*(),%#@?=;:/$~azAZ09")
        // By scalar: a combining mark after a quote does not hide the quote.
        #expect(HTML.escape("a\"\u{301} b'\u{301}<\u{301}&\u{301}") == "a&quot;\u{301} b&#39;\u{301}&lt;\u{301}&amp;\u{301}")
        #expect(HTML.escapeHref("\"<>[]\\^`{|} ") == "%22%3C%3E%5B%5D%5C%5E%60%7B%7C%7D%20")
    }

    @Test func aColonAfterNonSchemeTextKeepsTheLink() {
        #expect(html("[link](foo\\)\\:)") == "<p><a href=\"foo):\">link</a></p>\n")
        // Spaces and controls are dropped before the scheme is read (browsers
        // ignore tabs and line breaks in URLs), so this counts as scheme "ab".
        #expect(HTML.safeURL("a b:c") == nil)
        #expect(HTML.safeURL("日本:x") == "日本:x")
        #expect(HTML.safeURL("1http:x") == "1http:x")
        #expect(HTML.safeURL("javascript:alert(1)") == nil)
        #expect(HTML.safeURL("jav\nascript:alert(1)") == nil)
        #expect(HTML.safeURL("made-up-scheme://foo") == nil)
        #expect(HTML.safeURL("tel:+81-3-0000") == "tel:+81-3-0000")
    }

    @Test func dataImagesAreRasterOnly() {
        let png = "data:image/png;base64,iVBORw0KGgo="
        #expect(html("![dot](\(png))").contains("<img src=\"\(png)\" alt=\"dot\""))
        #expect(html("![x](data:image/svg+xml,<svg/onload=alert(1)>)") == "<p>x</p>\n")
        #expect(html("[x](\(png))") == "<p>x</p>\n")
        #expect(html("![x](data:text/html,hi)") == "<p>x</p>\n")
    }

    @Test func aTabEndsTheFenceLanguage() {
        #expect(html("```ruby\tstartline=3\nx\n```\n") == "<pre><code class=\"language-ruby\">x\n</code></pre>\n")
    }

    @Test func theHighestHeadingCountsHeadingsInQuotesAndLists() {
        let document = MarkdownDocument(parsing: "## 概要\n\n> # 引用の見出し\n\n- # 項目の見出し\n")
        #expect(document.root.highestHeadingLevel == 1)
        #expect(MarkdownDocument(parsing: "本文だけ").root.highestHeadingLevel == nil)
        let rendered = HTMLRenderer(headingShift: 2 - 1).render(document.root)
        #expect(!rendered.contains("<h1"))
        #expect(rendered.contains("<blockquote>\n<h2"))
    }

    @Test func participantImagesAreNeverLoaded() {
        let remote = html("![顔写真](https://tracker.example/p.png \"t\") と ![](//cdn.example/x.png)", images: .asLinks)
        #expect(!remote.contains("<img"))
        #expect(remote.contains("<a class=\"image-link\" href=\"https://tracker.example/p.png\" title=\"t\">顔写真</a>"))
        #expect(remote.contains("<a class=\"image-link\" href=\"//cdn.example/x.png\">//cdn.example/x.png</a>"))
        let local = html("![図](../img/a.png)", images: .asLinks)
        #expect(local == "<p><a class=\"image-link\" href=\"../img/a.png\">図</a></p>\n")
        // Inside a link the image becomes its alt text (links do not nest).
        #expect(html("[![badge](https://x.example/b.svg)](https://x.example)", images: .asLinks) == "<p><a href=\"https://x.example\">badge</a></p>\n")
        #expect(html("![x](javascript:alert(1))", images: .asLinks) == "<p>x</p>\n")
        #expect(html("![x](data:image/png;base64,AA==)", images: .asLinks) == "<p>x</p>\n")
        #expect(HTMLRenderer(images: .asLinks).renderInline("![a](https://x.example/a.png)") == "<a class=\"image-link\" href=\"https://x.example/a.png\">a</a>")
    }

    @Test func remoteURLs() {
        #expect(HTML.isRemote("https://x.example/a.png"))
        #expect(HTML.isRemote("//x.example/a.png"))
        #expect(HTML.isRemote("\\\\x.example/a.png"))
        #expect(!HTML.isRemote("../a.png"))
        #expect(!HTML.isRemote("data:image/png;base64,AA=="))
    }
}
