/// One workshop session (`events/<slug>/`), with everything written for it.
public struct Event: Sendable, Hashable, Codable {
    /// The folder name, e.g. `2024-10-08-session-06`.
    public var slug: String
    public var title: String
    public var programme: String
    public var number: Int?
    public var date: CalendarDate?
    public var time: String
    public var venue: String
    public var access: String
    /// The overview paragraph (開催概要), Markdown.
    public var summary: String
    /// The seminar's theme, e.g. 具体的な構築・運用の実践.
    public var themeTitle: String
    public var threatCatalogueID: String
    public var controlTableID: String
    public var excludedThreats: [Int]
    public var schedule: [ScheduleItem]
    public var groups: [GroupInfo]
    public var next: NextSession?
    public var seminarPages: [SeminarPage]
    public var voices: Voices
    public var worksheets: [Worksheet]
    public var groupSheets: [GroupSheet]
    /// The photos listed in photos.yaml, in file order.
    public var photos: [Photo] = []
    /// Where event.yaml is.
    public var location: SourceLocation
    /// Where event.yaml names its threat catalogue and its control table (`threats:`, `controls:`), when it does.
    public var threatCatalogueLocation: SourceLocation?
    public var controlTableLocation: SourceLocation?
    /// False when event.yaml is missing or could not be read as YAML: the
    /// event's groups and catalogues are then unknown, so the rules that
    /// depend on them (`unknown-group`) stay quiet instead of reporting every
    /// sheet. The event.yaml finding says what to fix.
    public var eventFileRead: Bool = true

    public init(slug: String, title: String, programme: String = "", number: Int? = nil, date: CalendarDate? = nil, time: String = "", venue: String = "", access: String = "", summary: String = "", themeTitle: String = "", threatCatalogueID: String, controlTableID: String, excludedThreats: [Int] = [], schedule: [ScheduleItem] = [], groups: [GroupInfo] = [], next: NextSession? = nil, seminarPages: [SeminarPage] = [], voices: Voices = Voices(), worksheets: [Worksheet] = [], groupSheets: [GroupSheet] = [], location: SourceLocation) {
        self.slug = slug
        self.title = title
        self.programme = programme
        self.number = number
        self.date = date
        self.time = time
        self.venue = venue
        self.access = access
        self.summary = summary
        self.themeTitle = themeTitle
        self.threatCatalogueID = threatCatalogueID
        self.controlTableID = controlTableID
        self.excludedThreats = excludedThreats
        self.schedule = schedule
        self.groups = groups
        self.next = next
        self.seminarPages = seminarPages
        self.voices = voices
        self.worksheets = worksheets
        self.groupSheets = groupSheets
        self.location = location
    }

    public func group(_ id: String) -> GroupInfo? { groups.first { $0.id == id } }
    public func groupSheet(_ id: String) -> GroupSheet? { groupSheets.first { $0.group == id } }
    public func worksheets(inGroup id: String) -> [Worksheet] { worksheets.filter { $0.group == id } }
}

/// One line of the timetable.
public struct ScheduleItem: Sendable, Hashable, Codable {
    public var time: String
    public var title: String

    public init(time: String, title: String) {
        self.time = time
        self.title = title
    }
}

/// A group declared in event.yaml.
public struct GroupInfo: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var location: SourceLocation
    /// The roster (`members:`): pseudonyms expected in the group, normalised
    /// like participant ids; empty when event.yaml gives none.
    public var members: [String]

    public init(id: String, name: String, location: SourceLocation, members: [String] = []) {
        self.id = id
        self.name = name
        self.location = location
        self.members = members
    }

    /// Whether `participant` (as written) is on the roster; true when the group has none.
    public func expects(_ participant: String) -> Bool {
        members.isEmpty || members.contains(IDText.normalize(participant))
    }
}

/// The next session's announcement (次回のご案内).
public struct NextSession: Sendable, Hashable, Codable {
    public var date: CalendarDate?
    public var time: String
    public var venue: String
    public var title: String

    public init(date: CalendarDate?, time: String = "", venue: String = "", title: String = "") {
        self.date = date
        self.time = time
        self.venue = venue
        self.title = title
    }
}
