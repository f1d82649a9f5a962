/// A seminar page (`seminar.md` or `seminar/*.md`): front matter and a Markdown body.
public struct SeminarPage: Sendable, Hashable, Codable {
    /// `seminar` for seminar.md, the file name for pages under seminar/.
    public var slug: String
    public var title: String
    public var speaker: String
    public var summary: String
    public var order: Int
    /// The Markdown after the front matter, as written.
    public var body: String
    /// The file line on which `body` starts, so rendered positions map back.
    public var bodyLine: Int
    public var location: SourceLocation

    public init(slug: String, title: String, speaker: String = "", summary: String = "", order: Int = 0, body: String, bodyLine: Int = 1, location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.speaker = speaker
        self.summary = summary
        self.order = order
        self.body = body
        self.bodyLine = bodyLine
        self.location = location
    }
}
