/// Where something was written: a path relative to the content root, and a
/// 1-based line and column (columns count characters). Line 0 means "the
/// whole file".
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A piece of free text as the participant wrote it (Markdown inline), with
/// where it stands. The text is never altered beyond trimming surrounding spaces.
public struct WrittenText: Sendable, Hashable, Codable {
    public var text: String
    public var location: SourceLocation

    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }

    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}
