import WorkshopModel
import WorkshopLoad

/// Checks loaded content against its catalogues. (Stub: being written.)
public struct Checker: Sendable {
    public var language: Language

    public init(language: Language) {
        self.language = language
    }

    /// Every finding about the content's events, worksheets and group sheets
    /// (loading findings are not repeated here).
    public func check(_ content: Content) -> [Finding] { [] }

    /// Findings for one worksheet in its event (used by the collection endpoint and `serve`).
    public func check(worksheet: Worksheet, in event: Event, content: Content) -> [Finding] { [] }
}
