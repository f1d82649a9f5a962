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

    /// With `--strict`, the findings the spec marks "error with --strict" become errors.
    public func applyingStrict(_ strict: Bool) -> [Finding] {
        guard strict else { return self }
        return map { finding in
            var finding = finding
            if finding.code.isErrorWhenStrict && finding.severity == .warning { finding.severity = .error }
            return finding
        }
    }
}

/// A finding can stand as the error of a step that could not go on.
extension Finding: Error {}
