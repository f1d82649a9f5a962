import WorkshopModel

/// Why a build stopped. `message(in:)` is for the user; `detail` is for a log.
public enum BuildError: Error, Sendable {
    /// The content has errors (and `--keep-going` was not given).
    case contentHasErrors([Finding])
    /// No folder holds the theme.
    case themeNotFound(name: String, searched: [String])
    /// A template could not be read or parsed.
    case templateError(file: String, line: Int?, message: String)
    /// The output folder could not be written.
    case outputNotWritable(path: String, detail: String)

    public func message(in language: Language) -> String {
        switch self {
        case .contentHasErrors(let findings):
            let count = findings.errorCount
            return language.pick(ja: "内容に\(count)件のエラーがあるため、サイトを作成しませんでした（--keep-going で有効な部分だけ作成できます）",
                                 en: "The content has \(count) error\(count == 1 ? "" : "s"); the site was not built (--keep-going builds what is valid)")
        case .themeNotFound(let name, _):
            return language.pick(ja: "テーマ「\(name)」が見つかりません", en: "Theme '\(name)' not found")
        case .templateError(let file, let line, let message):
            let place = line.map { "\(file):\($0)" } ?? file
            return language.pick(ja: "テンプレートの誤り \(place): \(message)", en: "Template error in \(place): \(message)")
        case .outputNotWritable(let path, _):
            return language.pick(ja: "出力先「\(path)」に書き込めません", en: "Cannot write the output folder '\(path)'")
        }
    }

    /// Technical detail for logs and `--verbose`.
    public var detail: String {
        switch self {
        case .contentHasErrors(let findings):
            return findings.map { "\($0.location.file):\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message) [\($0.code.rawValue)]" }.joined(separator: "\n")
        case .themeNotFound(_, let searched):
            return "searched: " + searched.joined(separator: ", ")
        case .templateError(let file, let line, let message):
            return "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
        case .outputNotWritable(let path, let detail):
            return "\(path): \(detail)"
        }
    }
}
