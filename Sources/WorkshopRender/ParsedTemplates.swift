import Foundation
import Templates

/// A theme's templates once parsed, kept with the theme so that every build
/// with it — each rebuild of `workshop serve`, each event rendered on its own —
/// parses them once. A new box is made whenever the templates change.
final class ParsedTemplates: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<TemplateLibrary, BuildError>?

    /// The parse, done on first use by `parse` (later calls reuse it).
    func get(_ parse: () -> Result<TemplateLibrary, BuildError>) -> Result<TemplateLibrary, BuildError> {
        lock.lock()
        defer { lock.unlock() }
        if let result { return result }
        let parsed = parse()
        result = parsed
        return parsed
    }
}
