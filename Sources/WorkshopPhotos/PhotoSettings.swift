/// How photos are processed: the widths made for `srcset`, the print size,
/// the JPEG quality and the limits a photo must keep. Part of every cache
/// key, so changing any of them reprocesses every photo.
public struct PhotoSettings: Sendable, Hashable {
    /// Widths for the screen (`srcset`), smallest first.
    public var screenWidths: [Int]
    /// The width of the printed report's copy (A4, about 300 dpi over half the page).
    public var printWidth: Int
    public var quality: Int
    /// The largest picture accepted, in pixels (width × height, read from the header before decoding).
    public var maximumPixels: Int
    /// The largest file accepted, in bytes.
    public var maximumBytes: Int

    public init(screenWidths: [Int] = [480, 960], printWidth: Int = 1600, quality: Int = 80,
                maximumPixels: Int = 100_000_000, maximumBytes: Int = 64 * 1024 * 1024) {
        self.screenWidths = screenWidths
        self.printWidth = printWidth
        self.quality = quality
        self.maximumPixels = maximumPixels
        self.maximumBytes = maximumBytes
    }

    /// The widths to make for a picture `width` pixels wide: those not wider
    /// than the picture (never enlarged), and the picture's own width when
    /// it is narrower than the smallest.
    public func widths(forPictureWidth width: Int) -> [Int] {
        let all = Array(Set(screenWidths + [printWidth])).sorted()
        let fitting = all.filter { $0 <= width }
        return fitting.isEmpty ? [width] : (fitting.count < all.count && !fitting.contains(width) ? fitting + [width] : fitting)
    }

    /// What goes into the cache key besides the photo and its regions.
    var fingerprint: String {
        "v1;w=\(screenWidths.map(String.init).joined(separator: ","));p=\(printWidth);q=\(quality)"
    }
}
