import WorkshopModel
import WorkshopRender

/// What a build did.
public struct BuildReport: Sendable {
    /// Paths written, relative to the output folder.
    public var pagesWritten: [String]
    /// Every finding of load and check.
    public var findings: [Finding]
    /// Wall time in seconds.
    public var duration: Double
    /// Files left out because they had errors (`--keep-going`), relative to the content root.
    public var leftOutFiles: [String]
    /// The step names that ran, in order.
    public var steps: [String]
    /// The content the site was built from (files left out already gone), before the audience filter.
    public var content: Content?
    /// What became of the search index (`SearchSetting`).
    public var search: SearchOutcome = .off

    public init(pagesWritten: [String] = [], findings: [Finding] = [], duration: Double = 0, leftOutFiles: [String] = [], steps: [String] = [], content: Content? = nil, search: SearchOutcome = .off) {
        self.pagesWritten = pagesWritten
        self.findings = findings
        self.duration = duration
        self.leftOutFiles = leftOutFiles
        self.steps = steps
        self.content = content
        self.search = search
    }
}
