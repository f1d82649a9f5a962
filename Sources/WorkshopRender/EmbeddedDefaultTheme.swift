import Foundation

/// The default theme the binary carries: the files of `Themes/default/`,
/// embedded by `scripts/embed-theme.sh` (`EmbeddedDefaultTheme+Files.swift`),
/// so that `workshop` builds a site wherever it is installed. A `default/`
/// folder among the theme folders overrides it file by file.
public enum EmbeddedDefaultTheme {
    /// Where the embedded files say they come from in error messages.
    public static let origin = "(built in) Themes/default"

    /// The files by path inside the theme folder, as bytes.
    public static var fileData: [String: Data] {
        Dictionary(files.map { ($0.path, Data($0.text.utf8)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The built-in default theme.
    public static func theme() throws(BuildError) -> SiteTheme {
        try SiteTheme(name: "default", files: fileData, origin: origin)
    }
}
