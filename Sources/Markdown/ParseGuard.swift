/// Input that Debian's cmark-gfm (0.29.0.gfm.6) parses in more than linear
/// time, found before the parse and made harmless: each such construct is
/// kept as plain text (a backslash is inserted before the punctuation that
/// would start it, which cmark prints as the character itself) and reported
/// as a `GuardedConstruct`. The limits and what they protect against are
/// listed in `docs/markdown.md`.
public struct GuardedConstruct: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A table with a row of more than `ParseGuard.maximumTableCells`
        /// cells (cmark-gfm's table parser is quadratic in cells per row;
        /// CVE-2023-37463's kind). The whole table is kept as text.
        case wideTable(cells: Int)
        /// More than `ParseGuard.maximumOpenersPerBlock` of one inline opener
        /// in one block of text: `<?` (processing instructions), `<![CDATA[`
        /// or `![` (image brackets), each quadratic when left open
        /// (CVE-2023-22484 / CVE-2023-24824's kind). `opener` is as written.
        case openerRun(opener: String, count: Int)
        /// A word the autolink extension would scan again and again: more than
        /// `ParseGuard.maximumAutolinkStarts` link starts (`www.`, `://`,
        /// `@`) in a word longer than `ParseGuard.longWord` bytes, or a link
        /// ending in more than `ParseGuard.maximumTrailingParentheses` `)`.
        /// The word is kept as text without links.
        case autolinkRun(length: Int)
    }

    public var kind: Kind
    /// Line and character column in the original text (plus the document's `lineOffset`).
    public var start: SourcePoint

    public init(kind: Kind, start: SourcePoint) {
        self.kind = kind
        self.start = start
    }
}

/// Finds and defuses the constructs of `GuardedConstruct` in Markdown text,
/// in one pass over its bytes.
public struct ParseGuard: Sendable {
    /// Cells in one table row (as other GFM parsers cap columns).
    public static let maximumTableCells = 128
    /// Openers of one kind (`<?`, `<![CDATA[`, `![`) in one block (lines up to a blank line).
    public static let maximumOpenersPerBlock = 64
    /// Link starts in one long word.
    public static let maximumAutolinkStarts = 8
    public static let longWord = 256
    /// `)` at the end of a word with a link start.
    public static let maximumTrailingParentheses = 32

    /// The text to give the parser (same lines; backslashes inserted).
    public private(set) var text: String
    public private(set) var constructs: [GuardedConstruct] = []
    /// For each changed line (0-based index), the byte offsets in the guarded
    /// line of the inserted backslashes, ascending.
    private(set) var insertions: [Int: [Int]] = [:]

