/// Who a build is for. The facilitator sees everything; the public sees only
/// what participants agreed to publish, and never a participant's pseudonym.
public enum Audience: String, Sendable, Hashable, CaseIterable {
    case facilitator
    case `public`

    public var isFacilitator: Bool { self == .facilitator }
}
