import Foundation

/// What a build left in its output folder.
struct OutputCount: Sendable {
    var files = 0
    var htmlPages = 0
    var bytes = 0

    init(folder: String) {
        guard let walker = FileManager.default.enumerator(at: URL(fileURLWithPath: folder), includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey]) else { return }
        for case let url as URL in walker {
            guard let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey]), values.isRegularFile == true else { continue }
            files += 1
            bytes += values.fileSize ?? 0
            if url.pathExtension == "html" { htmlPages += 1 }
        }
    }
}
