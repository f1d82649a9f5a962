import Foundation
import Mustache

/// A theme's templates once parsed (the swift-mustache library and the
/// compiled page templates), kept with the theme so that every build with
/// it — each rebuild of `workshop serve`, each event rendered on its own —
/// parses them once. A new box is made whenever the templates change.
final class ParsedTemplates: @unchecked Sendable {
    struct Parsed {
        var library: MustacheLibrary
        var pageTemplates: PageTemplates?
    }

    private let lock = NSLock()
    private var result: Result<Parsed, BuildError>?

    /// The parse, done on first use by `parse` (later calls reuse it).
    func get(_ parse: () -> Result<Parsed, BuildError>) -> Result<Parsed, BuildError> {
        lock.lock()
        defer { lock.unlock() }
        if let result { return result }
        let parsed = parse()
        result = parsed
        return parsed
    }
}
