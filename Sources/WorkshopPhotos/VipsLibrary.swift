import CVips
import Foundation
import Synchronization

/// libvips, started on first use (a build without photos never starts it)
/// and used by one caller at a time: its error buffer is process-wide.
enum VipsLibrary {
    /// The loaders accepted, by nickname (`jpegload_buffer`) or class name
    /// (`VipsForeignLoadJpegBuffer`); anything else (ImageMagick, PDF, SVG,
    /// TIFF, …) is refused before loading.
    static func accepts(loader name: String) -> Bool {
        let lower = name.lowercased()
        return ["jpeg", "png", "webp", "heif"].contains { format in
            lower.hasPrefix(format + "load") || lower.hasPrefix("vipsforeignload" + format) || lower.hasPrefix("vipsforeignloads" + format)
        }
    }

    private static let lock = Mutex<Void>(())
    /// Started once, on first use; nil when libvips could not start.
    private static let started: String? = {
        workshop_vips_start() == 0 ? nil : lastError()
    }()

    struct Header: Sendable, Hashable {
        var loader: String
        /// Width and height as displayed (after the EXIF orientation).
        var width: Int
        var height: Int
    }

    struct Output: Sendable, Hashable {
        var jpeg: Data
        var width: Int
        var height: Int
    }

    /// The format and size from the header alone; refuses what it does not accept.
    static func header(of data: Data) -> Result<Header, PhotoProblem> {
        lock.withLock { _ in
            if let failure = started { return .failure(.unreadable(detail: "libvips: \(failure)")) }
            return data.withUnsafeBytes { buffer -> Result<Header, PhotoProblem> in
                guard let base = buffer.baseAddress, buffer.count > 0 else { return .failure(.notAnImage) }
                guard let name = workshop_vips_loader(base, buffer.count).map({ String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) }),
                      accepts(loader: name) else {
                    return .failure(.notAnImage)
                }
                var width: Int32 = 0, height: Int32 = 0, turned: Int32 = 0
                guard workshop_vips_header(base, buffer.count, &width, &height, &turned) == 0 else {
                    return .failure(.unreadable(detail: lastError()))
                }
                let upright = turned != 0 ? (Int(height), Int(width)) : (Int(width), Int(height))
                return .success(Header(loader: name, width: upright.0, height: upright.1))
            }
        }
    }

    /// One JPEG `width` pixels wide (or narrower), regions hidden, metadata stripped.
    static func render(_ data: Data, width: Int, regions: [workshop_region], quality: Int) -> Result<Output, PhotoProblem> {
        lock.withLock { _ in
            if let failure = started { return .failure(.unreadable(detail: "libvips: \(failure)")) }
            return data.withUnsafeBytes { buffer -> Result<Output, PhotoProblem> in
                guard let base = buffer.baseAddress else { return .failure(.notAnImage) }
                var out: UnsafeMutableRawPointer?
                var length = 0
                var outWidth: Int32 = 0, outHeight: Int32 = 0
                let status = regions.withUnsafeBufferPointer { list in
                    workshop_vips_render(base, buffer.count, Int32(width), list.baseAddress, Int32(list.count), Int32(quality),
                                         &out, &length, &outWidth, &outHeight)
                }
                guard status == 0, let out else { return .failure(.unreadable(detail: lastError())) }
                defer { workshop_vips_free(out) }
                return .success(Output(jpeg: Data(bytes: out, count: length), width: Int(outWidth), height: Int(outHeight)))
            }
        }
    }

    /// The luminance of a processed image, one byte a pixel, for pixel statistics.
    static func grey(_ jpeg: Data) -> (width: Int, height: Int, pixels: [UInt8])? {
        lock.withLock { _ in
            guard started == nil else { return nil }
            return jpeg.withUnsafeBytes { buffer -> (width: Int, height: Int, pixels: [UInt8])? in
                guard let base = buffer.baseAddress else { return nil }
                var out: UnsafeMutableRawPointer?
                var length = 0
                var width: Int32 = 0, height: Int32 = 0
                guard workshop_vips_grey(base, buffer.count, &out, &length, &width, &height) == 0, let out else {
                    _ = lastError()
                    return nil
                }
                defer { workshop_vips_free(out) }
                return (Int(width), Int(height), Array(UnsafeRawBufferPointer(start: out, count: length)))
            }
        }
    }

    /// SHA-256 in hex (GLib's; libvips need not be started).
    static func sha256(_ data: Data) -> String {
        var hex = [CChar](repeating: 0, count: 65)
        data.withUnsafeBytes { buffer in
            workshop_sha256(buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, buffer.count, &hex)
        }
        return text(hex)
    }

    /// A NUL-terminated C buffer as text.
    private static func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func lastError() -> String {
        var buffer = [CChar](repeating: 0, count: 1024)
        workshop_vips_error(&buffer, buffer.count)
        let message = text(buffer).trimmingCharacters(in: .whitespacesAndNewlines)
        return message.split(separator: "\n").first.map(String.init) ?? "libvips error"
    }
}
