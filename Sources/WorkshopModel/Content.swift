/// Everything under a content root, loaded: the site, its catalogues and its events.
public struct Content: Sendable, Hashable, Codable {
    public var site: SiteConfig
    public var threatCatalogues: [ThreatCatalogue]
    public var controlTables: [ControlTable]
    /// Events in date order (then slug).
    public var events: [Event]
    /// How catalogues carry on into later ones (`mapping:` files in catalogs/).
    public var catalogueMappings: [CatalogueMapping]

    public init(site: SiteConfig, threatCatalogues: [ThreatCatalogue] = [], controlTables: [ControlTable] = [], events: [Event] = [],
                catalogueMappings: [CatalogueMapping] = []) {
        self.site = site
        self.threatCatalogues = threatCatalogues
        self.controlTables = controlTables
        self.events = events
        self.catalogueMappings = catalogueMappings
    }

    public func threatCatalogue(_ id: String) -> ThreatCatalogue? { threatCatalogues.first { $0.id == id } }
    public func controlTable(_ id: String) -> ControlTable? { controlTables.first { $0.id == id } }
    public func event(_ slug: String) -> Event? { events.first { $0.slug == slug } }
}
