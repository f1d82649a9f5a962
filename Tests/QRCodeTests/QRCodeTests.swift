import Foundation
import Testing
import QRCode

/// The QR codes come from libqrencode; these tests read them back with a
/// decoder that has nothing to do with it (`zbarimg` from Debian's zbar-tools).
@Suite struct QRCodeTests {
    /// zbarimg's path; the suite fails in CI when it is missing (scripts/install-deps.sh --test installs it).
    static let zbarimg = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func decode(_ code: QRCode, scale: Int = 6) throws -> String? {
        guard let zbarimg else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).pgm")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(code.pgm(scale: scale)).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbarimg)
        process.arguments = ["--quiet", "--raw", "-Sqrcode.enable", "-Sbinary", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var text = String(decoding: out, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    @Test(arguments: [
        "http://192.168.1.23:8000/__workshop/join?code=RKQM23&next=/events/2024-10-08-session-06/fill/",
        "http://[fe80::1]:8000/",
        "https://example.jp/第6回/記入",
    ])
    func decodesToWhatWasEncoded(text: String) throws {
        let code = try #require(QRCode(text))
        #expect(code.size >= 21 && (code.size - 17) % 4 == 0)
        guard let decoded = try Self.decode(code) else {
            #expect(ProcessInfo.processInfo.environment["CI"] == nil, "zbarimg is missing: run scripts/install-deps.sh --test")
            return
        }
        #expect(decoded == text)
    }

    @Test func theTerminalFormIsHalfBlocksOfTheSameModules() throws {
        let code = try #require(QRCode("http://10.0.0.2:8000/"))
        let lines = code.terminalLines(margin: 2)
        #expect(lines.count == (code.size + 4 + 1) / 2)
        #expect(lines.allSatisfy { $0.count == code.size + 4 })
        // Line 1 holds rows 0 and 1: the finder pattern's dark top edge over its ring (dark at columns 0 and 6 only);
        // dark shows as a space, light as a block.
        let second = Array(lines[1])
        #expect(second[2] == " " && second[8] == " ")
        #expect(second[3..<8].allSatisfy { $0 == "▄" })
        #expect(second[1] == "█")
        #expect(Set(lines.joined()).isSubset(of: [" ", "█", "▀", "▄"]))
    }

    @Test func theSVGDrawsEveryDarkModuleOnce() throws {
        let code = try #require(QRCode("http://10.0.0.2:8000/"))
        let svg = code.svg(label: "QR")
        let path = try #require(svg.components(separatedBy: " d=\"").last?.components(separatedBy: "\"").first)
        let runs = path.filter { $0 == "z" }.count
        var expected = 0
        for row in 0..<code.size {
            var previous = false
            for column in 0..<code.size {
                let dark = code.isDark(row: row, column: column)
                if dark && !previous { expected += 1 }
                previous = dark
            }
        }
        #expect(runs == expected)
        #expect(svg.hasPrefix("<svg"))
    }

    @Test func textThatCannotBeACodeIsRefused() {
        #expect(QRCode("") == nil)
        #expect(QRCode(String(repeating: "x", count: 5000)) == nil)
    }
}
