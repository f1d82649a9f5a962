/// Who sent a request, as far as the dev server can tell: the facilitator
/// (facilitator key), a participant (join code), or anyone else. Set on the
/// request context by `AccessGate` before any route runs, so every route
/// (the error overlay, the submissions page) can ask it.
public enum Visitor: Int, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// No valid key or code (or none sent).
    case none = 0
    /// Holds the join code (`--collect` only).
    case participant = 1
    /// Holds the facilitator key.
    case facilitator = 2

    public static func < (a: Visitor, b: Visitor) -> Bool { a.rawValue < b.rawValue }

    public var description: String {
        switch self {
        case .none: "none"
        case .participant: "participant"
        case .facilitator: "facilitator"
        }
    }
}
