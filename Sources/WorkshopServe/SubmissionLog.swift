import Foundation

/// Who has submitted which worksheet, when, and the hash of each worksheet's
/// edit token. Kept in memory and in `<state folder>/submissions.json`, so
/// tokens survive a restart of the server during the day. All decisions about
/// a submission (new, replace, conflict) and the write of the worksheet happen
/// inside this actor, one at a time, so two participants can never both
/// "create" the same file.
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
    }

    public enum Outcome: Sendable, Hashable {
        case created(editToken: String)
        case replaced
        /// The worksheet exists and the token is missing or wrong.
        case conflict
        case failed(String)
    }

    private var entries: [String: Entry] = [:]
    private let stateFile: String?
    private let contentRoot: String

    /// `stateFolder` nil keeps the log in memory only (tests).
    public init(contentRoot: String, stateFolder: String?) {
        self.contentRoot = contentRoot
        self.stateFile = stateFolder.map { URL(fileURLWithPath: $0).appendingPathComponent("submissions.json").path }
        if let stateFile, let data = FileManager.default.contents(atPath: stateFile),
           let saved = try? Self.decoder.decode([Entry].self, from: data) {
            for entry in saved { entries[Self.key(entry.event, entry.participant)] = entry }
        }
    }

    /// Writes `data` as `file` (relative to the content root) when the
    /// participant is new, or replaces it when `editToken` is theirs.
    public func submit(event: String, participant: String, group: String, file: String, data: Data,
                       editToken: String?, at date: Date = Date()) -> Outcome {
        let key = Self.key(event, participant)
        let path = URL(fileURLWithPath: contentRoot).appendingPathComponent(file).path
        let existing = entries[key]
        let onDisk = FileManager.default.fileExists(atPath: path)
        if existing != nil || onDisk {
            guard let existing, EditToken.verify(editToken, against: existing.tokenHash) else { return .conflict }
            do { try AtomicFile.write(data, to: path) } catch { return .failed("\(error)") }
            var entry = existing
            entry.group = group
            entry.lastSubmitted = date
            entry.submissions += 1
            entries[key] = entry
            save()
            return .replaced
        }
        let token = EditToken.generate()
        do { try AtomicFile.write(data, to: path) } catch { return .failed("\(error)") }
        entries[key] = Entry(event: event, participant: participant, group: group, file: file,
                             firstSubmitted: date, lastSubmitted: date, submissions: 1, tokenHash: EditToken.hash(token))
        save()
        return .created(editToken: token)
    }

    /// The submissions to one event, oldest first.
    public func entries(event: String) -> [Entry] {
        entries.values.filter { $0.event == event }.sorted { ($0.firstSubmitted, $0.participant) < ($1.firstSubmitted, $1.participant) }
    }

    /// Every submission, by event slug.
    public func allEntries() -> [String: [Entry]] {
        Dictionary(grouping: entries.values, by: \.event).mapValues { list in
            list.sorted { ($0.firstSubmitted, $0.participant) < ($1.firstSubmitted, $1.participant) }
        }
    }

    private func save() {
        guard let stateFile else { return }
        let list = entries.values.sorted { ($0.event, $0.participant) < ($1.event, $1.participant) }
        guard let data = try? Self.encoder.encode(list) else { return }
        try? AtomicFile.write(data, to: stateFile)
        _ = chmod(stateFile, 0o600)
    }

    static func key(_ event: String, _ participant: String) -> String { event + "/" + participant }

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
