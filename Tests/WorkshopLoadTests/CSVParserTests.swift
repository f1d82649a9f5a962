import Testing
@testable import WorkshopLoad

@Suite struct CSVParserTests {
    let parser = CSVParser()

    func values(_ text: String) -> [[String]] {
        parser.parse(text).rows.map { $0.cells.map(\.value) }
    }

    @Test func plainCells() {
        #expect(values("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(values("a,b") == [["a", "b"]])
        #expect(values("a,,c,") == [["a", "", "c", ""]])
    }

    @Test func quotedCommasDoubledQuotesAndNewlines() {
        let rows = parser.parse("x,\"a, b\",\"say \"\"hi\"\"\",\"line1\nline2\"\ny,z\n").rows
        #expect(rows.count == 2)
        #expect(rows[0].cells.map(\.value) == ["x", "a, b", "say \"hi\"", "line1\nline2"])
        #expect(rows[1].line == 3)
        #expect(rows[1].cells.map(\.value) == ["y", "z"])
    }

    @Test func crlfAndBOM() {
        let rows = parser.parse("\u{FEFF}No,title\r\n1,\"a\r\nb\"\r\n2,c\r\n").rows
        #expect(rows.map { $0.cells.map(\.value) } == [["No", "title"], ["1", "a\nb"], ["2", "c"]])
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test func cellPositions() {
        let rows = parser.parse("ab,\"cd\",ef\n").rows
        #expect(rows[0].cells.map(\.column) == [1, 5, 9])
        #expect(rows[0].cells.allSatisfy { $0.line == 1 })
    }

    @Test func unterminatedQuoteReportsItsLine() {
        let (rows, problem) = parser.parse("a,b\n1,2\n3,\"never closed\n4,5\n")
        #expect(problem == .unterminatedQuote(line: 3, column: 3))
        #expect(rows.count == 2)
    }

    @Test func blankLinesAreBlankRows() {
        let rows = parser.parse("a\n\nb\n").rows
        #expect(rows.count == 3)
        #expect(rows[1].isBlank)
    }
}
