import Foundation
import Markdown

/// The threat × procedure matrix as an inline SVG heatmap. Every text in it
/// goes through `HTML.escape`, so the result may be printed unescaped.
struct HeatmapSVG {
    var rows: [(label: String, title: String)]
    var columns: [String]
    /// counts[row][column]
    var counts: [[Int]]
    var title: String

    /// Every text in it is escaped (`HTML.escape`), so it is safe markup.
    func render() -> SafeHTML {
        guard !rows.isEmpty, !columns.isEmpty else { return .empty }
        let cell = 34, left = 56, top = 56
        let width = left + columns.count * cell + 8
        let height = top + rows.count * cell + 8
        let maximum = max(1, counts.flatMap { $0 }.max() ?? 1)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heatmap__svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(HTML.escape(title))\">"
        svg += "<title>\(HTML.escape(title))</title>"
        for (index, column) in columns.enumerated() {
            let x = left + index * cell + cell / 2
            svg += "<text class=\"heatmap__col\" x=\"\(x)\" y=\"\(top - 8)\" text-anchor=\"start\" transform=\"rotate(-45 \(x) \(top - 8))\">\(HTML.escape(column))</text>"
        }
        for (rowIndex, row) in rows.enumerated() {
            let y = top + rowIndex * cell
            svg += "<text class=\"heatmap__row\" x=\"\(left - 6)\" y=\"\(y + cell / 2 + 4)\" text-anchor=\"end\"><title>\(HTML.escape(row.title))</title>\(HTML.escape(row.label))</text>"
            for columnIndex in columns.indices {
                let count = counts.indices.contains(rowIndex) && counts[rowIndex].indices.contains(columnIndex) ? counts[rowIndex][columnIndex] : 0
                let x = left + columnIndex * cell
                let level = count == 0 ? 0 : 1 + (count * 4 - 1) / maximum
                let opacity = count == 0 ? "0.06" : String(format: "%.2f", 0.2 + 0.8 * Double(count) / Double(maximum))
                svg += "<rect class=\"heatmap__cell heatmap__cell--\(level)\" x=\"\(x + 1)\" y=\"\(y + 1)\" width=\"\(cell - 2)\" height=\"\(cell - 2)\" fill=\"#1f5fa8\" fill-opacity=\"\(opacity)\"><title>\(HTML.escape("\(row.label) × \(columns[columnIndex]): \(count)"))</title></rect>"
                if count > 0 {
                    svg += "<text class=\"heatmap__count\" x=\"\(x + cell / 2)\" y=\"\(y + cell / 2 + 4)\" text-anchor=\"middle\">\(count)</text>"
                }
            }
        }
        svg += "</svg>"
        return SafeHTML(trusted: svg)
    }
}
