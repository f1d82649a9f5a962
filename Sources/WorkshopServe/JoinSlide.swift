import Foundation
import Markdown
import QRCode
import WorkshopModel
import WorkshopRender

/// The join slide (`/__workshop/join`, for the projector; the facilitator's):
/// the fill-in page's address on the room's network, the join code in large
/// type, and a QR code (libqrencode) of the address that carries the code, so
/// a phone that scans it never types the code. `workshop serve --collect`
/// prints the same address and QR code in the terminal at start.
struct JoinSlide: Sendable {
    /// `http://host:port/` as the room reaches it (the first printed address).
    var base: String
    var joinCode: String
    /// The event the room is filling in (the newest), if any.
    var event: Event?
    /// False when the server listens on loopback only: phones cannot reach it.
    var reachable: Bool

    /// The fill-in page's address, short enough to type.
    var fillAddress: String {
        base + (event.map { SitePaths.eventFolder($0.slug) + "fill/" } ?? "")
    }

    /// What the QR code holds: the join page with the code, going on to the fill-in page.
    var joinAddress: String {
        var address = base + "__workshop/join?code=" + joinCode
        if let event { address += "&next=/" + SitePaths.eventFolder(event.slug) + "fill/" }
        return address
    }

    /// The event the room fills in: the newest (events are in date order).
    static func currentEvent(in content: Content) -> Event? {
        content.events.last
    }

    /// Lines for the terminal: the address, then the QR code in UTF-8 half blocks.
    func terminalLines(_ l: Language) -> [String] {
        var lines = [l.pick(ja: "参加用 QR コード（\(joinAddress)）:", en: "Join QR code (\(joinAddress)):")]
        lines += QRCode(joinAddress)?.terminalLines().map { "  " + $0 } ?? []
        return lines
    }

    func html(_ l: Language) -> Data {
        func e(_ text: String) -> String { HTML.escape(text) }
        let qr = QRCode(joinAddress)?.svg(label: l.pick(ja: "参加用アドレスの QR コード", en: "QR code of the join address")) ?? ""
        let title = event.map { $0.title.isEmpty ? $0.slug : $0.title } ?? ""
        let warning = reachable ? "" : "<p class=\"join-warning\" role=\"alert\">" + e(l.pick(
            ja: "このサーバーはこのパソコンの中（127.0.0.1）だけで待ち受けています。参加者の端末からは開けません。workshop serve --collect --host 0.0.0.0 で起動し直してください。",
            en: "This server listens on this computer only (127.0.0.1): participants' devices cannot open it. Restart it with workshop serve --collect --host 0.0.0.0.")) + "</p>"
        let page = """
        <!DOCTYPE html>
        <html lang="\(l.rawValue)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(l.pick(ja: "参加方法", en: "How to join")))</title>
        <link rel="stylesheet" href="/assets/site.css">
        <style>
        body.page--join-slide{margin:0;min-height:100vh;background:#16324f;color:#fff;display:flex;align-items:center;justify-content:center}
        .join-slide{display:grid;grid-template-columns:minmax(0,auto) minmax(0,1fr);gap:4vmin;align-items:center;padding:4vmin;max-width:96vw}
        .join-qr{background:#fff;padding:1.5vmin;border-radius:1vmin;width:min(62vmin,90vw)}
        .join-qr svg{display:block;width:100%;height:auto}
        .join-slide h1{color:#fff;font-size:clamp(1.4rem,4.5vmin,3.2rem);margin:0 0 2vmin}
        .join-step{font-size:clamp(1rem,3vmin,2rem);margin:0 0 1vmin;color:#cfe3f7}
        .join-address{font-size:clamp(1.1rem,3.6vmin,2.6rem);font-weight:700;word-break:break-all;margin:0 0 3vmin}
        .join-code{font-size:clamp(2.5rem,13vmin,9rem);font-weight:800;letter-spacing:.12em;line-height:1;margin:0 0 2vmin;font-variant-numeric:tabular-nums}
        .join-event{color:#cfe3f7;font-size:clamp(.9rem,2.4vmin,1.5rem)}
        .join-warning{background:#fef3c7;color:#7c2d12;padding:1em;border-radius:.4em}
        @media (max-aspect-ratio:1/1){.join-slide{grid-template-columns:1fr;justify-items:center;text-align:center}}
        </style>
        </head><body class="page page--join-slide">
        <main class="join-slide">
        <div class="join-qr">\(qr)</div>
        <div>
        <h1>\(e(l.pick(ja: "ワークシートの記入に参加する", en: "Join the worksheet")))</h1>
        \(warning)
        <p class="join-step">\(e(l.pick(ja: "スマートフォンで QR コードを読み取るか、このアドレスを開きます", en: "Scan the QR code, or open this address")))</p>
        <p class="join-address"><span data-join-address>\(e(fillAddress))</span></p>
        <p class="join-step">\(e(l.pick(ja: "参加コード", en: "Join code")))</p>
        <p class="join-code" data-join-code>\(e(joinCode))</p>
        <p class="join-event">\(e(title))</p>
        </div>
        </main>
        </body></html>
        """
        return Data(page.utf8)
    }
}
