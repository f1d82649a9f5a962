import Foundation
import Markdown
import WorkshopCheck
import WorkshopLoad
import WorkshopModel

/// The fuzz targets (`scripts/fuzz.sh TARGET SECONDS`): each takes one input
/// and runs it through a part of the tool in memory. A crash, a hang or an
/// allocation past libFuzzer's limits is a bug; the Markdown target also
/// checks that no tag reaches the HTML that the renderer does not write.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// The input as a worksheet, loaded and checked with a small site.
    case worksheet
    /// The input as a group sheet, loaded and checked.
    case groupSheet = "group-sheet"
    /// The input as an event.yaml (front-matter-free YAML reader) and as a
    /// seminar page's front matter.
    case yaml
    /// The input as a CSV control table.
    case csv
    /// The input as Markdown: parsed, guarded and rendered both ways.
    case markdown

    /// A tiny site with one threat catalogue, one control table and one
    /// event with groups A and B, so the checker has ids to look up.
    static let site: [String: Data] = [
        "site.yaml": "title: ファズ\nlanguage: ja\n",
        "catalogs/threats.yaml": """
            id: t
            title: T
            threats:
              - { id: 1, title: ランサムウェアによる被害 }
              - { id: 3, title: 内部不正による情報漏えい等の被害 }
              - { id: 8, title: 不注意による情報漏えい等の被害 }

            """,
        "catalogs/controls.yaml": """
            id: c
            title: C
            controls:
              - { no: 6, category: 人的, iso: "6.3", title: 教育, procedures: [{ id: 6-1, text: 教育する。 }, { id: 6-2, text: 訓練する。 }] }
              - { no: 14, category: 技術的, iso: "8.7", title: マルウェア対策, procedures: [{ id: 14-2, text: 導入する。 }] }

            """,
        "events/e/event.yaml": "title: 第1回\nnumber: 1\ndate: 2024-10-08\ngroups:\n  - { id: A, name: グループA }\n  - { id: B, name: グループB }\n",
    ].mapValues { Data($0.utf8) }

    func run(_ input: Data) {
        switch self {
        case .worksheet:
            check(with: ["events/e/worksheets/A-01.md": input])
        case .groupSheet:
            check(with: ["events/e/groups/A.md": input])
        case .yaml:
            check(with: ["events/e/event.yaml": input])
            var page = Data("---\n".utf8)
            page.append(input)
            page.append(Data("\n---\n# 本文\n".utf8))
            check(with: ["events/e/seminar.md": page])
        case .csv:
            var files = Self.site
            files["catalogs/controls.yaml"] = nil
            files["catalogs/controls.csv"] = input
            _ = CheckRun.run(.memory(files), strict: true)
        case .markdown:
            let text = String(decoding: input, as: UTF8.self)
            let document = MarkdownDocument(parsing: text, lineOffset: 3)
            RenderedTags.verify(HTMLRenderer(headingShift: 1).render(document.root), input: text)
            RenderedTags.verify(HTMLRenderer(anchoredLevels: 7...7, images: .asLinks).renderInline(text), input: text)
            for construct in document.guardedConstructs where construct.start.line < 4 {
                fatalError("guarded construct above the document: \(construct)")
            }
        }
    }

    private func check(with files: [String: Data]) {
        _ = CheckRun.run(.memory(Self.site.merging(files) { _, new in new }), strict: false)
    }
}

/// The oracle of the Markdown target: every `<` in the rendered HTML opens
/// or closes one of the tags the renderer writes (raw HTML never gets through).
enum RenderedTags {
    static let allowed: Set<String> = [
        "p", "a", "img", "em", "strong", "del", "code", "pre", "ul", "ol", "li", "blockquote",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "div",
    ]

    static func verify(_ html: String, input: String) {
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            var name = rest[rest.index(after: open)...]
            if name.first == "/" { name = name.dropFirst() }
            let tag = String(name.prefix { $0.isLetter || $0.isNumber })
            guard allowed.contains(tag) else {
                fatalError("unexpected tag <\(tag)> in the HTML for \(input.debugDescription)")
            }
            rest = rest[rest.index(after: open)...]
        }
        if html.lowercased().contains("href=\"javascript:") || html.lowercased().contains("src=\"javascript:") {
            fatalError("javascript: URL in the HTML for \(input.debugDescription)")
        }
    }
}
