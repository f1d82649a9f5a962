import Foundation
import HTTPTypes
import Hummingbird
import WorkshopLoad
import WorkshopModel

/// The photo review's edits under `workshop serve`: `GET /__workshop/photos/<slug>`
/// tells the review page it may edit; `POST` with
/// `{"file", "reviewed", "regions": [{x, y, width, height, style}]}` replaces
/// that photo's regions and `reviewed` in photos.yaml (written atomically;
/// the watcher then rebuilds and the page reloads). Only for the facilitator
/// (the access gate's key cookie), and only with the `X-Workshop-Review: 1` header a cross-site form cannot send.
struct PhotoReviewRoutes: Sendable {
    let server: DevServer

    struct Edit: Decodable {
        struct Region: Decodable {
            var x: Double
            var y: Double
            var width: Double
            var height: Double
            var style: String?
        }
        var file: String
        var reviewed: Bool
        var regions: [Region]
    }

    func add(to router: Router<ServeContext>) {
        router.get("/__workshop/photos/:slug") { request, context -> Response in
            await reply(to: request, context) { event, _ in
                .init(.ok, #"{"event":"\#(event.slug)","photos":\#(event.photos.count)}"#, type: "application/json")
            }
        }
        router.post("/__workshop/photos/:slug") { request, context -> Response in
            var request = request
            let body = try? await request.collectBody(upTo: 64 * 1024)
            return await reply(to: request, context) { event, language in
                guard let body, let edit = try? JSONDecoder().decode(Edit.self, from: Data(body.readableBytesView)) else {
                    return .init(.badRequest, "expected {\"file\", \"reviewed\", \"regions\"} as JSON\n")
                }
                return await save(edit, in: event, language: language)
            }
        }
    }

    struct Reply {
        var status: HTTPResponse.Status
        var text: String
        var type = "text/plain; charset=utf-8"

        init(_ status: HTTPResponse.Status, _ text: String, type: String = "text/plain; charset=utf-8") {
            self.status = status
            self.text = text
            self.type = type
        }
    }

    private func reply(to request: Request, _ context: ServeContext, _ handle: (Event, Language) async -> Reply) async -> Response {
        let slug = context.parameters.get("slug") ?? ""
        let content = server.site.snapshot.current.content
        let language = content.site.language
        let result: Reply
        if context.visitor != .facilitator {
            result = Reply(.forbidden, language.pick(ja: "写真の確認はファシリテーターだけが使えます\n", en: "photo review is for the facilitator only\n"))
        } else if request.headers[HTTPField.Name("X-Workshop-Review")!] != "1" {
            result = Reply(.forbidden, "X-Workshop-Review: 1 is needed\n")
        } else if let event = content.event(slug) {
            result = await handle(event, language)
        } else {
            result = Reply(.notFound, language.pick(ja: "イベント '\(slug)' がありません\n", en: "no event '\(slug)'\n"))
        }
        return Response(status: result.status, headers: [.contentType: result.type, .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(string: result.text)))
    }

    /// Checks the regions, then hands the change to the editor (one save at a time, from the file on disk).
    func save(_ edit: Edit, in event: Event, language: Language) async -> Reply {
        var regions: [PrivacyRegion] = []
        for region in edit.regions {
            let value = PrivacyRegion(x: region.x, y: region.y, width: region.width, height: region.height,
                                      style: PrivacyRegion.Style(rawValue: region.style ?? "blur") ?? .blur, location: SourceLocation(file: ""))
            guard value.isInsidePicture else {
                return Reply(.badRequest, language.pick(ja: "領域が写真の外にはみ出しています（幅と高さに対する 0〜1 の割合で）\n",
                                                        en: "a region lies outside the picture (fractions 0…1 of its width and height)\n"))
            }
            regions.append(value)
        }
        return await server.photoListEditor.save(.init(file: edit.file, reviewed: edit.reviewed, regions: regions), event: event.slug, language: language)
    }
}
