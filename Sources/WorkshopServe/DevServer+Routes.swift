import Foundation
import HTTPTypes
import Hummingbird
import ServiceLifecycle
import WorkshopModel

extension DevServer {
    /// A file of the output folder; HTML gets the live-reload script. While the
    /// content has errors, pages are replaced by the list of errors.
    func serveFile(_ path: String) async -> Response {
        let files = StaticFiles(root: options.build.output)
        let lookup = files.lookup(path)
        if let failure = await site.lastFailure, Self.isPage(lookup) {
            let language = await self.language
            let page = ServerPages.buildFailed(title: language.pick(ja: "サイトを作成できませんでした", en: "The site could not be built"),
                                               message: displayPath.clean(failure.message(in: language)),
                                               findings: failureFindings(failure, language: language),
                                               displayRoot: displayPath.root, language: language)
            return html(page, status: .internalServerError)
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

    static func isPage(_ lookup: StaticFiles.Lookup) -> Bool {
        switch lookup {
        case .file(_, let type): type.hasPrefix("text/html")
        case .notFound: true
        default: false
        }
    }

    func html(_ data: Data, status: HTTPResponse.Status) -> Response {
        let body = options.liveReload ? LiveReloadScript.inject(into: data) : data
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
                        body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// `GET /__workshop/events`: server-sent events until the page or the server goes away.
    func eventStream() async -> Response {
        let stream = await reload.subscribe()
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                        body: ResponseBody { writer in
                            let reload = self.reload
                            try await withGracefulShutdownHandler {
                                for await message in stream {
                                    try await writer.write(ByteBuffer(string: message))
                                }
                            } onGracefulShutdown: {
                                Task { await reload.close() }
                            }
                            try await writer.finish(nil)
                        })
    }

    /// `GET /__workshop/submissions`: the facilitator's (the gate let only the facilitator key through).
    func submissionsPage(_ request: Request, _ context: ServeContext) async -> Response {
        let language = await self.language
        let content = await site.currentContent
        let entries = await log.allEntries()
        var fill: [String: String] = [:]
        for event in content.events { fill[event.slug] = "/events/\(event.slug)/fill/" }
        let page = ServerPages.submissions(entries, events: content.events, joinCode: joinCode.value, fillURLs: fill, language: language)
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
                        body: .init(byteBuffer: ByteBuffer(bytes: page)))
    }

    /// `GET /__workshop/`: the facilitator's start (the gate let only the facilitator key through).
    func facilitatorHome() -> Response {
        Response(status: .seeOther, headers: [.location: options.collect ? "/__workshop/submissions" : "/", .cacheControl: "no-store"])
    }

    /// `GET /__workshop/join`: where a participant types the join code once (`?next=` is where to go after).
    func joinPage(_ request: Request) async -> Response {
        let language = await self.language
        let next = AccessGate.localTarget(request.uri.queryParameters.get("next") ?? "/")
        return AccessGate.page(AccessPages.join(next: next, wrong: false, language: language), status: .ok)
    }
}
