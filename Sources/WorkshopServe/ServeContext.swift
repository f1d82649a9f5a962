import HTTPTypes
import Hummingbird
import NIOCore

/// The request context of the dev server: Hummingbird's basics, the
/// client's address (for the rate limits) and who the visitor is
/// (`AccessGate` sets it before any route runs).
public struct ServeContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// The facilitator, a participant, or nobody known (see docs/serve.md, "Who sees what").
    public var visitor: Visitor = .none

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }

    /// Bodies are limited by the endpoints themselves (256 KiB for worksheets).
    public var maxUploadSize: Int { 1024 * 1024 }

    /// The client's IP address as text ("local" when unknown, as in tests).
    public var clientKey: String { remoteAddress?.ipAddress ?? "local" }
}

extension HTTPField.Name {
    static let joinCode = HTTPField.Name("X-Join-Code")!
    static let editToken = HTTPField.Name("X-Edit-Token")!
    static let facilitatorKey = HTTPField.Name("X-Facilitator-Key")!
    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
}
