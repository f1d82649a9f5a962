import Foundation
import Testing
@testable import WorkshopLoad
import WorkshopModel

/// `SourceText.decode` searches NUL bytes and validates UTF-8 on the raw
/// buffer; its results and findings stay those of the byte-by-byte version.
@Suite struct SourceTextTests {
    static func decode(_ bytes: [UInt8]) -> Result<String, Finding> {
        SourceText.decode(Data(bytes), file: "w.md", language: .en)
    }

    @Test func textIsDecodedBOMDroppedLineEndingsNormalised() throws {
        #expect(try Self.decode([]).get() == "")
        #expect(try Self.decode([0xEF, 0xBB, 0xBF]).get() == "")
        #expect(try Self.decode(Array("\u{FEFF}a\r\nb\rc\n記入".utf8)).get() == "a\nb\nc\n記入")
        #expect(try Self.decode(Array("---\nx: 1\n".utf8)).get() == "---\nx: 1\n")
        // A BOM is dropped only at the start.
        #expect(try Self.decode(Array("a\u{FEFF}".utf8)).get() == "a\u{FEFF}")
    }

    @Test func nulAndInvalidBytesAreFindingsOnTheirLine() {
        guard case .failure(let nul) = Self.decode(Array("a\nb\n".utf8) + [0] + Array("c".utf8)) else {
            Issue.record("NUL not found"); return
        }
        #expect(nul.code == .binaryFile && nul.location.line == 3)
        guard case .failure(let bom) = Self.decode([0xEF, 0xBB, 0xBF, 0x0A, 0x00]) else {
            Issue.record("NUL after BOM not found"); return
        }
        #expect(bom.code == .binaryFile && bom.location.line == 2)
        guard case .failure(let invalid) = Self.decode(Array("a\nb\n".utf8) + [0x82, 0xA0]) else {
            Issue.record("invalid UTF-8 not found"); return
        }
        #expect(invalid.code == .invalidEncoding && invalid.location.line == 3)
    }

    @Test func aSliceOfLargerDataIsReadFromItsOwnStart() throws {
        let data = Data(Array("xx\u{FEFF}ok\r\n".utf8))
        let slice = data.dropFirst(2)
        #expect(try SourceText.decode(slice, file: "w.md", language: .en).get() == "ok\n")
    }
}
