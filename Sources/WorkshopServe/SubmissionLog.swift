import Foundation

/// Who has submitted which worksheet, when, and the hash of each worksheet's
/// edit token. Kept in memory and in `<state folder>/submissions.json`, so
/// tokens survive a restart of the server during the day. All decisions about
/// a submission (new, replace, retry, conflict) and the write of the
/// worksheet happen inside this actor, one at a time, so two participants can
/// never both "create" the same file.
///
/// A worksheet and the state file are accepted together or not at all: both
/// are written to temporary files first (where a full disk fails, before
/// anything is replaced), then renamed; when either cannot be written the
/// worksheet stays as it was and the answer is `.failed` (503), never a token
/// that was not kept. The state file is only ever readable by its owner (0600).
public actor SubmissionLog {
    public struct Entry: Sendable, Codable, Hashable {
        public var event: String
        public var participant: String
        public var group: String
        /// Relative to the content root.
        public var file: String
        public var firstSubmitted: Date
        public var lastSubmitted: Date
        public var submissions: Int
        var tokenHash: String
        /// SHA-256 of the bytes last accepted (nil in state files from before it was kept).
        var bodyHash: String?
        /// A worksheet (nil in state files from before group sheets were collected) or a group sheet,
        /// whose group is then in `participant` and `group` alike.
        var sheet: CollectedSheet?

        public var kind: CollectedSheet { sheet ?? .worksheet }
    }

    public enum Outcome: Sendable, Hashable {
        case created(editToken: String)
        case replaced
        /// The worksheet exists and the token is missing or wrong.
        case conflict
        /// Nothing was kept; `what` says what could not be written (no absolute path).
        case failed(what: Failure, detail: String)
    }

    public enum Failure: Sendable, Hashable {
        /// The worksheet file could not be written.
        case worksheet
        /// The state file (edit tokens) could not be written; the worksheet was put back.
        case state
    }

    /// How long the server remembers a new worksheet's token, so that the same
    /// bytes sent again without it (the answer was lost) get the token again.
    /// In memory only: after a restart such a retry is a conflict (409).
    public static let retryWindow: Duration = .seconds(15 * 60)

    /// Stages a file beside its target with the given mode (replaced in tests to make writes fail).
    public typealias Writer = @Sendable (_ data: Data, _ path: String, _ mode: mode_t) throws -> StagedFile

    /// The writer of the real server: a temporary file, flushed, renamed on commit (`AtomicFile`).
    public static let atomicWrite: Writer = { data, path, mode in try AtomicFile.stage(data, to: path, mode: mode) }

    struct RecentToken {
        var token: String
        var bodyHash: String
        var at: ContinuousClock.Instant
    }

    private var entries: [String: Entry] = [:]
    private var recent: [String: RecentToken] = [:]
    private let stateFile: String?
    private let contentRoot: String
    private let write: Writer

    /// Set when the state file could not be read at start: it was moved aside
    /// (the name it got is in the text) instead of being overwritten by the next save.
    public nonisolated let unreadableStateFile: String?

    /// `stateFolder` nil keeps the log in memory only (tests).
    public init(contentRoot: String, stateFolder: String?, write: @escaping Writer = SubmissionLog.atomicWrite, now: Date = Date()) {
        self.contentRoot = contentRoot
        self.write = write
        self.stateFile = stateFolder.map { URL(fileURLWithPath: $0).appendingPathComponent("submissions.json").path }
        var unreadable: String?
        if let stateFile, let data = FileManager.default.contents(atPath: stateFile) {
            if let saved = try? Self.decoder.decode([Entry].self, from: data) {
                for entry in saved { entries[Self.key(entry.event, entry.participant, entry.kind)] = entry }
            } else {
                // Kept for a look, never overwritten: the tokens in it may still be wanted.
                let stamp = ISO8601DateFormatter().string(from: now).replacingOccurrences(of: ":", with: "")
                let aside = "submissions.json.unreadable-\(stamp)"
                let folder = URL(fileURLWithPath: stateFile).deletingLastPathComponent()
                unreadable = rename(stateFile, folder.appendingPathComponent(aside).path) == 0 ? aside : "submissions.json"
            }
        }
        self.unreadableStateFile = unreadable
    }

    /// Writes `data` as `file` (relative to the content root) when the
    /// participant is new (or their worksheet is still the blank scaffold of
    /// `workshop new worksheet`), replaces it when `editToken` is theirs, and
    /// answers the same bytes sent again without the token (a lost answer) with
    /// the same token as the first time.
    public func submit(event: String, participant: String, group: String, file: String, data: Data,
                       editToken: String?, at date: Date = Date(), sheet: CollectedSheet = .worksheet) -> Outcome {
        let key = Self.key(event, participant, sheet)
        let path = URL(fileURLWithPath: contentRoot).appendingPathComponent(file).path
        let bodyHash = SHA256.hex(Array(data))
        let previousFile = FileManager.default.contents(atPath: path)
        if let existing = entries[key] {
            if EditToken.verify(editToken, against: existing.tokenHash) {
                var entry = existing
                entry.group = group
                entry.lastSubmitted = date
                entry.submissions += 1
                entry.bodyHash = bodyHash
                return commit(entry, key: key, data: data, path: path, previousFile: previousFile, previousEntry: existing) ?? .replaced
            }
            if let retry = recent[key], retry.bodyHash == bodyHash, existing.bodyHash == bodyHash,
               ContinuousClock.now - retry.at < Self.retryWindow, previousFile.map({ SHA256.hex(Array($0)) }) == bodyHash {
                return .created(editToken: retry.token)
            }
            // The worksheet is gone (the facilitator deleted or moved it): the
            // participant starts again as a new one, with a new token.
            if previousFile != nil { return .conflict }
        }
        if let previousFile, sheet == .groupSheet || !ScaffoldedWorksheet.isScaffold(previousFile) { return .conflict }
        let token = EditToken.generate()
        let entry = Entry(event: event, participant: participant, group: group, file: file, firstSubmitted: date, lastSubmitted: date,
                          submissions: 1, tokenHash: EditToken.hash(token), bodyHash: bodyHash, sheet: sheet == .worksheet ? nil : sheet)
        if let failure = commit(entry, key: key, data: data, path: path, previousFile: previousFile, previousEntry: nil) { return failure }
        recent[key] = RecentToken(token: token, bodyHash: bodyHash, at: .now)
        forgetOldRetries()
        return .created(editToken: token)
    }

    /// Stages the worksheet and the state file, then renames both into
    /// place; when either cannot be written, the worksheet and the entry stay
    /// as they were. nil when both were written.
    private func commit(_ entry: Entry, key: String, data: Data, path: String, previousFile: Data?, previousEntry: Entry?) -> Outcome? {
        let worksheet: StagedFile
        do { worksheet = try write(data, path, 0o644) } catch { return .failed(what: .worksheet, detail: "\(error)") }
        entries[key] = entry
        let state: StagedFile?
        do {
            state = try stagedState()
        } catch {
            entries[key] = previousEntry
            worksheet.discard()
            return .failed(what: .state, detail: "\(error)")
        }
        do {
            try worksheet.commit()
        } catch {
            entries[key] = previousEntry
            state?.discard()
            return .failed(what: .worksheet, detail: "\(error)")
        }
        do {
            try state?.commit()
        } catch {
            // A rename that fails after the other succeeded (no space is needed for one): undo the worksheet.
            entries[key] = previousEntry
            if let previousFile, let back = try? write(previousFile, path, 0o644) { try? back.commit() } else if previousFile == nil { unlink(path) }
            return .failed(what: .state, detail: "\(error)")
        }
        return nil
    }

    private func forgetOldRetries() {
        let now = ContinuousClock.now
        recent = recent.filter { now - $0.value.at < Self.retryWindow }
    }

    /// The submissions of one kind to one event, oldest first.
    public func entries(event: String, sheet: CollectedSheet = .worksheet) -> [Entry] {
        entries.values.filter { $0.event == event && $0.kind == sheet }.sorted { ($0.firstSubmitted, $0.participant) < ($1.firstSubmitted, $1.participant) }
    }

    /// Every submission, by event slug.
    public func allEntries() -> [String: [Entry]] {
        Dictionary(grouping: entries.values, by: \.event).mapValues { list in
            list.sorted { ($0.firstSubmitted, $0.participant) < ($1.firstSubmitted, $1.participant) }
        }
    }

    /// The state file with every entry, staged (created 0600: tokens' hashes are nobody else's business).
    private func stagedState() throws -> StagedFile? {
        guard let stateFile else { return nil }
        let list = entries.values.sorted { ($0.event, $0.participant) < ($1.event, $1.participant) }
        let data = try Self.encoder.encode(list)
        return try write(data, stateFile, 0o600)
    }

    static func key(_ event: String, _ id: String, _ sheet: CollectedSheet = .worksheet) -> String {
        sheet == .worksheet ? event + "/" + id : event + "/groups/" + id
    }

    /// The bytes of a content file (relative to the content root) as it is now, if it exists.
    public nonisolated func read(_ file: String) -> Data? {
        FileManager.default.contents(atPath: URL(fileURLWithPath: contentRoot).appendingPathComponent(file).path)
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
