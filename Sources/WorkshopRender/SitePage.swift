/// One file of the site, named by what it is: its kind, its event (nil for
/// the site-wide kinds) and which one of its kind it is (a participant, a
/// group, a seminar page, a catalogue, an asset, a photo file; `""` for a
/// kind an event or the site has once). `PageRegistry` says where each is
/// written and how it renders.
public struct SitePage: Hashable, Sendable, CustomStringConvertible {
    public var kind: PageKind
    public var event: String?
    public var id: String

    public init(_ kind: PageKind, event: String? = nil, id: String = "") {
        self.kind = kind
        self.event = event
        self.id = id
    }

    public var description: String {
        [kind.rawValue, event, id.isEmpty ? nil : id].compactMap { $0 }.joined(separator: ":")
    }
}