    /// Guards `text`; `lineOffset` is added to the reported lines.
    public init(_ text: String, lineOffset: Int = 0) {
        self.text = text
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Array($0) }
        var inserts: [Int: Set<Int>] = [:]
        var found: [(line: Int, byte: Int, kind: GuardedConstruct.Kind)] = []
        Self.guardTables(lines, &inserts, &found)
        Self.guardOpeners(lines, &inserts, &found)
        Self.guardAutolinks(lines, &inserts, &found)
        guard !inserts.isEmpty else { return }
        for (index, offsets) in inserts {
            let sorted = offsets.sorted()
            insertions[index] = sorted.enumerated().map { $0.element + $0.offset }
            var line: [UInt8] = []
            line.reserveCapacity(lines[index].count + sorted.count)
            var next = 0
            for (offset, byte) in lines[index].enumerated() {
                if next < sorted.count, sorted[next] == offset {
                    line.append(UInt8(ascii: "\\"))
                    next += 1
                }
                line.append(byte)
            }
            lines[index] = line
        }
        var joined: [UInt8] = []
        joined.reserveCapacity(text.utf8.count + inserts.count * 4)
        for (index, line) in lines.enumerated() {
            if index > 0 { joined.append(UInt8(ascii: "\n")) }
            joined += line
        }
        self.text = String(decoding: joined, as: UTF8.self)
        let original = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        constructs = found.map { item in
            let line = original[item.line]
            let column = String(decoding: line.prefix(item.byte), as: UTF8.self).count + 1
            return GuardedConstruct(kind: item.kind, start: SourcePoint(line: item.line + 1 + lineOffset, column: column))
        }.sorted { $0.start < $1.start }
    }

    /// The original byte offset (0-based) of byte `offset` of the guarded
    /// line `line` (0-based); an inserted backslash maps to the byte it escapes.
    func originalOffset(line: Int, guardedOffset offset: Int) -> Int {
        guard let inserted = insertions[line] else { return offset }
        // Inserted backslashes before `offset` (binary search: the array ascends).
        var low = 0
        var high = inserted.count
        while low < high {
            let middle = (low + high) / 2
            if inserted[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return offset - low
    }

    var changesColumns: Bool { !insertions.isEmpty }

    static func isBlank(_ line: [UInt8]) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// Whether the byte at `index` is backslash-escaped (an odd run of `\` before it).
    static func isEscaped(_ line: [UInt8], _ index: Int) -> Bool {
        var count = 0
        var at = index - 1
        while at >= 0, line[at] == UInt8(ascii: "\\") {
            count += 1
            at -= 1
        }
        return count % 2 == 1
    }

    // MARK: Tables

    /// A line that may be a table's delimiter row (`|---|:-:|`), also inside
    /// block quotes and list items: only `| : - > * + . ) digits` and spaces,
    /// with at least one `|` and one `-`.
    static func mayBeDelimiterRow(_ line: [UInt8]) -> Bool {
        var pipe = false
        var dash = false
        for byte in line {
            switch byte {
            case UInt8(ascii: "|"): pipe = true
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: ":"), UInt8(ascii: ">"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: ")"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), 0x20, 0x09, 0x0D:
                break
            default: return false
            }
        }
        return pipe && dash
    }

    /// The cells of a row as GFM counts them: the unescaped `|` plus one,
    /// less a leading and a trailing `|` (they close no cell of their own).
    static func cells(_ line: [UInt8]) -> Int {
        var pipes: [Int] = []
        for (index, byte) in line.enumerated() where byte == UInt8(ascii: "|") && !isEscaped(line, index) { pipes.append(index) }
        guard let first = pipes.first, let last = pipes.last else { return 1 }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        let leading = line[..<first].allSatisfy(isSpace)
        // A lone `|` is a leading one, not also a trailing one.
        let trailing = line[(last + 1)...].allSatisfy(isSpace) && !(leading && first == last)
        return max(1, pipes.count + 1 - (leading ? 1 : 0) - (trailing ? 1 : 0))
    }

    private static func guardTables(_ lines: [[UInt8]], _ inserts: inout [Int: Set<Int>], _ found: inout [(line: Int, byte: Int, kind: GuardedConstruct.Kind)]) {
        var index = 1
        while index < lines.count {
            guard mayBeDelimiterRow(lines[index]), !isBlank(lines[index - 1]) else {
                index += 1
                continue
            }
            var widest = max(cells(lines[index - 1]), cells(lines[index]))
            var end = index + 1
            while end < lines.count, !isBlank(lines[end]) {
                widest = max(widest, cells(lines[end]))
                end += 1
            }
            if widest > maximumTableCells, let dash = lines[index].lastIndex(of: UInt8(ascii: "-")) {
                inserts[index, default: []].insert(dash)
                let header = lines[index - 1]
                let first = header.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? 0
                found.append((index - 1, first, .wideTable(cells: widest)))
            }
            index = end
        }
    }

    // MARK: Inline openers

    private static let openers: [(text: [UInt8], name: String)] = [
        (Array("<?".utf8), "<?"), (Array("<![CDATA[".utf8), "<![CDATA["), (Array("![".utf8), "!["),
    ]

    private static func guardOpeners(_ lines: [[UInt8]], _ inserts: inout [Int: Set<Int>], _ found: inout [(line: Int, byte: Int, kind: GuardedConstruct.Kind)]) {
        var start = 0
        while start < lines.count {
            if isBlank(lines[start]) {
                start += 1
                continue
            }
            var end = start
            while end < lines.count, !isBlank(lines[end]) { end += 1 }
            for opener in openers {
                var places: [(line: Int, byte: Int)] = []
                for index in start..<end {
                    let line = lines[index]
                    guard line.count >= opener.text.count else { continue }
                    var at = 0
                    while at + opener.text.count <= line.count {
                        if line[at] == opener.text[0], line[at..<(at + opener.text.count)].elementsEqual(opener.text), !isEscaped(line, at) {
                            places.append((index, at))
                            at += opener.text.count
                        } else {
                            at += 1
                        }
                    }
                }
                if places.count > maximumOpenersPerBlock {
                    for place in places { inserts[place.line, default: []].insert(place.byte) }
                    found.append((places[0].line, places[0].byte, .openerRun(opener: opener.name, count: places.count)))
                }
            }
            start = end
        }
    }

    // MARK: Autolinks

    private static func guardAutolinks(_ lines: [[UInt8]], _ inserts: inout [Int: Set<Int>], _ found: inout [(line: Int, byte: Int, kind: GuardedConstruct.Kind)]) {
        for (index, line) in lines.enumerated() {
            var wordStart = 0
            var reported = false
            while wordStart < line.count {
                while wordStart < line.count, isSpace(line[wordStart]) { wordStart += 1 }
                var wordEnd = wordStart
                while wordEnd < line.count, !isSpace(line[wordEnd]) { wordEnd += 1 }
                if wordEnd > wordStart {
                    let starts = linkStarts(line, wordStart, wordEnd)
                    if !starts.isEmpty, (starts.count > maximumAutolinkStarts && wordEnd - wordStart > longWord)
                        || trailingParentheses(line, wordStart, wordEnd) > maximumTrailingParentheses
                    {
                        for place in starts { inserts[index, default: []].insert(place) }
                        if !reported {
                            found.append((index, wordStart, .autolinkRun(length: wordEnd - wordStart)))
                            reported = true
                        }
                    }
                }
                wordStart = wordEnd
            }
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    /// Offsets of the punctuation that lets the autolink extension start a
    /// link: the `.` of `www.`, the `:` of `://`, each `@`.
    static func linkStarts(_ line: [UInt8], _ from: Int, _ to: Int) -> [Int] {
        var places: [Int] = []
        var at = from
        while at < to {
            let byte = line[at]
            if byte == UInt8(ascii: "@"), !isEscaped(line, at) {
                places.append(at)
            } else if byte == UInt8(ascii: ":"), at + 2 < to, line[at + 1] == UInt8(ascii: "/"), line[at + 2] == UInt8(ascii: "/"), !isEscaped(line, at) {
                places.append(at)
            } else if byte == UInt8(ascii: "."), at >= from + 3, line[(at - 3)..<at].allSatisfy({ $0 | 0x20 == UInt8(ascii: "w") }) {
                places.append(at)
            }
            at += 1
        }
        return places
    }

    /// `)` in the run of closing punctuation at the end of a word (what
    /// cmark-gfm's `autolink_delim` takes off a link one by one).
    static func trailingParentheses(_ line: [UInt8], _ from: Int, _ to: Int) -> Int {
        var count = 0
        var at = to - 1
        while at >= from {
            switch line[at] {
            case UInt8(ascii: ")"): count += 1
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "*"),
                UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: ";"):
                break
            default: return count
            }
            at -= 1
        }
        return count
    }
}
