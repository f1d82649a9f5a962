import Foundation
import WorkshopModel

extension DevServer {
    /// Prints where the site is, and with `--collect` the join code and the fill-in pages.
    func announce() async {
        let language = self.language
        let content = site.snapshot.current.content
        let bases = (printedHosts.isEmpty ? ["127.0.0.1"] : printedHosts).map { "http://\($0.contains(":") ? "[\($0)]" : $0):\(options.port)/" }
        say(language.pick(ja: "サイト: \(bases.joined(separator: "  "))", en: "Site: \(bases.joined(separator: "  "))"))
        // The facilitator's address carries the key once; the server swaps it for a cookie.
        let own = options.host == "0.0.0.0" || options.host == "::" ? "127.0.0.1" : options.host
        let local = "http://\(own.contains(":") ? "[\(own)]" : own):\(options.port)/"
        say(language.pick(ja: "ファシリテーター用（このアドレスは参加者に見せないでください）: \(local)__workshop/?key=\(facilitatorKey.value)",
                          en: "Facilitator (do not show this address to participants): \(local)__workshop/?key=\(facilitatorKey.value)"))
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
        say(language.pick(ja: "参加者は参加コードを一度入力します。QR コードで開いた人は入力不要です。",
                          en: "Participants type the join code once; those who scan the QR code never do."))
        for line in joinSlide.terminalLines(language) { say(line) }
        say(language.pick(ja: "参加用スライド（プロジェクターに映す）: \(local)__workshop/join（ファシリテーターキーが必要）",
                          en: "Join slide (for the projector): \(local)__workshop/join (needs the facilitator key)"))
        say(language.pick(ja: "ダッシュボード: \(local)__workshop/（ファシリテーターキーが必要）",
                          en: "Dashboard: \(local)__workshop/ (needs the facilitator key)"))
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
