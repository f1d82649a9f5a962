import WorkshopModel

/// One worksheet file as it was before a change and as it is now (nil: the
/// file did not exist, or gave no worksheet the site shows).
public struct WorksheetEdit: Sendable {
    public var event: String
    public var before: Worksheet?
    public var after: Worksheet?

    public init(event: String, before: Worksheet?, after: Worksheet?) {
        self.event = event
        self.before = before
        self.after = after
    }

    /// The groups the worksheet was and is in.
    var groups: Set<String> { Set([before?.group, after?.group].compactMap { $0 }) }
}

/// What changed since the last render, as a rebuild knows it: edited
/// worksheets, and whether the findings (or the files left out) changed.
public struct SiteChange: Sendable {
    public var worksheets: [WorksheetEdit]
    public var findingsChanged: Bool

    public init(worksheets: [WorksheetEdit], findingsChanged: Bool) {
        self.worksheets = worksheets
        self.findingsChanged = findingsChanged
    }
}
