import Foundation
import Templates

/// Every key each template was given during a render (at any depth of its
/// values), when a `SiteRenderer` is handed one. The test that holds
/// docs/themes.md to the code reads it; a theme author can use it to see
/// what a page really receives.
public final class TemplateValueLog: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [String: Set<String>] = [:]
    private var topLevel: [String: Set<String>] = [:]

    public init() {}

    func record(template: String, values: TemplateObject) {
        var found = Set<String>()
        Self.collect(.object(values), into: &found)
        lock.lock()
        defer { lock.unlock() }
        keys[template, default: []].formUnion(found)
        topLevel[template, default: []].formUnion(values.keys)
    }

    /// The keys `template` received anywhere in its values, over every page rendered with it.
    public func keys(of template: String) -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return keys[template] ?? []
    }

    /// The keys `template` received at the top of its values.
    public func topLevelKeys(of template: String) -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return topLevel[template] ?? []
    }

    public var templates: [String] {
        lock.lock()
        defer { lock.unlock() }
        return keys.keys.sorted()
    }

    private static func collect(_ value: TemplateValue, into found: inout Set<String>) {
        switch value {
        case .object(let object):
            for (key, child) in object {
                // The UI strings are one value (`t`), not keys a template documents.
                found.insert(key)
                if key != "t" { collect(child, into: &found) }
            }
        case .list(let items):
            for item in items { collect(item, into: &found) }
        default:
            break
        }
    }
}
