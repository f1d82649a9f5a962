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

    /// `durable: false` skips the flushes, for files the next build writes again anyway (the output).
    static func write(_ data: Data, to path: String, mode: mode_t = 0o644, durable: Bool = true) throws {
        try stage(data, to: path, mode: mode, durable: durable).commit()
    }

    /// Writes `data` to a temporary file beside `path` and flushes it to the
    /// disk; nothing is replaced until `commit()`. Two files that must change
    /// together are both staged first (which is where a full disk fails), then
    /// committed (a rename needs no space).
    static func stage(_ data: Data, to path: String, mode: mode_t = 0o644, durable: Bool = true) throws -> StagedFile {
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
        // On the disk before the rename makes it the file (a power cut then keeps old or new, never neither).
        if durable, failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Failure.couldNotWrite(detail: failure)
        }
        return StagedFile(temporary: temporary, target: url.path, durable: durable)
    }
}

/// A file written beside its target, waiting to replace it (`AtomicFile.stage`).
public struct StagedFile: Sendable {
    let temporary: String
    let target: String
    let durable: Bool

    /// Renames the staged file over the target, then flushes the folder, so the rename itself survives a power cut.
    public func commit() throws {
        guard rename(temporary, target) == 0 else {
            let detail = String(cString: strerror(errno))
            unlink(temporary)
            throw AtomicFile.Failure.couldNotWrite(detail: detail)
        }
        guard durable else { return }
        let folder = open(URL(fileURLWithPath: target).deletingLastPathComponent().path, O_RDONLY)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    /// Removes the staged file; the target stays as it was.
    public func discard() { unlink(temporary) }
}
