import Foundation

/// A file (or an empty folder) that scaffolding writes, relative to a base folder.
public struct ScaffoldFile: Sendable, Hashable {
    /// Path relative to the base folder, with `/`.
    public var path: String
    /// The text to write; nil for a folder.
    public var text: String?

    public init(path: String, text: String?) {
        self.path = path
        self.text = text
    }

    public static func folder(_ path: String) -> ScaffoldFile { ScaffoldFile(path: path, text: nil) }
}

extension [ScaffoldFile] {
    /// Writes every file under `base`, never replacing anything: when any
    /// file already exists nothing is written and `.exists` names it. Folders
    /// are created as needed (an existing folder is fine). Returns the paths
    /// written (base joined with each path), in order.
    public func write(under base: String) throws(ScaffoldError) -> [String] {
        let fileManager = FileManager.default
        let baseURL = URL(fileURLWithPath: base)
        for file in self where file.text != nil {
            let url = baseURL.appendingPathComponent(file.path)
            if fileManager.fileExists(atPath: url.path) || Self.isDanglingLink(url.path) {
                throw .exists(path: url.path)
            }
        }
        var written: [String] = []
        for file in self {
            let url = baseURL.appendingPathComponent(file.path)
            do {
                if let text = file.text {
                    try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    // `.withoutOverwriting` (O_EXCL): a file that appeared meanwhile is not replaced.
                    try Data(text.utf8).write(to: url, options: .withoutOverwriting)
                } else {
                    try fileManager.createDirectory(at: url, withIntermediateDirectories: true)
                }
            } catch {
                if file.text != nil, fileManager.fileExists(atPath: url.path), !written.contains(url.path) {
                    throw .exists(path: url.path)
                }
                throw .notWritable(path: url.path, detail: error.localizedDescription)
            }
            written.append(url.path)
        }
        return written
    }

    private static func isDanglingLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }
}
