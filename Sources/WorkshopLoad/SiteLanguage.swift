import Foundation
import WorkshopModel

/// The site's language as every command reads it: site.yaml through
/// `SiteReader`, the same reading the loader does (aliases, quotes and a
/// site.yaml whose YAML does not parse included), so the tool's own
/// messages are never in a different language from its findings.
public enum SiteLanguage {
    /// The language site.yaml's text asks for (`ja` when it names none or an unknown one).
    public static func of(siteYAML text: String) -> Language {
        SiteReader.read(text).0.language
    }

    /// The language of the content root's site.yaml; nil when there is none or it cannot be read.
    public static func read(_ files: ContentFileSystem) -> Language? {
        guard let data = try? files.read(SiteReader.path),
              case .success(let text) = SourceText.decode(data, file: SiteReader.path, language: .ja) else { return nil }
        return of(siteYAML: text)
    }

    /// The language of the site under `root` on disk (`ja` when there is no readable site.yaml).
    public static func read(root: String) -> Language {
        read(.disk(root: root)) ?? .ja
    }
}
