import ArgumentParser
import Foundation
import WorkshopLoad

/// The `--root` option shared by the commands that read content.
struct ContentRootOptions: ParsableArguments {
    @Option(name: .long, help: "The content folder.")
    var root: String = "Content"

    /// The content file system, or a failure (exit 2) when the root is not a readable folder.
    func fileSystem() throws -> ContentFileSystem {
        // No site.yaml to read yet when the folder is wrong: the locale decides.
        let l = MessageLanguage.detect(arguments: ["--root", root], environment: ProcessInfo.processInfo.environment)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder) else {
            throw CommandFailure(description: "workshop: " + l.pick(
                ja: "コンテンツのフォルダ '\(root)' がありません（--root DIR で指定してください）",
                en: "content folder '\(root)' does not exist (use --root DIR)"))
        }
        guard isFolder.boolValue else {
            throw CommandFailure(description: "workshop: " + l.pick(
                ja: "'\(root)' はフォルダではありません（--root DIR で指定してください）",
                en: "'\(root)' is not a folder (use --root DIR)"))
        }
        guard FileManager.default.isReadableFile(atPath: root), (try? FileManager.default.contentsOfDirectory(atPath: root)) != nil else {
            throw CommandFailure(description: "workshop: " + l.pick(
                ja: "コンテンツのフォルダ '\(root)' を読めません",
                en: "cannot read the content folder '\(root)'"))
        }
        return .disk(root: root)
    }
}
