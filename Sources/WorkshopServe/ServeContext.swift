import HTTPTypes
import Hummingbird
import NIOCore

/// The request context of the dev server: Hummingbird's basics plus the
/// client's address (for the rate limit and the loopback-only pages).
public struct ServeContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }

    /// Bodies are limited by the endpoints themselves (256 KiB for worksheets).
    public var maxUploadSize: Int { 1024 * 1024 }

    /// The client's IP address as text ("local" when unknown, as in tests).
    public var clientKey: String { remoteAddress?.ipAddress ?? "local" }

    /// Whether the request comes from this machine (or from a test).
    public var isLoopbackClient: Bool {
        guard let address = remoteAddress?.ipAddress else { return true }
        return address == "127.0.0.1" || address == "::1" || address.hasPrefix("::ffff:127.") || address.hasPrefix("127.")
    }
}

extension HTTPField.Name {
    static let joinCode = HTTPField.Name("X-Join-Code")!
    static let editToken = HTTPField.Name("X-Edit-Token")!
}
