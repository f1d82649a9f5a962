import Foundation
import WorkshopModel

/// The code the facilitator announces in the room; every submission must
/// carry it (`X-Join-Code`). Six characters from an alphabet without the
/// look-alikes 0/O and 1/I, so it can be read aloud and typed from a slide.
public struct JoinCode: Sendable, Hashable, CustomStringConvertible {
    public static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    /// The length of a random code, and the shortest `--join-code` accepted.
    public static let length = 6

    public let value: String

    public init(_ value: String) {
        self.value = Self.normalize(value)
    }

    /// A fresh random code.
    public static func random() -> JoinCode {
        JoinCode(randomText(length: length))
    }

    /// `length` random characters of `alphabet` (codes, keys, the cookies' run).
    static func randomText(length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }

    public var description: String { value }

    /// Why `text` cannot be a join code given with `--join-code` (nil when it can):
    /// at least `length` characters, all from `alphabet` (case and width do not matter).
    public static func problem(with text: String, in language: Language = .en) -> String? {
        Self.problem(with: text, option: "--join-code", minimum: length, in: language)
    }

    /// The rule shared by the join code and the facilitator key.
    static func problem(with text: String, option: String, minimum: Int, in language: Language) -> String? {
        let value = normalize(text)
        if value.count < minimum {
            return language.pick(ja: "\(option) は \(minimum) 文字以上にしてください（いまは \(value.count) 文字）",
                                 en: "\(option) must have at least \(minimum) characters (it has \(value.count))")
        }
        let wrong = String(value.filter { !alphabet.contains($0) }.prefix(5))
        if !wrong.isEmpty {
            return language.pick(
                ja: "\(option) に使える文字は \(String(alphabet)) だけです（読み上げて間違えないよう 0, O, 1, I は使いません）。'\(wrong)' は使えません",
                en: "\(option) may only use \(String(alphabet)) (no 0, O, 1 or I, so it can be read aloud); '\(wrong)' is not allowed")
        }
        return nil
    }

    /// Whether `candidate` is this code. Case and surrounding spaces do not
    /// matter; the comparison takes the same time wherever the first difference is.
    public func matches(_ candidate: String?) -> Bool {
        guard let candidate else { return false }
        return Self.constantTimeEqual(Array(Self.normalize(candidate).utf8), Array(value.utf8))
    }

    static func normalize(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
    }

    /// Compares every byte of the longer input, whatever the contents.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        let count = max(a.count, b.count)
        for index in 0..<count {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= x ^ y
        }
        return difference == 0
    }
}
