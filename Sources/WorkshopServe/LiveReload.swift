import Foundation
import WorkshopModel

/// Server-sent events to the open pages: `reload` after each rebuild,
/// `errors` (file, line, message) when the content has errors. A page that
/// connects while the content has errors gets them at once.
public actor LiveReload {
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    private var currentErrors: String?
    private var closed = false

    public init() {}

    /// A stream of SSE-formatted messages for one page.
    public func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(8))
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = UUID()
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        continuation.yield(": connected\n\n")
        if let currentErrors { continuation.yield(currentErrors) }
        return stream
    }

    public var listenerCount: Int { listeners.count }

    /// The site was rebuilt without errors: every page reloads.
    public func reload() {
        currentErrors = nil
        send("event: reload\ndata: {}\n\n")
    }

    /// The content has errors: every page shows them.
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let json = (try? encoder.encode(Payload(title: title, findings: Array(items)))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        let message = "event: errors\ndata: \(json)\n\n"
        currentErrors = message
        send(message)
    }

    /// A change that pages listing submissions care about.
    public func submissionsChanged() {
        send("event: submissions\ndata: {}\n\n")
    }

    /// Ends every stream (shutdown).
    public func close() {
        closed = true
        for continuation in listeners.values { continuation.finish() }
        listeners.removeAll()
    }

    private func send(_ message: String) {
        for continuation in listeners.values { continuation.yield(message) }
    }

    private func remove(_ id: UUID) {
        listeners[id] = nil
    }
}
