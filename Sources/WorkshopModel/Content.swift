/// Everything under a content root, loaded: the site, its catalogues and its events.
public struct Content: Sendable, Hashable, Codable {
    public var site: SiteConfig
    public var threatCatalogues: [ThreatCatalogue]
    public var controlTables: [ControlTable]
    /// Events in date order (then slug).
    public var events: [Event]

    public init(site: SiteConfig, threatCatalogues: [ThreatCatalogue] = [], controlTables: [ControlTable] = [], events: [Event] = []) {
        self.site = site
        self.threatCatalogues = threatCatalogues
        self.controlTables = controlTables
        self.events = events
    }

    public func threatCatalogue(_ id: String) -> ThreatCatalogue? { threatCatalogues.first { $0.id == id } }
    public func controlTable(_ id: String) -> ControlTable? { controlTables.first { $0.id == id } }
    public func event(_ slug: String) -> Event? { events.first { $0.slug == slug } }
}
