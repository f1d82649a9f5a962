import Foundation

/// The `Host` names the server answers to: the address it binds (unless that
/// is a wildcard), the addresses it prints (the machine's LAN addresses with
/// `--host 0.0.0.0`), `localhost`, `127.0.0.1`, `[::1]`, and every
/// `--allow-host`. A request for any other name (a DNS-rebinding page whose
/// name now points at this machine) gets 421 before anything else is done.
public struct HostAllowlist: Sendable, Hashable {
    /// Lowercased names, IPv6 addresses in brackets, without port.
    public let names: Set<String>

    public init(boundHost: String, printedHosts: [String], allowed: [String]) {
        var names: Set<String> = ["localhost", "127.0.0.1", "[::1]"]
        for host in [boundHost] + printedHosts + allowed {
            let name = Self.bare(host)
            if !name.isEmpty && name != "0.0.0.0" && name != "[::]" { names.insert(name) }
        }
        self.names = names
    }

    /// Whether a `Host` header (`name`, `name:port`, `[v6]:port`) names this
    /// server. Only the name matters: a rebinding page connects to the right port anyway.
    public func admits(_ header: String?) -> Bool {
        guard let header = header?.trimmingCharacters(in: .whitespaces).lowercased(), !header.isEmpty else { return false }
        var name = header
        if let colon = header.lastIndex(of: ":"), !header.hasSuffix("]"), header.first == "[" || header.filter({ $0 == ":" }).count == 1 {
            guard Int(header[header.index(after: colon)...]) != nil else { return false }
            name = String(header[..<colon])
        }
        if name.hasSuffix(".") { name.removeLast() }
        return names.contains(name)
    }

    /// `name` lowercased, an IPv6 address in brackets, no port.
    static func bare(_ host: String) -> String {
        let text = host.trimmingCharacters(in: .whitespaces).lowercased()
        if text.hasPrefix("[") { return text.split(separator: "]").first.map { $0 + "]" } ?? text }
        if text.filter({ $0 == ":" }).count > 1 { return "[" + text + "]" }
        return text
    }
}
