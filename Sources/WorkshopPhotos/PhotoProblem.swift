import WorkshopModel

/// Why a photo could not be processed; becomes a finding at its entry in photos.yaml.
public enum PhotoProblem: Error, Sendable, Hashable {
    /// Not a JPEG, PNG, WebP or HEIC libvips reads (or a loader it blocks).
    case notAnImage
    /// A readable format whose pixels could not be decoded (truncated, corrupt).
    case unreadable(detail: String)
    /// Larger than the pixel limit: refused before decoding.
    case tooManyPixels(width: Int, height: Int, limit: Int)
    case tooManyBytes(size: Int, limit: Int)

    public func finding(for photo: Photo, in language: Language) -> Finding {
        switch self {
        case .notAnImage:
            return Finding(.unreadablePhoto, at: photo.location, language.pick(
                ja: "'\(photo.file)' は読める画像（JPEG、PNG、WebP、HEIC）ではありません",
                en: "'\(photo.file)' is not an image this tool reads (JPEG, PNG, WebP, HEIC)"))
        case .unreadable(let detail):
            return Finding(.unreadablePhoto, at: photo.location, language.pick(
                ja: "'\(photo.file)' の画像を読めません（壊れているか途中で切れています）: \(detail)",
                en: "cannot decode '\(photo.file)' (damaged or cut short): \(detail)"))
        case .tooManyPixels(let width, let height, let limit):
            return Finding(.photoTooLarge, at: photo.location, language.pick(
                ja: "'\(photo.file)' は \(width)×\(height) ピクセルで、上限の \(limit / 1_000_000) メガピクセルを超えています。縮小してください",
                en: "'\(photo.file)' is \(width)×\(height) pixels, more than the limit of \(limit / 1_000_000) megapixels; shrink it first"))
        case .tooManyBytes(let size, let limit):
            return Finding(.photoTooLarge, at: photo.location, language.pick(
                ja: "'\(photo.file)' は \(size / 1_048_576) MiB で、上限の \(limit / 1_048_576) MiB を超えています",
                en: "'\(photo.file)' is \(size / 1_048_576) MiB, more than the limit of \(limit / 1_048_576) MiB"))
        }
    }
}
