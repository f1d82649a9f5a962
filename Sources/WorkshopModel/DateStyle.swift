/// How a Japanese site writes dates (site.yaml `date_style`), on every page,
/// report and PDF alike: `wareki` 令和6年10月8日(火) (the default) or
/// `western` 2024年10月8日(火). English sites always write Tue 8 October 2024.
public enum DateStyle: String, Sendable, Hashable, Codable, CaseIterable {
    case wareki
    case western
}
