import Foundation
import WorkshopModel

/// Prints findings the way compilers do (`path:line:col: severity: message [code]`)
/// or as JSON for editors and CI.
public struct FindingReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, json
    }

    public var findings: [Finding]
    public var fileCount: Int
    public var language: Language
    /// Shown before each root-relative path, e.g. `Content`.
    public var displayRoot: String

    public init(findings: [Finding], fileCount: Int, language: Language, displayRoot: String) {
        self.findings = findings
        self.fileCount = fileCount
        self.language = language
        self.displayRoot = displayRoot
    }

    /// The path as the user should see it: the root they passed plus the relative path.
    public func displayPath(_ file: String) -> String {
        if displayRoot.isEmpty || displayRoot == "." { return file }
        if file.isEmpty { return displayRoot }
        return displayRoot.hasSuffix("/") ? displayRoot + file : displayRoot + "/" + file
    }

    /// One line per finding and a closing summary line. `colour` adds ANSI colours.
    public func text(colour: Bool) -> String {
        var out = ""
        for finding in findings {
            out += line(for: finding, colour: colour) + "\n"
        }
        out += summary + "\n"
        return out
    }

    public func line(for finding: Finding, colour: Bool) -> String {
        var position = displayPath(finding.location.file)
        if finding.location.line > 0 {
            position += ":\(finding.location.line)"
            if finding.location.column > 0 { position += ":\(finding.location.column)" }
        }
        let severity = finding.severity.rawValue
        guard colour else {
            return "\(position): \(severity): \(finding.message) [\(finding.code.rawValue)]"
        }
        let tint: String
        switch finding.severity {
        case .error: tint = "\u{1B}[1;31m"
        case .warning: tint = "\u{1B}[1;33m"
        case .note: tint = "\u{1B}[1;36m"
        }
        return "\u{1B}[1m\(position):\u{1B}[0m \(tint)\(severity):\u{1B}[0m \(finding.message) \u{1B}[2m[\(finding.code.rawValue)]\u{1B}[0m"
    }

    /// `2 errors, 5 warnings in 42 files` / `エラー 2 件、警告 5 件（42 ファイル）`.
    public var summary: String {
        let errors = findings.errorCount, warnings = findings.warningCount
        let notes = findings.count - errors - warnings
        switch language {
        case .ja:
            var text = "エラー \(errors) 件、警告 \(warnings) 件"
            if notes > 0 { text += "、注記 \(notes) 件" }
            return text + "（\(fileCount) ファイル）"
        case .en:
            func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
            var text = "\(plural(errors, "error")), \(plural(warnings, "warning"))"
            if notes > 0 { text += ", \(plural(notes, "note"))" }
            return text + " in \(plural(fileCount, "file"))"
        }
    }

    /// `{"findings":[…],"summary":{…}}` with paths as displayed.
    public func json() -> String {
        /// `line` and `column` are left out for a finding about a whole file (docs/diagnostics.md).
        struct Item: Encodable {
            let file: String
            let line: Int?
            let column: Int?
            let severity: String
            let code: String
            let message: String
        }
        struct Summary: Encodable {
            let errors: Int
            let warnings: Int
            let notes: Int
            let files: Int
        }
        struct Document: Encodable {
            let findings: [Item]
            let summary: Summary
        }
        let items = findings.map {
            Item(file: displayPath($0.location.file), line: $0.location.line > 0 ? $0.location.line : nil,
                 column: $0.location.line > 0 && $0.location.column > 0 ? $0.location.column : nil,
                 severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message)
        }
        let errors = findings.errorCount, warnings = findings.warningCount
        let document = Document(findings: items, summary: Summary(errors: errors, warnings: warnings, notes: findings.count - errors - warnings, files: fileCount))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
