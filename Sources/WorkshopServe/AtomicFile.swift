import Foundation

/// Writes a file so that a reader never sees half of it: the bytes go to a
/// temporary file in the same folder, which is then renamed over the target.
enum AtomicFile {
    enum Failure: Error {
        case couldNotWrite(path: String, detail: String)
    }

    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure.couldNotWrite(path: path, detail: "\(error)")
        }
        var generator = SystemRandomNumberGenerator()
        let suffix = String(generator.next(), radix: 36)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(suffix)")
        do {
            try data.write(to: temporary)
        } catch {
            try? fileManager.removeItem(at: temporary)
            throw Failure.couldNotWrite(path: path, detail: "\(error)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let detail = String(cString: strerror(errno))
            try? fileManager.removeItem(at: temporary)
            throw Failure.couldNotWrite(path: path, detail: detail)
        }
    }
}
