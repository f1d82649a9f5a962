import Foundation
import WorkshopModel

extension DevServer {
    /// Prints where the site is, and with `--collect` the join code and the fill-in pages.
    func announce() async {
        let language = self.language
        let content = site.snapshot.current.content
        let hosts = options.isLoopback ? [options.host] : [options.host] + Self.lanAddresses()
        let shown = hosts.filter { $0 != "0.0.0.0" && $0 != "::" }
        let bases = (shown.isEmpty ? ["127.0.0.1"] : shown).map { "http://\($0.contains(":") ? "[\($0)]" : $0):\(options.port)/" }
        say(language.pick(ja: "サイト: \(bases.joined(separator: "  "))", en: "Site: \(bases.joined(separator: "  "))"))
        if !options.isLoopback {
            say(language.pick(ja: "注意: \(options.host) で待ち受けています。同じネットワークの参加者がこのサーバーに接続できます。",
                              en: "Warning: listening on \(options.host): participants on the network can reach this server."))
        }
        guard options.collect else {
            say(language.pick(ja: "Ctrl-C で止めます。", en: "Press Ctrl-C to stop."))
            return
        }
        say(language.pick(ja: "参加コード: \(joinCode.value)", en: "Join code: \(joinCode.value)"))
        say(language.pick(ja: "記入フォーム:", en: "Fill-in forms:"))
        for event in content.events {
            for base in bases { say("  \(base)events/\(event.slug)/fill/index.html") }
        }
        say(language.pick(ja: "提出状況: \(bases[0])__workshop/submissions", en: "Submissions: \(bases[0])__workshop/submissions"))
        say(language.pick(ja: "Ctrl-C で止めます。", en: "Press Ctrl-C to stop."))
    }

    /// The machine's IPv4 addresses other than loopback (best effort).
    static func lanAddresses() -> [String] {
        var addresses: [String] = []
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return [] }
        defer { freeifaddrs(list) }
        var cursor: UnsafeMutablePointer<ifaddrs>? = first
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else { continue }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            guard getnameinfo(address, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 else { continue }
            let text = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if !text.hasPrefix("127.") { addresses.append(text) }
        }
        return addresses
    }
}
