import Foundation

/// Writes a file so that a reader never sees half of it: the bytes go to a
/// temporary file in the same folder (`.<name>.tmp-<random>`), which is then
/// renamed over the target. A failure says what went wrong in the system's
/// words (`No space left on device`), never the absolute path.
enum AtomicFile {
    enum Failure: Error, CustomStringConvertible {
        case couldNotWrite(detail: String)

        var description: String {
            switch self {
            case .couldNotWrite(let detail): detail
            }
        }
    }

    static func write(_ data: Data, to path: String, mode: mode_t = 0o644) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure.couldNotWrite(detail: "cannot create the folder")
        }
        var generator = SystemRandomNumberGenerator()
        let suffix = String(generator.next(), radix: 36)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(suffix)").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else { throw Failure.couldNotWrite(detail: String(cString: strerror(errno))) }
        var failure: String?
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Failure.couldNotWrite(detail: failure)
        }
        guard rename(temporary, url.path) == 0 else {
            let detail = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure.couldNotWrite(detail: detail)
        }
    }
}
