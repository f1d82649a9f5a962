import WorkshopModel

/// Lists the folders of a content root for `ContentTree`: entries sorted by
/// name, editor leftovers dropped, symbolic links reported (and dropped, so
/// they are never followed), unreadable folders reported.
struct FolderListing {
    let fileSystem: ContentFileSystem
    let language: Language
    var findings: [Finding] = []

    init(fileSystem: ContentFileSystem, language: Language) {
        self.fileSystem = fileSystem
        self.language = language
    }

    /// The visible entries of `folder`, sorted by name.
    mutating func entries(of folder: String) -> [DirectoryEntry] {
        do {
            return visible(try fileSystem.entries(folder), in: folder)
        } catch {
            findings.append(Finding(.unreadableFile, at: SourceLocation(file: folder), language.pick(
                ja: "フォルダを読めません: \(error.localizedDescription)",
                en: "cannot read the folder: \(error.localizedDescription)")))
            return []
        }
    }

    /// Sorts `entries`, drops leftovers and reports symbolic links.
    mutating func visible(_ entries: [DirectoryEntry], in folder: String) -> [DirectoryEntry] {
        var out: [DirectoryEntry] = []
        for entry in entries.sorted(by: { $0.name < $1.name }) where !ContentTree.isLeftover(entry.name) {
            let path = ContentTree.join(folder, entry.name)
            switch entry.kind {
            case .symlink(insideRoot: false):
                findings.append(Finding(.symlinkOutsideRoot, at: SourceLocation(file: path), language.pick(
                    ja: "コンテンツのフォルダの外を指すシンボリックリンクです。読み込みません。ファイルをコピーしてください",
                    en: "symbolic link pointing outside the content folder; it is not read. Copy the file instead")))
            case .symlink(insideRoot: true):
                findings.append(Finding(.symlinkOutsideRoot, at: SourceLocation(file: path), language.pick(
                    ja: "シンボリックリンクは読み込みません。ファイルをコピーしてください",
                    en: "symbolic links are not followed; copy the file instead"), severity: .note))
            default:
                out.append(entry)
            }
        }
        return out
    }

    /// The `.md` files of a worksheets/ or groups/ folder; anything else
    /// there is noted as `unexpected-file`.
    mutating func markdownFiles(in folder: String) -> [ContentTree.File] {
        var files: [ContentTree.File] = []
        for entry in entries(of: folder) {
            let path = ContentTree.join(folder, entry.name)
            if entry.kind == .file && entry.name.lowercased().hasSuffix(".md") {
                files.append(ContentTree.File(path: path, size: entry.size))
            } else {
                findings.append(Finding(.unexpectedFile, at: SourceLocation(file: path), language.pick(
                    ja: "Markdown（.md）ではないため読み込みません",
                    en: "not a Markdown (.md) file; it is not read")))
            }
        }
        return files
    }
}
