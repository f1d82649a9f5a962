/// The stable codes of every finding `workshop check` reports. The raw values
/// are part of the tool's interface (editors and CI match on them) and are
/// documented in docs/diagnostics.md: never rename one.
public enum FindingCode: String, Sendable, Hashable, Codable, CaseIterable {
    // Files
    case unreadableFile = "unreadable-file"
    case invalidEncoding = "invalid-encoding"
    case binaryFile = "binary-file"
    case fileTooLarge = "file-too-large"
    case symlinkOutsideRoot = "symlink-outside-root"
    case unexpectedFile = "unexpected-file"
    case emptyFile = "empty-file"
    // Front matter and YAML
    case missingFrontMatter = "missing-front-matter"
    case unterminatedFrontMatter = "unterminated-front-matter"
    case invalidYAML = "invalid-yaml"
    case missingField = "missing-field"
    case invalidField = "invalid-field"
    case unknownKey = "unknown-key"
    // Site and events
    case missingSite = "missing-site"
    case unknownLanguage = "unknown-language"
    case unknownCatalogue = "unknown-catalogue"
    case invalidDate = "invalid-date"
    case duplicateGroup = "duplicate-group"
    case duplicateMember = "duplicate-member"
    case missingGroupSheet = "missing-group-sheet"
    case duplicateGroupSheet = "duplicate-group-sheet"
    case noEvents = "no-events"
    // Catalogues
    case duplicateCatalogue = "duplicate-catalogue"
    case invalidMapping = "invalid-mapping"
    case mappingCycle = "mapping-cycle"
    case unmappedID = "unmapped-id"
    case unmarkedNewID = "unmarked-new-id"
    case missingMapping = "missing-mapping"
    case duplicateThreatID = "duplicate-threat-id"
    case duplicateControl = "duplicate-control"
    case duplicateProcedureID = "duplicate-procedure-id"
    case procedureControlMismatch = "procedure-control-mismatch"
    case invalidISO = "invalid-iso"
    case unknownCategory = "unknown-category"
    case invalidCSV = "invalid-csv"
    // Worksheets and group sheets
    case duplicateParticipant = "duplicate-participant"
    case unknownGroup = "unknown-group"
    case notOnRoster = "not-on-roster"
    case unknownThreat = "unknown-threat"
    case excludedThreat = "excluded-threat"
    case malformedThreat = "malformed-threat"
    case unknownProcedure = "unknown-procedure"
    case malformedProcedure = "malformed-procedure"
    case missingImpactField = "missing-impact-field"
    case invalidSeverity = "invalid-severity"
    case missingReason = "missing-reason"
    case threatNotInImpacts = "threat-not-in-impacts"
    case procedureNotChosen = "procedure-not-chosen"
    case missingObstacles = "missing-obstacles"
    case obstacleWithoutRemedy = "obstacle-without-remedy"
    case remedyWithoutObstacle = "remedy-without-obstacle"
    case duplicateThreat = "duplicate-threat"
    case duplicateProcedure = "duplicate-procedure"
    case duplicateTheme = "duplicate-theme"
    case missingTheme = "missing-theme"
    case emptyTheme = "empty-theme"
    case unknownHeading = "unknown-heading"
    case unknownLabel = "unknown-label"
    case titleMismatch = "title-mismatch"
    case placeholderText = "placeholder-text"
    case acceptedAlias = "accepted-alias"
    case invalidPathSegment = "invalid-path-segment"
    // Photos
    case missingPhoto = "missing-photo"
    case unlistedPhoto = "unlisted-photo"
    case duplicatePhoto = "duplicate-photo"
    case regionOutsidePhoto = "region-outside-photo"
    case unreadablePhoto = "unreadable-photo"
    case photoTooLarge = "photo-too-large"
    // Markdown the parser would be slow on (kept as text)
    case tableTooWide = "table-too-wide"
    case markupRunTooLong = "markup-run-too-long"

    public var defaultSeverity: FindingSeverity {
        switch self {
        case .unexpectedFile, .missingGroupSheet, .emptyFile, .noEvents, .unlistedPhoto, .missingMapping:
            .note
        case .symlinkOutsideRoot, .unknownKey, .unknownLanguage, .invalidSeverity, .threatNotInImpacts,
             .missingObstacles, .obstacleWithoutRemedy, .remedyWithoutObstacle, .missingTheme, .emptyTheme,
             .unknownHeading, .unknownLabel, .titleMismatch, .placeholderText, .acceptedAlias, .tableTooWide, .markupRunTooLong,
             .duplicateMember, .notOnRoster, .unmarkedNewID:
            .warning
        default:
            .error
        }
    }

    /// The codes that say a value is missing or unreadable, which a value
    /// still holding its fill-in marker also triggers (see `foldingPlaceholders`).
    public var saysAValueIsMissing: Bool {
        switch self {
        case .missingImpactField, .missingReason, .malformedThreat, .malformedProcedure, .missingField: true
        default: false
        }
    }

    /// The findings the spec marks "warning (error with --strict)", and
    /// `placeholder-text` (a fill-in marker left anywhere: a strict check is
    /// the one run before publishing).
    public var isErrorWhenStrict: Bool {
        switch self {
        case .missingObstacles, .obstacleWithoutRemedy, .missingTheme, .placeholderText: true
        default: false
        }
    }
}
