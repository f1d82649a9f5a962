import Foundation
import HTTPTypes
import WorkshopLoad
import WorkshopModel

/// Applies the review page's saves to an event's photos.yaml one at a time,
/// each starting from the file as it is on disk at that moment (never from
/// the last build, which may not have seen the previous save yet), and
/// refuses while the file has errors, so a save never undoes another or the
/// facilitator's own edits.
actor PhotoListEditor {
    let contentRoot: String
    let display: DisplayPath

    init(contentRoot: String, display: DisplayPath) {
        self.contentRoot = contentRoot
        self.display = display
    }

    struct Change: Sendable {
        var file: String
        var reviewed: Bool
        /// Checked to lie inside the picture; their locations are set to the photo's entry.
        var regions: [PrivacyRegion]
    }

    /// Replaces one photo's regions and `reviewed` in the photos.yaml of `slug`.
    func save(_ change: Change, event slug: String, language: Language) -> PhotoReviewRoutes.Reply {
        let eventFolder = URL(fileURLWithPath: contentRoot).appendingPathComponent("events/\(slug)")
        let name = FileManager.default.fileExists(atPath: eventFolder.appendingPathComponent("photos.yml").path)
            && !FileManager.default.fileExists(atPath: eventFolder.appendingPathComponent("photos.yaml").path) ? "photos.yml" : "photos.yaml"
        let relative = "events/\(slug)/\(name)"
        let path = eventFolder.appendingPathComponent(name).path
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return .init(.notFound, language.pick(ja: "\(relative) を読めません\n", en: "cannot read \(relative)\n"))
        }
        let folder = (try? FileManager.default.contentsOfDirectory(atPath: eventFolder.appendingPathComponent("photos").path)) ?? []
        let (read, findings) = PhotosYAML.read(text, file: relative, folder: folder, language: language)
        if let error = findings.first(where: { $0.severity == .error && $0.location.file == relative }) {
            let at = "\(relative):\(error.location.line):\(error.location.column)"
            return .init(.conflict, language.pick(
                ja: "\(name) にエラーがあるため保存しませんでした。先に直してください（\(at): \(error.message)）\n",
                en: "\(name) has errors, so nothing was saved; fix it first (\(at): \(error.message))\n"))
        }
        var photos = read
        guard let index = photos.firstIndex(where: { $0.file == change.file }) else {
            return .init(.notFound, language.pick(ja: "\(name) に '\(change.file)' がありません\n", en: "no photo '\(change.file)' in \(name)\n"))
        }
        let here = photos[index].location
        photos[index].regions = change.regions.map { region in
            var region = region
            region.location = here
            return region
        }
        photos[index].reviewed = change.reviewed
        do {
            try AtomicFile.write(Data(PhotosYAML.text(photos).utf8), to: path)
        } catch {
            return .init(.internalServerError, display.clean(language.pick(ja: "\(name) を書き込めません: \(error)\n", en: "could not write \(name): \(error)\n")))
        }
        return .init(.ok, language.pick(ja: "保存しました: \(change.file)（領域 \(change.regions.count)、確認済み: \(change.reviewed ? "はい" : "いいえ")）\n",
                                        en: "saved \(change.file): \(change.regions.count) regions, reviewed: \(change.reviewed)\n"))
    }
}
