import Foundation
import HTTPTypes
import Hummingbird

extension CollectionEndpoint {
    /// Adds the endpoint's routes to `router`.
    public func addRoutes(to router: Router<ServeContext>) {
        router.post("/api/events/:slug/worksheets") { request, context -> Response in
            let slug = context.parameters.get("slug") ?? ""
            var request = request
            var body = Data()
            var length = request.headers[.contentLength].flatMap { Int($0) }
            do {
                let buffer = try await request.collectBody(upTo: maximumBodySize)
                body = Data(buffer.readableBytesView)
            } catch {
                length = Int.max
            }
            let submission = Submission(slug: slug, joinCode: request.headers[.joinCode], editToken: request.headers[.editToken],
                                        contentType: request.headers[.contentType], contentLength: length, body: body,
                                        client: context.clientKey)
            return await submit(submission).response
        }
        router.get("/api/events/:slug/submissions") { request, context -> Response in
            let slug = context.parameters.get("slug") ?? ""
            let code = request.headers[.joinCode] ?? request.uri.queryParameters.get("code")
            return await submissions(slug: slug, joinCode: code).response
        }
    }
}
