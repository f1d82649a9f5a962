import Foundation
import HTTPTypes
import Hummingbird
import ServiceLifecycle
import WorkshopModel

extension DevServer {
    /// A file of the output folder; HTML gets the live-reload script. The
    /// output always holds the last good version of every page (content
    /// errors leave files out, a failed write leaves the folder as it was),
    /// so this never waits for a build and never answers with an error page.
    func serveFile(_ path: String) async -> Response {
        let files = StaticFiles(root: options.build.output)
        var lookup = files.lookup(path)
        // A full write swaps the output folder with two renames; a request in between looks again.
        for _ in 0..<10 where lookup == .notFound && !FileManager.default.fileExists(atPath: files.root) {
            try? await Task.sleep(for: .milliseconds(20))
            lookup = files.lookup(path)
        }
        switch lookup {
        case .refused:
            return Response(status: .badRequest, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "Bad Request\n")))
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location, .cacheControl: "no-cache"])
        case .notFound:
            if let page = files.notFoundPage, let data = FileManager.default.contents(atPath: page) {
                return html(data, status: .notFound)
            }
            return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "Not Found\n")))
        case .file(let file, let contentType):
            guard let data = FileManager.default.contents(atPath: file) else {
                return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "Not Found\n")))
            }
            if contentType.hasPrefix("text/html") { return html(data, status: .ok) }
            return Response(status: .ok, headers: [.contentType: contentType, .cacheControl: "no-cache"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }

    func html(_ data: Data, status: HTTPResponse.Status) -> Response {
        let body = options.liveReload ? LiveReloadScript.inject(into: data) : data
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
                        body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// `GET /__workshop/events`: server-sent events until the page or the
    /// server goes away. `facilitator`: the page also gets the content's
    /// errors. A failed write (the page has gone; the heartbeat finds it
    /// within `heartbeatInterval`) drops the listener and frees the socket.
    func eventStream(facilitator: Bool) async -> Response {
        let reload = self.reload
        let subscription = await reload.subscribe(facilitator: facilitator)
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                        body: ResponseBody { writer in
                            do {
                                try await withGracefulShutdownHandler {
                                    for await message in subscription.messages {
                                        try await writer.write(ByteBuffer(string: message))
                                    }
                                } onGracefulShutdown: {
                                    Task { await reload.close() }
                                }
                            } catch {
                                await reload.remove(subscription.id)
                                throw error
                            }
                            await reload.remove(subscription.id)
                            try await writer.finish(nil)
                        })
    }

    /// `GET /__workshop/submissions`: the facilitator's (the gate let only the facilitator key through).
    /// `GET /__workshop/` (and `/__workshop/submissions`, its old address): the facilitator's dashboard.
    func dashboardPage() async -> Response {
        let current = site.snapshot.current
        let entries = await log.allEntries()
        let board = RoomDashboard(content: current.content, findings: current.findings, leftOut: current.leftOut, log: entries,
                                  leftOutGroups: current.leftOutGroups)
        let page = DashboardPage.html(board, entries: entries, joinCode: options.collect ? joinCode.value : nil,
                                     siteTitle: current.content.site.title, language: language)
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
                        body: .init(byteBuffer: ByteBuffer(bytes: page)))
    }

    /// `GET /__workshop/join`: for the facilitator (with `--collect`) the join
    /// slide for the projector; for anyone else the page where a participant
    /// types the join code once (`?next=` is where to go after).
    func joinPage(_ request: Request, _ context: ServeContext) async -> Response {
        let language = self.language
        if context.visitor == .facilitator && options.collect {
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(bytes: joinSlide.html(language))))
        }
        let next = AccessGate.localTarget(request.uri.queryParameters.get("next") ?? "/")
        return AccessGate.page(AccessPages.join(next: next, wrong: false, language: language), status: .ok)
    }

    /// The join slide as the room sees it now.
    var joinSlide: JoinSlide {
        let host = printedHosts.first ?? (options.isLoopback ? options.host : "127.0.0.1")
        let base = "http://\(host.contains(":") ? "[\(host)]" : host):\(options.port)/"
        return JoinSlide(base: base, joinCode: joinCode.value, event: JoinSlide.currentEvent(in: site.snapshot.current.content),
                         reachable: !options.isLoopback)
    }
}
