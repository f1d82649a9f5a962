import Foundation
import WorkshopModel

/// Reads one content file into trusted text: the size is checked before a
/// byte is read, then `SourceText.decode` handles BOM, line endings, invalid
/// UTF-8 and NUL bytes. An empty file is noted and still handed on, so the
/// reader can say what it lacks.
struct SourceFile: Sendable {
    var path: String
    /// The text, or nil when the file could not be read or decoded.
    var text: String?
    var findings: [Finding]
    /// Whether the file's bytes were read (for `LoadResult.fileCount`).
    var wasRead: Bool

    static func load(_ file: ContentTree.File, from fileSystem: ContentFileSystem, language: Language) -> SourceFile {
        let start = SourceLocation(file: file.path, line: 1, column: 1)
        if file.size > SourceText.maximumSize {
            let megabytes = file.size / 1024 / 1024, limit = SourceText.maximumSize / 1024 / 1024
            return SourceFile(path: file.path, text: nil, findings: [Finding(.fileTooLarge, at: start, language.pick(
                ja: "ファイルが大きすぎます（\(megabytes) MB、上限 \(limit) MB）。分割してください",
                en: "file is too large (\(megabytes) MB, limit \(limit) MB); split it"))], wasRead: false)
        }
        let data: Data
        do {
            data = try fileSystem.read(file.path)
        } catch {
            return SourceFile(path: file.path, text: nil, findings: [Finding(.unreadableFile, at: SourceLocation(file: file.path), language.pick(
                ja: "ファイルを読めません: \(error.localizedDescription)",
                en: "cannot read the file: \(error.localizedDescription)"))], wasRead: false)
        }
        switch SourceText.decode(data, file: file.path, language: language) {
        case .failure(let finding):
            return SourceFile(path: file.path, text: nil, findings: [finding], wasRead: true)
        case .success(let text):
            var findings: [Finding] = []
            if text.allSatisfy(\.isWhitespace) {
                findings.append(Finding(.emptyFile, at: SourceLocation(file: file.path), language.pick(
                    ja: "ファイルが空です", en: "the file is empty")))
            }
            return SourceFile(path: file.path, text: text, findings: findings, wasRead: true)
        }
    }
}
