import Foundation
import Markdown

/// Horizontal bars for the series report: one line per row, one bar per
/// column (a session's participants and groups; a threat row's years). A
/// count the public build hides (`PublicCount.suppressed`) is not drawn at
/// its height: it is a hatched marker of one fixed width labelled "<3"; a
/// total with hidden parts is drawn at its lower bound, labelled "≥n".
/// Every text in it goes through `HTML.escape`, so the result may be printed unescaped.
struct SeriesBarsSVG {
    var rows: [(label: String, title: String)]
    var columns: [String]
    /// counts[row][column]
    var counts: [[PublicCount]]
    var title: String
    /// Unique on the page: the hatch pattern's id.
    var id: String

    static let palette = ["#1f5fa8", "#d9822b", "#2e8b57", "#8e44ad", "#c0392b", "#16a085"]

    func render() -> SafeHTML {
        guard !rows.isEmpty, !columns.isEmpty else { return .empty }
        let bar = 14, gap = 4, left = 230, right = 48, plot = 300
        let rowHeight = columns.count * bar + gap * 2
        let legend = columns.count > 1 ? 22 : 0
        let width = left + plot + right
        let height = legend + rows.count * rowHeight + 4
        let maximum = max(1, counts.flatMap { $0 }.map(\.shown).max() ?? 1)
        let pattern = "hatch-\(id)"
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"series-chart__svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(HTML.escape(title))\">"
        svg += "<title>\(HTML.escape(title))</title>"
        svg += "<defs><pattern id=\"\(HTML.escape(pattern))\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#777\" stroke-width=\"2\"/></pattern></defs>"
        if legend > 0 {
            var x = left
            for (index, column) in columns.enumerated() {
                svg += "<rect x=\"\(x)\" y=\"4\" width=\"12\" height=\"12\" fill=\"\(Self.palette[index % Self.palette.count])\"/>"
                svg += "<text class=\"series-chart__legend\" x=\"\(x + 16)\" y=\"14\">\(HTML.escape(column))</text>"
                x += 16 + Self.units(column) * 13 / 2 + 16
            }
        }
        for (rowIndex, row) in rows.enumerated() {
            let y = legend + rowIndex * rowHeight
            svg += "<text class=\"series-chart__row\" x=\"\(left - 6)\" y=\"\(y + rowHeight / 2 + 4)\" text-anchor=\"end\"><title>\(HTML.escape(row.title))</title>\(HTML.escape(Self.clipped(row.label)))</text>"
            for (columnIndex, column) in columns.enumerated() {
                let count = counts.indices.contains(rowIndex) && counts[rowIndex].indices.contains(columnIndex) ? counts[rowIndex][columnIndex] : PublicCount(0, audience: .facilitator)
                let top = y + gap + columnIndex * bar
                let tip = HTML.escape("\(row.label) · \(column): \(count.text)")
                if count.suppressed {
                    svg += "<rect class=\"series-chart__suppressed\" x=\"\(left)\" y=\"\(top + 1)\" width=\"24\" height=\"\(bar - 2)\" fill=\"url(#\(HTML.escape(pattern)))\" stroke=\"#777\"><title>\(tip)</title></rect>"
                    svg += "<text class=\"series-chart__count\" x=\"\(left + 28)\" y=\"\(top + bar - 3)\">\(HTML.escape(count.text))</text>"
                } else {
                    let length = count.value == 0 ? 0 : max(2, count.value * plot / maximum)
                    svg += "<rect class=\"series-chart__bar\" x=\"\(left)\" y=\"\(top + 1)\" width=\"\(length)\" height=\"\(bar - 2)\" fill=\"\(Self.palette[columnIndex % Self.palette.count])\"><title>\(tip)</title></rect>"
                    svg += "<text class=\"series-chart__count\" x=\"\(left + length + 4)\" y=\"\(top + bar - 3)\">\(HTML.escape(count.text))</text>"
                }
            }
        }
        svg += "</svg>"
        return SafeHTML(trusted: svg)
    }

    /// A label short enough for the chart's left margin (the title has it whole):
    /// at most 34 half-width units (a full-width character is two).
    static func clipped(_ label: String) -> String {
        guard units(label) > 34 else { return label }
        var result = "", width = 0
        for character in label {
            let add = units(String(character))
            if width + add > 32 { break }
            result.append(character)
            width += add
        }
        return result + "…"
    }

    /// Width in half-width units, 12px text: ASCII is one, anything else two.
    static func units(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
    }
}
