import Foundation
import Markdown
import WorkshopModel

/// Collects theme ③'s obstacle/remedy pairs from what a participant wrote,
/// in either form:
///
/// - a list: `- 課題: …` with nested `- 解決手段: …` (one or more); a
///   `解決手段` written at the same level right after its `課題` counts too;
/// - a GFM table headed `課題 | 解決手段` (or `Obstacle | Remedy`), one row a
///   pair. A row with an empty obstacle cell adds its remedy to the row above
///   (how a paper form's merged cell is typed).
///
/// A remedy with nothing to attach to is a `remedy-without-obstacle` warning;
/// an obstacle without remedy is kept as a pair with no remedies (the checker
/// warns). Placeholder values are reported and left out.
struct ObstacleTable {
    let file: String
    let language: Language
    private(set) var pairs: [ObstaclePair] = []
    var findings: [Finding] = []
    /// Whether remedies may attach to the last pair (false after a placeholder obstacle).
    private var open = false
    private var skippingPlaceholder = false

    init(file: String, language: Language) {
        self.file = file
        self.language = language
    }

    /// Starts a new group of pairs (a new procedure heading): remedies no longer attach above.
    mutating func close() {
        open = false
        skippingPlaceholder = false
    }

    /// Adds one `課題` / `解決手段` field (other fields are the caller's to report).
    mutating func add(_ item: FieldItem) {
        switch item.field {
        case .obstacle?: addObstacle(item.value, label: item.labelText ?? "")
        case .remedy?: addRemedy(item.value, label: item.labelText ?? "")
        default: break
        }
    }

    mutating func addObstacle(_ text: WrittenText, label: String) {
        skippingPlaceholder = false
        if text.isBlank {
            open = false
            return
        }
        if Placeholder.isPlaceholder(text.text) {
            findings.append(placeholder(text, label: label))
            open = false
            skippingPlaceholder = true
            return
        }
        pairs.append(ObstaclePair(obstacle: text))
        open = true
    }

    mutating func addRemedy(_ text: WrittenText, label: String) {
        if text.isBlank { return }
        if Placeholder.isPlaceholder(text.text) {
            findings.append(placeholder(text, label: label))
            return
        }
        if skippingPlaceholder { return }
        guard open, !pairs.isEmpty else {
            findings.append(Finding(.remedyWithoutObstacle, at: text.location, language.pick(
                ja: "解決手段の前に、対応する課題（- 課題: …）がありません",
                en: "this remedy has no obstacle before it (- Obstacle: …)")))
            return
        }
        pairs[pairs.count - 1].remedies.append(text)
    }

    /// Reads a table: finds the obstacle and remedy columns by their header
    /// (falling back to the first two columns, with an `unknown-label` warning).
    mutating func add(table: MarkdownNode, in document: MarkdownDocument) {
        let rows = table.children.filter { if case .tableRow = $0.kind { return true } else { return false } }
        guard let header = rows.first else { return }
        let headers = header.children.map { cell(in: $0, document) }
        var obstacleColumn: Int?
        var remedyColumn: Int?
        for (index, text) in headers.enumerated() {
            switch Labels.field(text.text) {
            case .obstacle?: if obstacleColumn == nil { obstacleColumn = index }
            case .remedy?: if remedyColumn == nil { remedyColumn = index }
            default:
                let suggestion = IDText.nearest(text.text, in: Labels.fieldSuggestions(FieldLabel.underObstacles, language), limit: 1)
                findings.append(unknownColumn(text, suggestion: suggestion.first))
            }
        }
        let obstacleAt = obstacleColumn ?? (remedyColumn == 0 ? 1 : 0)
        let remedyAt = remedyColumn ?? (obstacleAt == 0 ? 1 : 0)
        close()
        for row in rows.dropFirst() {
            let cells = row.children.map { cell(in: $0, document) }
            let obstacle = obstacleAt < cells.count ? cells[obstacleAt] : nil
            let remedy = remedyAt < cells.count ? cells[remedyAt] : nil
            if let obstacle, !obstacle.isBlank {
                addObstacle(obstacle, label: headers.indices.contains(obstacleAt) ? headers[obstacleAt].text : "")
            }
            if let remedy {
                addRemedy(remedy, label: headers.indices.contains(remedyAt) ? headers[remedyAt].text : "")
            }
        }
        close()
    }

    /// A cell's text as written, trimmed (an absent cell is empty).
    private func cell(in node: MarkdownNode, _ document: MarkdownDocument) -> WrittenText {
        guard let first = node.children.first, let last = node.children.last else {
            return WrittenText("", at: SourceLocation(file: file, line: node.start.line, column: node.start.column))
        }
        let text = document.source(from: first.start, to: max(last.end, node.end))
            .trimmingSpaces()
        return WrittenText(text, at: SourceLocation(file: file, line: first.start.line, column: first.start.column))
    }

    private func unknownColumn(_ header: WrittenText, suggestion: String?) -> Finding {
        let hint = suggestion.map { language.pick(ja: "（'\($0)' のことですか？）", en: " (did you mean '\($0)'?)") } ?? ""
        return Finding(.unknownLabel, at: header.location, language.pick(
            ja: "表の見出し '\(header.text)' が分かりません。「課題 | 解決手段」と書いてください\(hint)",
            en: "unknown table header '\(header.text)'; write 'Obstacle | Remedy'\(hint)"))
    }

    private func placeholder(_ text: WrittenText, label: String) -> Finding {
        Placeholder.finding(text, label: label, language: language)
    }
}
