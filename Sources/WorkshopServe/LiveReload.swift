import Foundation
import WorkshopModel

/// Server-sent events to the open pages: `reload` after each rebuild, naming
/// the output paths whose bytes changed (each page reloads only when its own
/// file or an asset it links is among them); `errors` (file, line, message)
/// while the content has errors, to facilitator pages only; `submissions`
/// when a worksheet was accepted. A facilitator page that connects while the
/// content has errors gets them at once. A comment line goes to every page
/// each `heartbeatInterval`, so a page that has gone is noticed (its write
/// fails and it is dropped) instead of holding its socket until the next
/// event; at most `maximumListeners` pages listen (the oldest goes first).
public actor LiveReload {
    /// One page's stream and the id to drop it by.
    public struct Subscription: Sendable {
        public var id: UUID
        public var messages: AsyncStream<String>
    }

    struct Listener {
        var continuation: AsyncStream<String>.Continuation
        var facilitator: Bool
        var since: UInt64
    }

    /// More changed paths than this and the event says `{"all":true}` (every page compares as changed).
    static let maximumPathsNamed = 2_000

    public let heartbeatInterval: Duration
    public let maximumListeners: Int
    private var listeners: [UUID: Listener] = [:]
    private var currentErrors: String?
    private var closed = false
    private var counter: UInt64 = 0
    private var heartbeat: Task<Void, Never>?

    public init(heartbeatInterval: Duration = .seconds(15), maximumListeners: Int = 256) {
        self.heartbeatInterval = heartbeatInterval
        self.maximumListeners = max(1, maximumListeners)
    }

    /// A stream of SSE-formatted messages for one page. `facilitator`: the page may see the content's errors.
    public func subscribe(facilitator: Bool) -> Subscription {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(8))
        let id = UUID()
        guard !closed else {
            continuation.finish()
            return Subscription(id: id, messages: stream)
        }
        while listeners.count >= maximumListeners, let oldest = listeners.min(by: { $0.value.since < $1.value.since }) {
            oldest.value.continuation.finish()
            listeners[oldest.key] = nil
        }
        counter += 1
        listeners[id] = Listener(continuation: continuation, facilitator: facilitator, since: counter)
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        continuation.yield(": connected\n\n")
        if facilitator, let currentErrors { continuation.yield(currentErrors) }
        startHeartbeat()
        return Subscription(id: id, messages: stream)
    }

    public var listenerCount: Int { listeners.count }

    /// After a rebuild: the output paths (relative to the output folder) whose bytes changed or that went.
    /// Clears the errors overlay when the content has none.
    public func reload(paths: [String], contentHasErrors: Bool = false) {
        if !contentHasErrors { clearErrors() }
        guard !paths.isEmpty else { return }
        struct Payload: Encodable {
            var paths: [String]?
            var all: Bool?
        }
        let payload = paths.count > Self.maximumPathsNamed ? Payload(all: true) : Payload(paths: paths.sorted())
        send("event: reload\ndata: \(Self.json(payload))\n\n")
    }

    /// The content has no errors (any more): facilitator pages take the overlay down.
    public func clearErrors() {
        guard currentErrors != nil else { return }
        currentErrors = nil
        send("event: errors\ndata: {\"title\":\"\",\"findings\":[]}\n\n", facilitatorsOnly: true)
    }

    /// The content has errors: facilitator pages show them.
    public func errors(title: String, findings: [Finding], displayRoot: String) {
        struct Payload: Encodable {
            struct Item: Encodable { var file: String; var line: Int; var column: Int; var severity: String; var code: String; var message: String }
            var title: String
            var findings: [Item]
        }
        let items = findings.filter { $0.severity == .error }.prefix(200).map {
            Payload.Item(file: displayRoot.isEmpty ? $0.location.file : displayRoot + "/" + $0.location.file, line: $0.location.line,
                         column: $0.location.column, severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message)
        }
        let message = "event: errors\ndata: \(Self.json(Payload(title: title, findings: Array(items))))\n\n"
        currentErrors = message
        send(message, facilitatorsOnly: true)
    }

    /// A change that pages listing submissions care about.
    public func submissionsChanged() {
        send("event: submissions\ndata: {}\n\n")
    }

    /// An SSE comment to every page: a page that has gone makes its write fail.
    public func beat() {
        send(": heartbeat\n\n")
    }

    /// Drops one page (its connection ended or a write to it failed).
    public func remove(_ id: UUID) {
        listeners.removeValue(forKey: id)?.continuation.finish()
    }

    /// Ends every stream (shutdown).
    public func close() {
        closed = true
        heartbeat?.cancel()
        heartbeat = nil
        for listener in listeners.values { listener.continuation.finish() }
        listeners.removeAll()
    }

    private func startHeartbeat() {
        guard heartbeat == nil else { return }
        let interval = heartbeatInterval
        heartbeat = Task { [weak self] in
            while !Task.isCancelled {
                do { try await Task.sleep(for: interval) } catch { return }
                guard let self else { return }
                await self.beat()
            }
        }
    }

    private func send(_ message: String, facilitatorsOnly: Bool = false) {
        for listener in listeners.values where listener.facilitator || !facilitatorsOnly {
            listener.continuation.yield(message)
        }
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
