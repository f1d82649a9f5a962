import WorkshopModel

/// Reads a participant worksheet (`worksheets/<participant>.md`) into a
/// `Worksheet`, reporting what it cannot understand. (Stub: being written.)
public struct WorksheetReader: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    /// `text` is decoded source (LF line endings, no BOM); `file` is the path relative to the content root.
    public func read(_ text: String, file: String) -> (Worksheet?, [Finding]) {
        (nil, [])
    }
}
