import CVips
import Foundation
import WorkshopModel

/// Processes one photo's bytes: checks the header against the limits before
/// anything is decoded, then makes every rendition the settings ask for.
public struct PhotoDevelopment: Sendable {
    public var settings: PhotoSettings

    public init(settings: PhotoSettings = PhotoSettings()) {
        self.settings = settings
    }

    /// The cache key: SHA-256 over the original bytes, the regions and the settings.
    public func key(for data: Data, regions: [PrivacyRegion]) -> String {
        let original = VipsLibrary.sha256(data)
        let recipe = original + ";" + regions.map(\.geometry).joined(separator: ";") + ";" + settings.fingerprint
        return VipsLibrary.sha256(Data(recipe.utf8))
    }

    /// The header, refused when the file or the picture is over the limits.
    public func inspect(_ data: Data) -> Result<(width: Int, height: Int), PhotoProblem> {
        guard data.count <= settings.maximumBytes else { return .failure(.tooManyBytes(size: data.count, limit: settings.maximumBytes)) }
        switch VipsLibrary.header(of: data) {
        case .failure(let problem):
            return .failure(problem)
        case .success(let header):
            guard header.width > 0, header.height > 0 else { return .failure(.unreadable(detail: "empty picture")) }
            // Compared without multiplying first: 50,000 × 50,000 must not overflow anything.
            guard header.width <= settings.maximumPixels / header.height else {
                return .failure(.tooManyPixels(width: header.width, height: header.height, limit: settings.maximumPixels))
            }
            return .success((header.width, header.height))
        }
    }

    /// Every rendition of the photo, regions hidden in each.
    public func develop(_ data: Data, regions: [PrivacyRegion], key known: String? = nil) -> Result<ProcessedPhoto, PhotoProblem> {
        let size: (width: Int, height: Int)
        switch inspect(data) {
        case .failure(let problem): return .failure(problem)
        case .success(let header): size = header
        }
        let hidden = regions.map { workshop_region(x: $0.x, y: $0.y, width: $0.width, height: $0.height, style: $0.style == .pixelate ? 1 : 0) }
        var renditions: [PhotoRendition] = []
        for width in settings.widths(forPictureWidth: size.width) {
            switch VipsLibrary.render(data, width: width, regions: hidden, quality: settings.quality) {
            case .failure(let problem): return .failure(problem)
            case .success(let output):
                if renditions.contains(where: { $0.width == output.width }) { continue }
                renditions.append(PhotoRendition(width: output.width, height: output.height, jpeg: output.jpeg))
            }
        }
        return .success(ProcessedPhoto(key: known ?? key(for: data, regions: regions), renditions: renditions))
    }

    /// Whether the whole picture decodes (a small rendition, so a truncated
    /// file is caught), after the header checks.
    public func verify(_ data: Data) -> PhotoProblem? {
        if case .failure(let problem) = inspect(data) { return problem }
        if case .failure(let problem) = VipsLibrary.render(data, width: 64, regions: [], quality: 50) { return problem }
        return nil
    }
}
