import WorkshopModel
import WorkshopRender

/// With `--keep-going`: removes from the content every file that has an
/// error (worksheets, group sheets, seminar pages; a whole event when its
/// event.yaml has one) and tells which files were left out: every file with
/// an error, also those the loader could not make anything of. `workshop
/// serve` uses the same step while the content has errors.
public struct LeftOutFiles: Sendable {
    public var findings: [Finding]

    public init(findings: [Finding]) {
        self.findings = findings
    }

    public func apply(to content: Content) -> (content: Content, leftOut: [String]) {
        let broken = Set(findings.filter { $0.severity == .error }.map(\.location.file))
        guard !broken.isEmpty else { return (content, []) }
        var leftOut: [String] = []
        var content = content
        content.events = content.events.compactMap { event in
            if broken.contains(event.location.file) {
                leftOut.append(event.location.file)
                return nil
            }
            var event = event
            func keep<File: ContentFile>(_ files: [File]) -> [File] {
                files.filter { file in
                    guard broken.contains(file.location.file) else { return true }
                    leftOut.append(file.location.file)
                    return false
                }
            }
            event.worksheets = keep(event.worksheets)
            event.groupSheets = keep(event.groupSheets)
            event.seminarPages = keep(event.seminarPages)
            return event
        }
        leftOut += broken.filter { !$0.isEmpty }
        return (content, Array(Set(leftOut)).sorted())
    }
}
