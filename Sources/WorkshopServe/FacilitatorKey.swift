import WorkshopModel

/// The key that opens the facilitator's pages (every worksheet page, the
/// problems page, the submissions page, the error overlay). Printed at start
/// inside the facilitator's address (`/__workshop/?key=…`), which exchanges
/// it for a cookie. Same unambiguous alphabet as the join code, and longer:
/// twelve characters (60 bits), so it cannot be guessed under the rate limit.
public struct FacilitatorKey: Sendable, Hashable, CustomStringConvertible {
    public static let length = 12
    /// The shortest `--facilitator-key` accepted: longer than any join code.
    public static let minimumLength = 10

    public let value: String

    public init(_ value: String) {
        self.value = JoinCode.normalize(value)
    }

    public static func random() -> FacilitatorKey {
        FacilitatorKey(JoinCode.randomText(length: length))
    }

    public var description: String { value }

    /// Whether `candidate` is this key (case and width do not matter; constant time).
    public func matches(_ candidate: String?) -> Bool {
        guard let candidate else { return false }
        return JoinCode.constantTimeEqual(Array(JoinCode.normalize(candidate).utf8), Array(value.utf8))
    }

    /// Why `text` cannot be given with `--facilitator-key` (nil when it can).
    public static func problem(with text: String, in language: Language = .en) -> String? {
        JoinCode.problem(with: text, option: "--facilitator-key", minimum: minimumLength, in: language)
    }
}
