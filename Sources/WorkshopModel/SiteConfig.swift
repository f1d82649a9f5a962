/// `site.yaml`: the series of events as a whole.
public struct SiteConfig: Sendable, Hashable, Codable {
    public var title: String
    public var subtitle: String
    public var programme: String
    public var language: Language
    /// Where the site will be published, e.g. `https://example.jp/workshops/`; `/` when unknown.
    public var baseURL: String
    public var theme: String
    public var organiser: String
    public var contact: Contact
    public var location: SourceLocation
    /// How a Japanese site writes dates (`date_style:`).
    public var dateStyle: DateStyle = .wareki

    public init(title: String, subtitle: String = "", programme: String = "", language: Language = .ja, baseURL: String = "/", theme: String = "default", organiser: String = "", contact: Contact = Contact(), location: SourceLocation) {
        self.title = title
        self.subtitle = subtitle
        self.programme = programme
        self.language = language
        self.baseURL = baseURL
        self.theme = theme
        self.organiser = organiser
        self.contact = contact
        self.location = location
    }
}

/// How participants reach the organiser.
public struct Contact: Sendable, Hashable, Codable {
    public var tel: String
    public var email: String
    public var url: String
    public var hours: String

    public init(tel: String = "", email: String = "", url: String = "", hours: String = "") {
        self.tel = tel
        self.email = email
        self.url = url
        self.hours = hours
    }

    public var isEmpty: Bool { tel.isEmpty && email.isEmpty && url.isEmpty && hours.isEmpty }
}
