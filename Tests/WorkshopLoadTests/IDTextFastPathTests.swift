import Foundation
import Testing
@testable import WorkshopModel

/// `IDText.normalize` and `IDText.key` skip Foundation's NFKC for common
/// Japanese text; they must give what the full normalisation gives.
@Suite struct IDTextFastPathTests {
    /// The former `normalize`: always Foundation's NFKC.
    static func referenceNormalize(_ text: String) -> String {
        var scalars = Substring(text.precomposedStringWithCompatibilityMapping).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        var out = String.UnicodeScalarView()
        for scalar in scalars { out.append(IDText.dashes.contains(scalar.value) ? "-" : scalar) }
        return String(out)
    }

    /// The former `key`, on the reference normalisation.
    static func referenceKey(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in referenceNormalize(text).unicodeScalars where !scalar.properties.isWhitespace {
            if scalar.properties.changesWhenLowercased {
                folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                folded.append(scalar)
            }
        }
        while let last = folded.last, IDText.trailingPunctuation.contains(last) { folded.removeLast() }
        return String(folded)
    }

    static func expectSame(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(Array(IDText.normalize(text).unicodeScalars) == Array(referenceNormalize(text).unicodeScalars),
                "\(Array(text.unicodeScalars))", sourceLocation: sourceLocation)
        #expect(Array(IDText.key(text).unicodeScalars) == Array(referenceKey(text).unicodeScalars),
                "\(Array(text.unicodeScalars))", sourceLocation: sourceLocation)
    }

    @Test func everyFastScalarAlone() {
        var fast = 0
        for value in 0...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar)
            guard IDText.fastNFKC(text) != nil else { continue }
            fast += 1
            #expect(Array(IDText.fastNFKC(text)!.unicodeScalars) == Array(text.precomposedStringWithCompatibilityMapping.unicodeScalars),
                    "U+\(String(value, radix: 16))")
            Self.expectSame(text)
            Self.expectSame("a" + text + "カ")
        }
        #expect(fast > 21_000)
        // Combining marks and compatibility characters take Foundation's path.
        for text in ["か\u{3099}", "\u{309B}", "\u{3036}", "①", "㈱", "ｶ", "Å", "\u{302A}"] {
            #expect(IDText.fastNFKC(text) == nil)
        }
    }

    @Test func mixedStrings() {
        let pieces = ["事業内容", "：", ":", "（", "）", "\u{3000}", " ", "ＴＯＤＯ", "Todo", "例", "・", "ー", "－", "6", "６", "か\u{3099}",
                      "ｶﾞ", "①", "\u{0301}", "É", "。", "、", "．", "…", "〜", "「", "」", "\t", "ﾃｽﾄ", "A", "z", "\u{00A0}", "（記入してください）",
                      "😀", "𠮷", "İ", "Σ", "é", "ß", "\u{2010}", "\u{2212}"]
        var state: UInt64 = 21
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int(state % 7) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(truncatingIfNeeded: state >> 33) % pieces.count]
            }
            state = state &* 6364136223846793005 &+ 1
            Self.expectSame(text)
        }
        #expect(IDText.key("（記入してください）") == "(記入してください)")
        #expect(IDText.normalize("\u{3000}Ａ－０１\u{3000}") == "A-01")
    }
}
