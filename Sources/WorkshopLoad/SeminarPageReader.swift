import Markdown
import WorkshopModel

/// Reads a seminar page (`seminar.md`, or a page under `seminar/`): optional
/// front matter (`title`, `speaker`, `summary`, `order`) and a Markdown body.
/// The title comes from the front matter, else the first heading of the
/// body (level 1 preferred), else the file name (with a `missing-field`).
struct SeminarPageReader: Sendable {
    static let keys = ["title", "speaker", "summary", "order"]

    var language: Language

    /// `slug` is `seminar` for seminar.md, the file name otherwise;
    /// `defaultOrder` is 0 for seminar.md and 100 for the others.
    func read(_ text: String, file: ContentTree.File, slug: String, defaultOrder: Int) -> (SeminarPage, [Finding]) {
        let start = SourceLocation(file: file.path, line: 1, column: 1)
        let (frontMatter, problem) = FrontMatter.split(text)
        var findings: [Finding] = []
        var page = SeminarPage(slug: slug, title: "", order: defaultOrder, body: frontMatter.body, bodyLine: frontMatter.bodyLine, location: start)
        switch problem {
        case .unterminated?:
            findings.append(Finding(.unterminatedFrontMatter, at: start, language.pick(
                ja: "front matter（1行目の ---）が閉じられていません。本文の前に --- の行を入れてください",
                en: "the front matter (--- on line 1) is never closed; add a --- line before the body")))
        case .missing?, nil:
            break
        }
        if let yaml = frontMatter.yaml {
            let (parsed, parseFindings) = YAMLFields.document(yaml, file: file.path, firstLine: frontMatter.yamlLine, language: language)
            findings += parseFindings
            if let document = parsed {
                var fields = YAMLFields(document, known: Self.keys, language: language)
                page.title = fields.text("title") ?? ""
                page.speaker = fields.text("speaker") ?? ""
                page.summary = fields.text("summary") ?? ""
                page.order = fields.int("order") ?? defaultOrder
                findings += fields.findings
            }
        }
        let (body, placeholders) = Self.withoutPlaceholderLines(page.body, firstLine: frontMatter.bodyLine, file: file.path, language: language)
        page.body = body
        findings += placeholders
        // The body is parsed when the page is rendered; what the parse guard
        // will keep as text is reported here, at its line.
        findings += ParseGuard(page.body, lineOffset: max(0, page.bodyLine - 1)).constructs.map { $0.finding(file: file.path, language: language) }
        if page.title.isEmpty {
            if let heading = Self.firstHeading(in: page.body) {
                page.title = heading
            } else {
                page.title = file.stem
                findings.append(Finding(.missingField, at: start, language.pick(
                    ja: "タイトルがありません。front matter に title: を書くか、本文を # 見出し で始めてください",
                    en: "no title; add title: to the front matter or start the body with a # heading")))
            }
        }
        return (page, findings)
    }

    /// The body without the lines that still hold a fill-in marker (outside
    /// fenced code), each a `placeholder-text` warning: such a line never
    /// reaches a page. Lines are blanked, not removed, so line numbers stay.
    static func withoutPlaceholderLines(_ body: String, firstLine: Int, file: String, language: Language) -> (String, [Finding]) {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var findings: [Finding] = []
        var fence: String?
        for index in lines.indices {
            let trimmed = lines[index].trimmingWhiteSpace()
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                continue
            }
            // `## 見出し`, `- 項目: 値` and plain lines alike: look at the text after any list or heading mark.
            var content = Substring(trimmed)
            while let first = content.first, "#->*+".contains(first) { content = content.dropFirst().drop { $0 == " " } }
            guard !content.isEmpty, Placeholder.isPlaceholder(String(content)) else { continue }
            let column = (lines[index].count - lines[index].drop { $0 == " " || $0 == "\t" }.count) + 1
            findings.append(Placeholder.finding(WrittenText(String(content), at: SourceLocation(file: file, line: firstLine + index, column: column)),
                                                label: language.pick(ja: "本文", en: "text"), language: language))
            lines[index] = ""
        }
        return (lines.joined(separator: "\n"), findings)
    }

    /// The text of the first ATX heading of level 1, else of any level,
    /// outside fenced code blocks.
    static func firstHeading(in body: String) -> String? {
        var firstAny: String?
        var fence: Substring?
        for line in body.split(separator: "\n", omittingEmptySubsequences: true) {
            let indent = line.prefix(4).prefix(while: { $0 == " " }).count
            guard indent < 4 else { continue }
            let trimmed = line.dropFirst(indent)
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                continue
            }
            let hashes = trimmed.prefix(while: { $0 == "#" })
            guard (1...6).contains(hashes.count) else { continue }
            let rest = trimmed.dropFirst(hashes.count)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { continue }
            var title = String(rest).trimmingWhiteSpace()
            while title.hasSuffix("#") { title = String(title.dropLast()).trimmingWhiteSpace() }
            guard !title.isEmpty else { continue }
            if hashes.count == 1 { return title }
            if firstAny == nil { firstAny = title }
        }
        return firstAny
    }
}
