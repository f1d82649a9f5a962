import Foundation

/// File access for the loader, as a struct of closures (after Saga): the
/// real disk in the tool, an in-memory tree in tests. Paths are relative to
/// the content root and use `/`; "" is the root itself.
public struct ContentFileSystem: Sendable {
    /// The entries of a folder, in any order.
    public var entries: @Sendable (_ folder: String) throws -> [DirectoryEntry]
    /// The bytes of a file.
    public var read: @Sendable (_ file: String) throws -> Data
    /// How the root is shown in findings, e.g. `Content` (prefixed to relative paths).
    public var displayRoot: String

    public init(displayRoot: String, entries: @escaping @Sendable (String) throws -> [DirectoryEntry], read: @escaping @Sendable (String) throws -> Data) {
        self.displayRoot = displayRoot
        self.entries = entries
        self.read = read
    }
}

/// One entry of a folder.
public struct DirectoryEntry: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case file
        case folder
        /// A symbolic link; `insideRoot` tells whether its target lies under the content root.
        case symlink(insideRoot: Bool)
        case other
    }

    public var name: String
    public var kind: Kind
    /// Size in bytes (files only).
    public var size: Int

    public init(name: String, kind: Kind, size: Int = 0) {
        self.name = name
        self.kind = kind
        self.size = size
    }
}

extension ContentFileSystem {
    /// The real disk under `root`. Symbolic links are reported, never followed.
    public static func disk(root: String) -> ContentFileSystem {
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath()
        let rootPath = rootURL.path
        return ContentFileSystem(
            displayRoot: root,
            entries: { folder in
                let folderURL = folder.isEmpty ? rootURL : rootURL.appendingPathComponent(folder)
                let names = try FileManager.default.contentsOfDirectory(atPath: folderURL.path)
                return names.map { name in
                    let path = folderURL.appendingPathComponent(name).path
                    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                          let type = attributes[.type] as? FileAttributeType else {
                        return DirectoryEntry(name: name, kind: .other)
                    }
                    switch type {
                    case .typeDirectory:
                        return DirectoryEntry(name: name, kind: .folder)
                    case .typeRegular:
                        return DirectoryEntry(name: name, kind: .file, size: (attributes[.size] as? NSNumber)?.intValue ?? 0)
                    case .typeSymbolicLink:
                        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                        let inside = target == rootPath || target.hasPrefix(rootPath + "/")
                        return DirectoryEntry(name: name, kind: .symlink(insideRoot: inside))
                    default:
                        return DirectoryEntry(name: name, kind: .other)
                    }
                }
            },
            read: { file in
                try Data(contentsOf: rootURL.appendingPathComponent(file), options: .mappedIfSafe)
            })
    }

    /// An in-memory tree for tests: file paths (relative, with `/`) to contents.
    public static func memory(_ files: [String: String], displayRoot: String = "Content") -> ContentFileSystem {
        memory(files.mapValues { Data($0.utf8) }, displayRoot: displayRoot)
    }

    /// An in-memory tree of raw bytes.
    public static func memory(_ files: [String: Data], displayRoot: String = "Content") -> ContentFileSystem {
        ContentFileSystem(
            displayRoot: displayRoot,
            entries: { folder in
                let prefix = folder.isEmpty ? "" : folder + "/"
                var seen: [String: DirectoryEntry] = [:]
                for (path, data) in files where path.hasPrefix(prefix) {
                    let rest = path.dropFirst(prefix.count)
                    if let slash = rest.firstIndex(of: "/") {
                        let name = String(rest[..<slash])
                        seen[name] = DirectoryEntry(name: name, kind: .folder)
                    } else {
                        seen[String(rest)] = DirectoryEntry(name: String(rest), kind: .file, size: data.count)
                    }
                }
                if seen.isEmpty && !folder.isEmpty { throw CocoaError(.fileReadNoSuchFile) }
                return Array(seen.values)
            },
            read: { file in
                guard let data = files[file] else { throw CocoaError(.fileReadNoSuchFile) }
                return data
            })
    }
}
