import Markdown
import WorkshopModel

extension GuardedConstruct {
    /// The finding for a construct the Markdown parser would be slow on and
    /// that is shown as plain text instead (`table-too-wide`, `markup-run-too-long`).
    func finding(file: String, language: Language) -> Finding {
        let location = SourceLocation(file: file, line: start.line, column: start.column)
        switch kind {
        case .wideTable(let cells):
            return Finding(.tableTooWide, at: location, language.pick(
                ja: "表の行に \(cells) 個のセルがあります（上限 \(ParseGuard.maximumTableCells)）。この表は表ではなく文章として表示します。列を減らすか、表を分けてください",
                en: "a table row has \(cells) cells (at most \(ParseGuard.maximumTableCells)); the table is shown as plain text. Use fewer columns or split the table"))
        case .openerRun(let opener, let count):
            return Finding(.markupRunTooLong, at: location, language.pick(
                ja: "ひとまとまりの文章に「\(opener)」が \(count) 個あります（上限 \(ParseGuard.maximumOpenersPerBlock)）。書式ではなく文字として表示します",
                en: "one block of text has \(count) “\(opener)” (at most \(ParseGuard.maximumOpenersPerBlock)); they are shown as plain characters, not markup"))
        case .autolinkRun(let length):
            return Finding(.markupRunTooLong, at: location, language.pick(
                ja: "\(length) バイトの語に URL やメールアドレスの始まり（www. :// @）が多すぎるか、閉じ括弧が多すぎます。この語はリンクにせず文字として表示します",
                en: "a word of \(length) bytes holds too many URL or e-mail starts (www. :// @) or closing parentheses; it is shown as plain text without links"))
        }
    }
}

extension MarkdownDocument {
    /// The findings for the constructs the parse guard kept as text.
    func guardFindings(file: String, language: Language) -> [Finding] {
        guardedConstructs.map { $0.finding(file: file, language: language) }
    }
}
