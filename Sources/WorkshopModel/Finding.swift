/// How serious a finding is.
public enum FindingSeverity: String, Sendable, Hashable, Codable, Comparable {
    case error, warning, note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (a: FindingSeverity, b: FindingSeverity) -> Bool { a.rank < b.rank }
}

/// A problem found in the content, pointing at file, line and column like a
/// compiler diagnostic. The message is in the site's language.
public struct Finding: Sendable, Hashable, Codable {
    public var code: FindingCode
    public var severity: FindingSeverity
    public var location: SourceLocation
    public var message: String

    public init(_ code: FindingCode, at location: SourceLocation, _ message: String, severity: FindingSeverity? = nil) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.location = location
        self.message = message
    }

    /// Sorted for output: by file, line, column, then severity.
    public static func ordered(_ findings: [Finding]) -> [Finding] {
        findings.sorted {
            if $0.location != $1.location { return $0.location < $1.location }
            if $0.severity != $1.severity { return $0.severity < $1.severity }
            return $0.code.rawValue < $1.code.rawValue
        }
    }
}

extension Array where Element == Finding {
    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The findings as reported: placeholders folded (`foldingPlaceholders`),
    /// then with `--strict` the findings the spec marks "error with --strict" become errors.
    /// Every path that reports findings (check, build, serve, the endpoint) goes through here.
    public func applyingStrict(_ strict: Bool) -> [Finding] {
        let folded = foldingPlaceholders()
        guard strict else { return folded }
        return folded.map { finding in
            var finding = finding
            if finding.code.isErrorWhenStrict && finding.severity == .warning { finding.severity = .error }
            return finding
        }
    }
}

extension Array where Element == Finding {
    /// One finding per unfilled field: where a `placeholder-text` warning and
    /// an error about the same value (missing 事業内容 / 影響 / 理由, an
    /// unreadable threat or procedure number) stand at the same place, the
    /// error stays (its code and severity) with the placeholder's plain words.
    public func foldingPlaceholders() -> [Finding] {
        let placeholders = filter { $0.code == .placeholderText }
        guard !placeholders.isEmpty else { return self }
        var messages: [SourceLocation: String] = [:]
        for finding in placeholders where messages[finding.location] == nil { messages[finding.location] = finding.message }
        let folded = Set(filter { $0.code.saysAValueIsMissing && messages[$0.location] != nil }.map(\.location))
        guard !folded.isEmpty else { return self }
        return compactMap { finding in
            if finding.code == .placeholderText { return folded.contains(finding.location) ? nil : finding }
            guard finding.code.saysAValueIsMissing, let message = messages[finding.location] else { return finding }
            var finding = finding
            finding.message = message
            return finding
        }
    }
}

/// A finding can stand as the error of a step that could not go on.
extension Finding: Error {}
