import Foundation
import WorkshopModel

/// Turns a file's bytes into text the readers can trust: UTF-8 (a BOM is
/// dropped), CRLF and lone CR turned into LF. Invalid UTF-8 and NUL bytes are
/// findings, not crashes.
public enum SourceText {
    /// Largest file the loader reads; larger files get `file-too-large`.
    public static let maximumSize = 8 * 1024 * 1024

    public static func decode(_ data: Data, file: String, language: Language) -> Result<String, Finding> {
        if data.count > maximumSize {
            return .failure(Finding(.fileTooLarge, at: SourceLocation(file: file, line: 1, column: 1), language.pick(
                ja: "ファイルが大きすぎます（\(data.count / 1024 / 1024) MB、上限 \(maximumSize / 1024 / 1024) MB）。分割してください",
                en: "file is too large (\(data.count / 1024 / 1024) MB, limit \(maximumSize / 1024 / 1024) MB); split it")))
        }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // NUL search and UTF-8 validation on the contiguous bytes (iterating
        // a Data slice byte by byte costs an exclusivity check per byte).
        let (hasNUL, decoded) = bytes.withUnsafeBytes { raw -> (Bool, String?) in
            let buffer = raw.assumingMemoryBound(to: UInt8.self)
            guard let base = raw.baseAddress, !buffer.isEmpty else { return (false, "") }
            if memchr(base, 0, buffer.count) != nil { return (true, nil) }
            return (false, String(validating: buffer, as: UTF8.self))
        }
        if hasNUL, let nul = bytes.firstIndex(of: 0) {
            let line = bytes[bytes.startIndex..<nul].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return .failure(Finding(.binaryFile, at: SourceLocation(file: file, line: line, column: 1), language.pick(
                ja: "NUL バイトを含んでいます。テキストファイルではないようです",
                en: "contains a NUL byte; this does not look like a text file")))
        }
        guard let text = decoded else {
            let line = firstInvalidLine(bytes)
            return .failure(Finding(.invalidEncoding, at: SourceLocation(file: file, line: line, column: 1), language.pick(
                ja: "UTF-8 ではありません（\(line) 行目）。UTF-8 で保存し直してください",
                en: "not valid UTF-8 (line \(line)); save the file as UTF-8")))
        }
        return .success(normalizeLineEndings(text))
    }

    /// CRLF and lone CR become LF.
    public static func normalizeLineEndings(_ text: String) -> String {
        var text = text
        let hasCR = text.withUTF8 { buffer in buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false }
        guard hasCR else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    private static func firstInvalidLine(_ bytes: Data.SubSequence) -> Int {
        var line = 1
        var lineStart = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(validating: bytes[lineStart..<index], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = bytes.index(after: index)
        }
        return line
    }
}
