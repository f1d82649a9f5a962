/// One photo of an event (`events/<slug>/photos/<file>`, listed in
/// `photos.yaml`): where it goes in the report, its caption, the parts to
/// blur before anyone sees it, and whether it may be published.
public struct Photo: Sendable, Hashable, Codable {
    /// The file name inside the event's `photos/` folder.
    public var file: String
    public var section: PhotoSection
    public var caption: String
    /// `publish: true`: the facilitator wants it in the public report.
    public var publish: Bool
    /// `reviewed: true`: someone checked the regions cover every face and name tag.
    public var reviewed: Bool
    public var regions: [PrivacyRegion]
    /// Where its entry in photos.yaml starts.
    public var location: SourceLocation

    public init(file: String, section: PhotoSection = .workshop, caption: String = "", publish: Bool = false, reviewed: Bool = false,
                regions: [PrivacyRegion] = [], location: SourceLocation) {
        self.file = file
        self.section = section
        self.caption = caption
        self.publish = publish
        self.reviewed = reviewed
        self.regions = regions
        self.location = location
    }

    /// Whether the public build may show it: published and reviewed.
    public var isPublic: Bool { publish && reviewed }

    /// The file's path relative to the content root.
    public func path(inEvent slug: String) -> String { "events/\(slug)/photos/\(file)" }
}

/// Where a photo sits in the report: the seed's セミナー風景 and
/// ワークショップ風景 (presentations go with the workshop), or a heading of
/// the facilitator's own.
public enum PhotoSection: Sendable, Hashable, Codable {
    case seminar
    case workshop
    case presentation
    case heading(String)

    /// The value as written in photos.yaml.
    public var key: String {
        switch self {
        case .seminar: "seminar"
        case .workshop: "workshop"
        case .presentation: "presentation"
        case .heading(let text): text
        }
    }
}

/// A rectangle to blur or pixelate, in fractions of the picture's width and
/// height (0…1 from the top-left corner), so it stays put at every size.
public struct PrivacyRegion: Sendable, Hashable, Codable {
    public enum Style: String, Sendable, Hashable, Codable, CaseIterable {
        case blur, pixelate
    }

    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    public var style: Style
    public var location: SourceLocation

    public init(x: Double, y: Double, width: Double, height: Double, style: Style = .blur, location: SourceLocation) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.style = style
        self.location = location
    }

    /// Whether the rectangle has an area and lies inside the picture.
    public var isInsidePicture: Bool {
        x >= 0 && y >= 0 && width > 0 && height > 0 && x + width <= 1.000_001 && y + height <= 1.000_001
    }

    /// Equal rectangles and style, wherever they were written (for cache keys and edits).
    public var geometry: String {
        func f(_ value: Double) -> String { String(Int((value * 10_000).rounded())) }
        return "\(style.rawValue):\(f(x)),\(f(y)),\(f(width)),\(f(height))"
    }
}
