#if canImport(Glibc)
import Glibc
#endif
import HTTPTypes
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTPTypes

/// The open connections, by client address, shared by every connection's `ConnectionGuard`.
final class OpenConnections: Sendable {
    private let counts = NIOLockedValueBox<(total: Int, byClient: [String: Int])>((0, [:]))
    let limits: ConnectionLimits
    let total: Int

    init(limits: ConnectionLimits) {
        self.limits = limits
        self.total = limits.effectiveTotal
    }

    /// Counts a new connection; false (not counted) when it is one too many.
    func open(_ client: String) -> Bool {
        counts.withLockedValue { counts in
            let mine = counts.byClient[client] ?? 0
            guard counts.total < total, mine < limits.perClient else { return false }
            counts.total += 1
            counts.byClient[client] = mine + 1
            return true
        }
    }

    func close(_ client: String) {
        counts.withLockedValue { counts in
            counts.total -= 1
            let mine = (counts.byClient[client] ?? 1) - 1
            counts.byClient[client] = mine > 0 ? mine : nil
        }
    }

    var count: Int { counts.withLockedValue { $0.total } }
}

/// One per connection, right after HTTP decoding: closes the connection
/// when it is over the caps (`OpenConnections`), when the next request's
/// headers do not arrive within `headerTimeout` (an idle or slowloris
/// client; counted from the connection or from the end of the previous
/// answer), or when a request's body is not complete within `bodyTimeout`
/// (`Content-Length: 1e9` then silence, an endless chunked body). While an
/// answer is being sent — a live-reload stream included — no deadline runs.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private let connections: OpenConnections
    private var client: String?
    private var counted = false
    private var deadline: Scheduled<Void>?
    private var readingRequest = false
    private var answering = false

    init(connections: OpenConnections) {
        self.connections = connections
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { start(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        start(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        finish()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        finish()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            readingRequest = true
            answering = true
            arm(context, after: connections.limits.bodyTimeout)
        case .body:
            break
        case .end:
            readingRequest = false
            if answering {
                cancelDeadline()
            } else {
                // Answered before the body was read (413): now the next request's headers must come in time.
                arm(context, after: connections.limits.headerTimeout)
            }
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            answering = false
            // The answer is complete: the next request's headers must come in time
            // (while a body is still coming, its deadline keeps running).
            if !readingRequest { arm(context, after: connections.limits.headerTimeout) }
        }
        context.write(data, promise: promise)
    }

    private func start(_ context: ChannelHandlerContext) {
        guard client == nil else { return }
        let address = context.channel.remoteAddress?.ipAddress ?? "unknown"
        client = address
        guard connections.open(address) else {
            context.close(promise: nil)
            return
        }
        counted = true
        keepAlive(context.channel)
        arm(context, after: connections.limits.headerTimeout)
    }

    /// A phone that leaves the Wi-Fi sends no FIN: TCP keepalive probes after
    /// 30 s of silence (then every 10 s, 3 times), and unacknowledged data gives
    /// up after 60 s (`TCP_USER_TIMEOUT`), so its live-reload socket is freed
    /// in about a minute, not after TCP's default quarter of an hour.
    private func keepAlive(_ channel: Channel) {
        _ = channel.setOption(ChannelOptions.socketOption(.so_keepalive), value: 1)
        #if os(Linux)
        let tcp = SocketOptionLevel(IPPROTO_TCP)
        _ = channel.setOption(ChannelOptions.Types.SocketOption(level: tcp, name: SocketOptionName(TCP_KEEPIDLE)), value: 30)
        _ = channel.setOption(ChannelOptions.Types.SocketOption(level: tcp, name: SocketOptionName(TCP_KEEPINTVL)), value: 10)
        _ = channel.setOption(ChannelOptions.Types.SocketOption(level: tcp, name: SocketOptionName(TCP_KEEPCNT)), value: 3)
        _ = channel.setOption(ChannelOptions.Types.SocketOption(level: tcp, name: SocketOptionName(TCP_USER_TIMEOUT)), value: 60_000)
        #endif
    }

    private func finish() {
        cancelDeadline()
        if counted, let client {
            counted = false
            connections.close(client)
        }
    }

    private func arm(_ context: ChannelHandlerContext, after duration: Duration) {
        cancelDeadline()
        let nanoseconds = duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
        deadline = context.eventLoop.assumeIsolated().scheduleTask(in: .nanoseconds(nanoseconds)) {
            context.close(promise: nil)
        }
    }

    private func cancelDeadline() {
        deadline?.cancel()
        deadline = nil
    }
}

@available(*, unavailable)
extension ConnectionGuard: Sendable {}
