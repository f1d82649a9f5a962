import WorkshopModel

/// Splits the procedures cell of a CSV control table,
/// `6-1 全社員向けに… 6-2 役割に応じた… 6-3 定期的な…`, into its procedures.
///
/// A procedure id is recognised at the start of the cell or after white
/// space, written with ASCII or full-width digits and any dash look-alike.
/// After the first, an id must be followed by white space (or end the cell);
/// an id glued to its text (`6-2役割に…`) counts only when its control
/// number is the row's, so that text such as `年 2-3 回` is left alone.
/// Only the id is normalised; the text is kept exactly, trimmed.
enum ProcedureCell {
    struct Part: Sendable, Hashable {
        /// The id as written.
        var id: String
        /// Character offset of the id in the cell.
        var idOffset: Int
        var text: String
    }

    /// The procedures of `cell`, and any text written before the first id.
    static func split(_ cell: String, control: Int?) -> (parts: [Part], leading: String) {
        let chars = Array(cell)
        let folded = chars.map { $0.isASCII ? ($0.isWhitespace ? "" : String($0)) : IDText.normalize(String($0)) }
        func isDigit(_ i: Int) -> Bool { folded[i].count == 1 && (folded[i].first?.isASCII ?? false) && (folded[i].first?.isNumber ?? false) }
        func isDash(_ i: Int) -> Bool { folded[i] == "-" }

        /// The end of an id starting at `start`, or nil.
        func idEnd(at start: Int, first: Bool) -> Int? {
            guard start == 0 || chars[start - 1].isWhitespace, isDigit(start) else { return nil }
            var i = start
            while i < chars.count, isDigit(i) { i += 1 }
            let controlEnd = i
            guard i < chars.count, isDash(i) else { return nil }
            i += 1
            let numberStart = i
            while i < chars.count, isDigit(i) { i += 1 }
            guard i > numberStart else { return nil }
            if i == chars.count || chars[i].isWhitespace { return i }
            if isDigit(i) || isDash(i) || folded[i] == "." || (folded[i].first?.isASCII ?? false) { return nil }
            if first { return i }
            let written = folded[start..<controlEnd].joined()
            return Int(written) == control ? i : nil
        }

        var starts: [(start: Int, end: Int)] = []
        var i = 0
        while i < chars.count {
            if let end = idEnd(at: i, first: starts.isEmpty) {
                starts.append((i, end))
                i = end
            } else {
                i += 1
            }
        }
        let leadingEnd = starts.first?.start ?? chars.count
        let leading = String(chars[0..<leadingEnd]).trimmingWhiteSpace()
        var parts: [Part] = []
        for (index, id) in starts.enumerated() {
            let textEnd = index + 1 < starts.count ? starts[index + 1].start : chars.count
            parts.append(Part(id: String(chars[id.start..<id.end]), idOffset: id.start,
                              text: String(chars[id.end..<textEnd]).trimmingWhiteSpace()))
        }
        return (parts, leading)
    }
}

extension String {
    /// Without surrounding white space and line breaks (full-width spaces included).
    func trimmingWhiteSpace() -> String {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
