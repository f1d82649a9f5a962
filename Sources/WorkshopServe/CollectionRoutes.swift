import Foundation
import HTTPTypes
import Hummingbird

extension CollectionEndpoint {
    /// Adds the endpoint's routes to `router`. Everything that can be decided
    /// from the headers (attempt limit, join code, event, submission bucket,
    /// declared size) is decided before the body is read; the body is read up
    /// to the size limit (its deadline is the connection's: `ConnectionGuard`).
    public func addRoutes(to router: Router<ServeContext>) {
        for sheet in [CollectedSheet.worksheet, .groupSheet] {
            router.post("/api/events/:slug/\(sheet.folder)") { request, context -> Response in
                let slug = context.parameters.get("slug") ?? ""
                let length = request.headers[.contentLength].flatMap { Int($0) }
                if let refusal = await admit(slug: slug, joinCode: request.headers[.joinCode], visitor: context.visitor,
                                             client: context.clientKey, contentLength: length, sheet: sheet) {
                    return refusal.response
                }
                var request = request
                var body = Data()
                var read = length
                do {
                    let buffer = try await request.collectBody(upTo: maximumBodySize)
                    body = Data(buffer.readableBytesView)
                } catch {
                    read = Int.max
                }
                let submission = Submission(slug: slug, joinCode: request.headers[.joinCode], editToken: request.headers[.editToken],
                                            contentType: request.headers[.contentType], contentLength: read, body: body,
                                            client: context.clientKey, visitor: context.visitor, sheet: sheet)
                return await accept(submission).response
            }
        }
        router.get("/api/events/:slug/submissions") { request, context -> Response in
            let slug = context.parameters.get("slug") ?? ""
            let code = request.headers[.joinCode] ?? request.uri.queryParameters.get("code")
            return await submissions(slug: slug, joinCode: code, visitor: context.visitor, client: context.clientKey).response
        }
    }
}
