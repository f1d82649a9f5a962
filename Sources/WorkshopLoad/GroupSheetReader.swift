import WorkshopModel

/// Reads a group sheet (`groups/<group>.md`) into a `GroupSheet`. (Stub: being written.)
public struct GroupSheetReader: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    /// `text` is decoded source (LF line endings, no BOM); `file` is the path relative to the content root.
    public func read(_ text: String, file: String) -> (GroupSheet?, [Finding]) {
        (nil, [])
    }
}
