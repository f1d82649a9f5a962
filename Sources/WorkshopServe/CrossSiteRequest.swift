import Foundation

/// Whether a state-changing request (POST, PUT, PATCH, DELETE) comes from
/// a page of another site: a browser says so in `Sec-Fetch-Site`
/// (`cross-site`, `same-site`: another port or subdomain is another origin)
/// and in `Origin` (which must be this server as the request names it in
/// `Host`; `null` is a sandboxed or file page). A request with neither (curl,
/// scripts) is not from a browser page and is let through to the join code.
public struct CrossSiteRequest: Sendable, Hashable {
    public var origin: String?
    public var fetchSite: String?
    public var host: String?

    public init(origin: String?, fetchSite: String?, host: String?) {
        self.origin = origin
        self.fetchSite = fetchSite
        self.host = host
    }

    public var isCrossSite: Bool {
        if let site = fetchSite?.trimmingCharacters(in: .whitespaces).lowercased(), site != "same-origin" && site != "none" {
            return true
        }
        guard let origin = origin?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        guard let host = host?.trimmingCharacters(in: .whitespaces).lowercased(), !host.isEmpty else { return true }
        return origin != "http://" + host
    }

    /// Methods that only read.
    public static func isSafe(_ method: String) -> Bool {
        ["GET", "HEAD", "OPTIONS"].contains(method.uppercased())
    }
}
