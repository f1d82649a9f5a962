import Foundation
import WorkshopSite

/// Who may open a path of the dev server, by the kind of page it is
/// (`PageKind`, from the site's own layout) — never by looking at the HTML.
/// The table is in docs/serve.md ("Who sees what").
public enum PageAccess {
    /// The least a visitor must be to get `path` (a URL path, percent-encoded as sent).
    public static func required(for path: String, collect: Bool) -> Visitor {
        let pathOnly = String(path.prefix { $0 != "?" && $0 != "#" })
        // A path that does not decode is refused by the file lookup anyway; ask the most.
        guard let decoded = pathOnly.removingPercentEncoding else { return .facilitator }
        if decoded == "/__workshop/join" || decoded == "/__workshop/join/" { return .none }
        if decoded == "/__workshop/events" { return collect ? .participant : .facilitator }
        if decoded.hasPrefix("/__workshop") { return .facilitator }
        // The collection endpoint checks the join code itself (header or cookie), after the attempt limit.
        if decoded.hasPrefix("/api/") { return .none }
        let participantLevel: Visitor = collect ? .participant : .facilitator
        let kind = PageKind.of(decoded)
        if kind == .asset || kind == .notFound { return .none }
        return kind.participantsMayOpen ? participantLevel : .facilitator
    }
}
