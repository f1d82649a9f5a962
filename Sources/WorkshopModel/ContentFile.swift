/// A value read from one file of the content (a worksheet, a group sheet, a
/// seminar page): what the steps that leave out or bring back whole files
/// (`LeftOutFiles`, serve's last good content) need of it.
public protocol ContentFile {
    /// Where it was read from (its file, relative to the content root).
    var location: SourceLocation { get }
}

extension Worksheet: ContentFile {}
extension GroupSheet: ContentFile {}
extension SeminarPage: ContentFile {}
