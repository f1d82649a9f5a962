import Markdown

/// `sitemap.xml`: every HTML page but the 404 and problems pages, with
/// absolute URLs under the base URL (relative paths when none is known).
struct Sitemap {
    var baseURL: String?

    func file(for pages: [String]) -> RenderedFile {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in pages.sorted() where path.hasSuffix(".html") && path != SitePaths.notFound && path != SitePaths.problems && !path.hasSuffix("/print/index.html") && !path.hasSuffix("/present/index.html") {
            let location = PagePath(path).absolute(under: baseURL ?? "")
            xml += "  <url><loc>\(HTML.escape(location.isEmpty ? "./" : location))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return RenderedFile(path: SitePaths.sitemap, text: xml)
    }
}
