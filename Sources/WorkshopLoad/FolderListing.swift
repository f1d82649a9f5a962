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
            if Self.hasUndecodableName(entry.name) {
                findings.append(Finding(.unexpectedFile, at: SourceLocation(file: path), language.pick(
                    ja: "ファイル名が UTF-8 ではありません（別の文字コードで付けられた名前です）。読み込みません。半角英数字の名前に変えてください",
                    en: "the file name is not valid UTF-8 (it was named in another encoding); it is not read. Rename it with plain letters and digits"),
                    severity: .warning))
                continue
            }
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

    /// A name the disk gave with bytes that are not UTF-8: Foundation hands
    /// them over as U+FFFD replacement characters (or `%XX` escapes).
    static func hasUndecodableName(_ name: String) -> Bool {
        name.unicodeScalars.contains { $0 == "\u{FFFD}" }
    }

    /// A folder of the layout (`catalogs`, `events`, `worksheets`, `groups`,
    /// `seminar`) that is a regular file (or something else) instead: nothing
    /// in it can be read, so it is a warning, not a silent gap.
    mutating func expectFolder(_ entry: DirectoryEntry, in folder: String) {
        guard entry.kind != .folder else { return }
        findings.append(Finding(.unexpectedFile, at: SourceLocation(file: ContentTree.join(folder, entry.name)), language.pick(
            ja: "'\(entry.name)' はフォルダのはずですが、ファイルです。読み込みません。フォルダにして中にファイルを置いてください",
            en: "'\(entry.name)' should be a folder but is a file; it is not read. Make it a folder and put the files inside"),
            severity: .warning))
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
