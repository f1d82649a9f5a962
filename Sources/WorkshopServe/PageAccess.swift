import Foundation
import WorkshopBuild
import WorkshopRender

/// Who may open a path of the dev server, by the kind of page it is
/// (`PageKind`, from the site's own layout) — never by looking at the HTML.
/// The table is in docs/serve.md ("Who sees what").
public enum PageAccess {
    /// The least a visitor must be to get `path` (a URL path, percent-encoded as sent).
    /// A photo is the participants' only when it is among `publicPhotos`
    /// (output paths of `publish: true`, `reviewed: true` photos); every other
    /// processed photo is the facilitator's.
    public static func required(for path: String, collect: Bool, publicPhotos: Set<String> = []) -> Visitor {
        let pathOnly = String(path.prefix { $0 != "?" && $0 != "#" })
        // A path that does not decode is refused by the file lookup anyway; ask the most.
        guard let decoded = pathOnly.removingPercentEncoding else { return .facilitator }
        if decoded == "/__workshop/join" || decoded == "/__workshop/join/" { return .none }
        if decoded == "/__workshop/events" { return collect ? .participant : .facilitator }
        if decoded.hasPrefix("/__workshop") { return .facilitator }
        // The collection endpoints check the join code themselves (header or cookie), after the attempt limit.
        if isCollectionEndpoint(decoded) { return .none }
        let participantLevel: Visitor = collect ? .participant : .facilitator
        let kind = PageKind.of(decoded)
        if kind == .asset || kind == .notFound { return .none }
        if kind == .photo {
            return publicPhotos.contains(String(decoded.drop { $0 == "/" })) ? participantLevel : .facilitator
        }
        return kind.participantsMayOpen ? participantLevel : .facilitator
    }

    /// `/api/events/<slug>/worksheets`, `…/groups` and `…/submissions`: the
    /// routes that check the join code themselves. Any other `/api/…` path is the facilitator's.
    static func isCollectionEndpoint(_ path: String) -> Bool {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 6, parts[5].isEmpty { parts.removeLast() }
        return parts.count == 5 && parts[0].isEmpty && parts[1] == "api" && parts[2] == "events" && !parts[3].isEmpty
            && ["worksheets", "groups", "submissions"].contains(parts[4])
    }
}
