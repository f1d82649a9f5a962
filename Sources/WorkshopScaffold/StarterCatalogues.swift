import WorkshopModel

/// The catalogues a new site starts with (`workshop init`): IPA's
/// 情報セキュリティ10大脅威 2024 and its 20-control table, embedded so that
/// the tool works without the repository (texts in `Starter*2024*.swift`).
/// Both editions carry both languages: the Japanese one (`Content/catalogs/`)
/// has `title_en:`…, the English one (`Sources/WorkshopScaffold/Catalogues/en/`, same ids) `title_ja:`….
public enum StarterCatalogues {
    /// Paths under the content root and their text, Japanese edition.
    public static let files: [(path: String, text: String)] = [
        ("catalogs/threats-2024.yaml", threats2024),
        ("catalogs/controls-2024.yaml", controls2024),
    ]

    /// The same catalogues, English edition (`language: en`).
    public static let englishFiles: [(path: String, text: String)] = [
        ("catalogs/threats-2024.yaml", threats2024English),
        ("catalogs/controls-2024.yaml", controls2024English),
    ]

    /// The edition a new site in `language` starts with.
    public static func files(for language: Language) -> [(path: String, text: String)] {
        language == .en ? englishFiles : files
    }

    /// The catalogue ids these files declare (`threats:` / `controls:` of a new event).
    public static let threatCatalogueID = "ipa-top10-2024-org"
    public static let controlTableID = "ipa-top10-2024-controls"
}
