/// A small RFC 4180 reader for spreadsheet exports: quoted cells may hold
/// commas, doubled quotes (`""`) and line breaks; CRLF, lone CR and a UTF-8
/// BOM are accepted. Every cell remembers where it starts, so findings can
/// point at it. Lenient where spreadsheets are sloppy (a quote in the middle
/// of an unquoted cell is kept as written); strict only where the rest of the
/// file could not be understood (an unterminated quote).
public struct CSVParser: Sendable {
    /// One cell: its value (quotes removed, `""` folded) and where its
    /// content starts (after the opening quote for quoted cells).
    public struct Cell: Sendable, Hashable {
        public var value: String
        public var line: Int
        public var column: Int
        public var quoted: Bool
    }

    /// One record; `line` is the line on which the record starts.
    public struct Row: Sendable, Hashable {
        public var line: Int
        public var cells: [Cell]

        public var isBlank: Bool { cells.allSatisfy { $0.value.allSatisfy(\.isWhitespace) } }
    }

    public enum Problem: Error, Sendable, Hashable {
        /// A quoted cell opened at `line`:`column` is never closed.
        case unterminatedQuote(line: Int, column: Int)
    }

    public init() {}

    /// The records of `text`. On an unterminated quote, the rows before the
    /// broken one are returned together with the problem.
    public func parse(_ text: String) -> (rows: [Row], problem: Problem?) {
        var rows: [Row] = []
        var cells: [Cell] = []
        var value = String.UnicodeScalarView()
        var line = 1, column = 1
        var rowLine = 1
        var cellLine = 1, cellColumn = 1
        var quoted = false
        var inQuotes = false
        var quoteLine = 1, quoteColumn = 1
        var atCellStart = true

        var scalars = Array(text.unicodeScalars)[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }

        func finishCell() {
            cells.append(Cell(value: String(value), line: cellLine, column: cellColumn, quoted: quoted))
            value = String.UnicodeScalarView()
            quoted = false
            atCellStart = true
        }

        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next: Unicode.Scalar? = scalars.index(after: index) < scalars.endIndex ? scalars[scalars.index(after: index)] : nil
            if atCellStart {
                cellLine = line
                cellColumn = column
                atCellStart = false
                if scalar == "\"" {
                    quoted = true
                    inQuotes = true
                    quoteLine = line
                    quoteColumn = column
                    column += 1
                    cellColumn = column
                    index = scalars.index(after: index)
                    continue
                }
            }
            if inQuotes {
                if scalar == "\"" {
                    if next == "\"" {
                        value.append("\"")
                        column += 2
                        index = scalars.index(index, offsetBy: 2)
                    } else {
                        inQuotes = false
                        column += 1
                        index = scalars.index(after: index)
                    }
                    continue
                }
                if scalar == "\r" && next == "\n" {
                    value.append("\n")
                    line += 1
                    column = 1
                    index = scalars.index(index, offsetBy: 2)
                    continue
                }
                if scalar == "\n" || scalar == "\r" {
                    value.append("\n")
                    line += 1
                    column = 1
                } else {
                    value.append(scalar)
                    column += 1
                }
                index = scalars.index(after: index)
                continue
            }
            switch scalar {
            case ",":
                finishCell()
                column += 1
                index = scalars.index(after: index)
            case "\r", "\n":
                finishCell()
                rows.append(Row(line: rowLine, cells: cells))
                cells = []
                let width = (scalar == "\r" && next == "\n") ? 2 : 1
                index = scalars.index(index, offsetBy: width)
                line += 1
                column = 1
                rowLine = line
            default:
                value.append(scalar)
                column += 1
                index = scalars.index(after: index)
            }
        }
        if inQuotes {
            return (rows, .unterminatedQuote(line: quoteLine, column: quoteColumn))
        }
        // The last record, unless the text ended with a line break.
        if !cells.isEmpty || !atCellStart || !value.isEmpty {
            finishCell()
            rows.append(Row(line: rowLine, cells: cells))
        }
        return (rows, nil)
    }
}
