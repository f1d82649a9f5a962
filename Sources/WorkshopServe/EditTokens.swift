import Foundation

/// Edit tokens: the first accepted submission of a worksheet returns a random
/// 128-bit token; a later edit of the same worksheet must present it. Only
/// the token's SHA-256 is kept on disk, so the state file cannot be used to
/// overwrite someone's worksheet.
enum EditToken {
    /// A fresh token: 32 hexadecimal digits from the system's random source.
    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return bytes.map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    /// What is stored for `token`.
    static func hash(_ token: String) -> String {
        SHA256.hex(Array(token.trimmingCharacters(in: .whitespaces).utf8))
    }

    /// Whether `token` is the one whose hash is `storedHash` (constant time).
    static func verify(_ token: String?, against storedHash: String?) -> Bool {
        guard let token, let storedHash, !token.isEmpty else { return false }
        return JoinCode.constantTimeEqual(Array(hash(token).utf8), Array(storedHash.utf8))
    }
}
