import WorkshopModel

/// What loading a content root gives: the typed content (as much as could be
/// read) and the findings met while reading it.
public struct LoadResult: Sendable {
    public var content: Content
    public var findings: [Finding]
    /// How many content files were read (for the summary line).
    public var fileCount: Int

    public init(content: Content, findings: [Finding], fileCount: Int) {
        self.content = content
        self.findings = findings
        self.fileCount = fileCount
    }
}
