import WorkshopModel

/// Writes photos.yaml from photo values, in the form `PhotosReader` reads
/// (for the review page's edits): every text double-quoted, regions in flow
/// style with four decimals. Comments of the old file are not kept.
public enum PhotosYAML {
    public static func text(_ photos: [Photo]) -> String {
        var lines = [
            "# The event's photos (files in photos/); written by the photo review of workshop serve.",
            "# The public report shows only photos with publish: true and reviewed: true.",
            "photos:",
        ]
        for photo in photos {
            lines.append("  - file: \(quoted(photo.file))")
            lines.append("    section: \(quoted(photo.section.key))")
            if !photo.caption.isEmpty { lines.append("    caption: \(quoted(photo.caption))") }
            lines.append("    publish: \(photo.publish)")
            lines.append("    reviewed: \(photo.reviewed)")
            if photo.regions.isEmpty {
                lines.append("    regions: []")
            } else {
                lines.append("    regions:")
                for region in photo.regions {
                    var fields = "x: \(number(region.x)), y: \(number(region.y)), width: \(number(region.width)), height: \(number(region.height))"
                    if region.style != .blur { fields += ", style: \(region.style.rawValue)" }
                    lines.append("      - {\(fields)}")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func quoted(_ text: String) -> String { YAMLScalar.doubleQuoted(text) }

    /// Reads photos.yaml as the loader does (`file` is its path from the
    /// content root, `folder` the names in the event's `photos/`): the photos
    /// and every finding. For the review page's saves, which start from the
    /// file as it is on disk now.
    public static func read(_ text: String, file: String, folder: [String], language: Language) -> (photos: [Photo], findings: [Finding]) {
        PhotosReader(language: language).read(text, file: file, folder: folder)
    }

    /// A fraction with at most four decimals, as YAML reads it back.
    static func number(_ value: Double) -> String {
        let tenThousandths = Int((min(max(value, 0), 1) * 10_000).rounded())
        let whole = tenThousandths / 10_000
        var fraction = String(tenThousandths % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? "\(whole)" : "\(whole).\(fraction)"
    }
}
