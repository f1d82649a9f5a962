import WorkshopModel

/// Reads an event's `photos.yaml` against the files of its `photos/` folder:
/// each entry names a file, its report section, caption, `publish`,
/// `reviewed` and privacy regions. A listed file that is missing, an image
/// nobody listed, a region outside the picture and a file listed twice are
/// findings at the entry concerned. Whether an image can be decoded is the
/// photo processing's business (`WorkshopPhotos`); this reader never opens one.
struct PhotosReader: Sendable {
    var language: Language

    /// The file extensions read as photos (what libvips reads from phones and cameras).
    static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "webp", "heic", "heif", "avif"]
    static let keys = ["file", "section", "caption", "publish", "reviewed", "regions"]
    static let regionKeys = ["x", "y", "width", "height", "style"]

    /// `text` is photos.yaml (nil when there is none), `file` its path, `folder` the names in `photos/`.
    func read(_ text: String?, file: String, folder: [String]) -> ([Photo], [Finding]) {
        var findings: [Finding] = []
        var photos: [Photo] = []
        let photosFolder = String(file.split(separator: "/").dropLast().joined(separator: "/")) + "/photos"
        if let text {
            let (parsed, problems) = YAMLFields.document(text, file: file, language: language)
            findings += problems
            if let document = parsed {
                var top = YAMLFields(document, known: ["photos"], language: language)
                for item in top.list("photos") {
                    if let photo = readPhoto(item, findings: &findings) { photos.append(photo) }
                }
                findings += top.findings
            }
        }
        var seen: [String: SourceLocation] = [:]
        let present = Set(folder)
        for photo in photos {
            if let first = seen[photo.file] {
                findings.append(Finding(.duplicatePhoto, at: photo.location, language.pick(
                    ja: "'\(photo.file)' は \(first.line) 行目にも書かれています",
                    en: "'\(photo.file)' is already listed on line \(first.line)")))
                continue
            }
            seen[photo.file] = photo.location
            if !present.contains(photo.file) {
                findings.append(Finding(.missingPhoto, at: photo.location, language.pick(
                    ja: "写真 '\(photo.file)' が \(photosFolder)/ にありません",
                    en: "the photo '\(photo.file)' is not in \(photosFolder)/")))
            }
        }
        for name in folder.sorted() where seen[name] == nil {
            let path = photosFolder + "/" + name
            if Self.imageExtensions.contains(Self.fileExtension(name)) {
                findings.append(Finding(.unlistedPhoto, at: SourceLocation(file: path), language.pick(
                    ja: "photos.yaml に書かれていない写真です。どのレポートにも載りません",
                    en: "this photo is not listed in photos.yaml; no page shows it")))
            } else {
                findings.append(Finding(.unexpectedFile, at: SourceLocation(file: path), language.pick(
                    ja: "写真（JPEG、PNG、WebP、HEIC）ではないため読み込みません",
                    en: "not a photo (JPEG, PNG, WebP, HEIC); it is not read")))
            }
        }
        // A photo listed twice keeps its first entry only.
        var kept = Set<String>()
        photos = photos.filter { kept.insert($0.file).inserted }
        return (photos, findings)
    }

    static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    private func readPhoto(_ item: YAMLValue, findings: inout [Finding]) -> Photo? {
        guard item.isMapping else {
            findings.append(Finding(.invalidField, at: item.location, language.pick(
                ja: "写真は「file: 名前」などのキーで書いてください",
                en: "write each photo as 'file: name' and the other keys")))
            return nil
        }
        var fields = YAMLFields(item, known: Self.keys, language: language)
        defer { findings += fields.findings }
        guard let file = fields.required("file") else { return nil }
        guard !file.contains("/"), !file.contains("\\"), !file.hasPrefix(".") else {
            fields.findings.append(Finding(.invalidField, at: fields.location(of: "file"), language.pick(
                ja: "'file' には photos/ の中のファイル名だけを書いてください（'\(file)' になっています）",
                en: "'file' should be a file name inside photos/, not '\(file)'")))
            return nil
        }
        var photo = Photo(file: file, location: item.location)
        if let section = fields.text("section") {
            switch section.lowercased() {
            case "seminar": photo.section = .seminar
            case "workshop": photo.section = .workshop
            case "presentation": photo.section = .presentation
            default: photo.section = .heading(section)
            }
        }
        photo.caption = fields.text("caption") ?? ""
        photo.publish = flag("publish", in: &fields)
        photo.reviewed = flag("reviewed", in: &fields)
        for region in fields.list("regions") {
            if let read = readRegion(region, findings: &findings) { photo.regions.append(read) }
        }
        return photo
    }

    private func flag(_ key: String, in fields: inout YAMLFields) -> Bool {
        guard let value = fields.raw(key), value.string != nil else { return false }
        if let flag = value.bool { return flag }
        fields.findings.append(Finding(.invalidField, at: value.location, language.pick(
            ja: "'\(key)' は true か false で書いてください（'\(value.string ?? "")' になっています）",
            en: "'\(key)' should be true or false, not '\(value.string ?? "")'")))
        return false
    }

    /// `{x: 0.1, y: 0.2, width: 0.1, height: 0.15, style: pixelate}` or `[0.1, 0.2, 0.1, 0.15]`.
    private func readRegion(_ value: YAMLValue, findings: inout [Finding]) -> PrivacyRegion? {
        let numbers: [Double?]
        var style = PrivacyRegion.Style.blur
        if value.isMapping {
            var fields = YAMLFields(value, known: Self.regionKeys, language: language)
            numbers = ["x", "y", "width", "height"].map { key in fields.text(key).flatMap { Double(IDText.normalize($0)) } }
            if let written = fields.text("style") {
                if let known = PrivacyRegion.Style(rawValue: written.lowercased()) {
                    style = known
                } else {
                    fields.findings.append(Finding(.invalidField, at: fields.location(of: "style"), language.pick(
                        ja: "'style' は blur か pixelate です（'\(written)' になっています）。ぼかしにします",
                        en: "'style' is blur or pixelate, not '\(written)'; blurring instead")))
                }
            }
            findings += fields.findings
        } else if let items = value.node.sequence {
            numbers = items.map { YAMLValue(node: $0, file: value.file, lineOffset: value.lineOffset).text.flatMap { Double(IDText.normalize($0)) } }
        } else {
            numbers = []
        }
        let values = numbers.compactMap { $0 }
        guard numbers.count == 4, values.count == 4 else {
            findings.append(Finding(.invalidField, at: value.location, language.pick(
                ja: "領域は x, y, width, height を 0〜1 の数で書いてください（例: {x: 0.1, y: 0.2, width: 0.15, height: 0.2}）",
                en: "a region needs x, y, width and height as numbers from 0 to 1 (e.g. {x: 0.1, y: 0.2, width: 0.15, height: 0.2})")))
            return nil
        }
        let region = PrivacyRegion(x: values[0], y: values[1], width: values[2], height: values[3], style: style, location: value.location)
        guard region.isInsidePicture else {
            findings.append(Finding(.regionOutsidePhoto, at: value.location, language.pick(
                ja: "領域が写真の外にはみ出しています（x と y は 0 以上、x+width と y+height は 1 以下、幅と高さは 0 より大きく）。写真の中の部分だけをぼかします",
                en: "the region lies outside the picture (x, y at least 0; x+width, y+height at most 1; width and height above 0); only its part inside the picture is blurred")))
            // Kept, cut to the picture: a mistyped region still hides what it can.
            let x = min(max(region.x, 0), 1), y = min(max(region.y, 0), 1)
            let clipped = PrivacyRegion(x: x, y: y, width: min(region.x + region.width, 1) - x, height: min(region.y + region.height, 1) - y,
                                        style: style, location: value.location)
            return clipped.width > 0 && clipped.height > 0 ? clipped : nil
        }
        return region
    }
}
