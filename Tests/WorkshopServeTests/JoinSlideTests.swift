import Foundation
import HummingbirdTesting
import Hummingbird
import Testing
@testable import WorkshopServe

/// The join slide and the terminal's QR code: both carry the address the terminal prints, and a decoder reads it back.
@Suite("Join slide")
struct JoinSlideTests {
    static let zbarimg = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Decodes a greymap with zbarimg (nil when zbarimg is missing outside CI).
    static func decode(pgm: [UInt8]) throws -> String? {
        guard let zbarimg else {
            #expect(ProcessInfo.processInfo.environment["CI"] == nil, "zbarimg is missing: run scripts/install-deps.sh --test")
            return nil
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("join-\(UUID().uuidString).pgm")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(pgm).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbarimg)
        process.arguments = ["--quiet", "--raw", "-Sbinary", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: out, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    /// The terminal's half blocks turned back into pixels (a block is light, a space dark), 6 pixels a module.
    static func pgm(fromTerminal lines: [String]) -> [UInt8] {
        var rows: [[Bool]] = []   // true: dark
        for line in lines {
            var top: [Bool] = [], bottom: [Bool] = []
            for character in line {
                switch character {
                case "█": top.append(false); bottom.append(false)
                case "▀": top.append(false); bottom.append(true)
                case "▄": top.append(true); bottom.append(false)
                default: top.append(true); bottom.append(true)
                }
            }
            rows.append(top)
            rows.append(bottom)
        }
        let scale = 6, margin = 4
        let width = (rows.map(\.count).max() ?? 0) + 2 * margin, height = rows.count + 2 * margin
        var bytes = Array("P5\n\(width * scale) \(height * scale)\n255\n".utf8)
        for y in 0..<(height * scale) {
            for x in 0..<(width * scale) {
                let row = y / scale - margin, column = x / scale - margin
                let dark = row >= 0 && row < rows.count && column >= 0 && column < rows[row].count && rows[row][column]
                bytes.append(dark ? 0 : 255)
            }
        }
        return bytes
    }

    @Test func theTerminalsQRCodeDecodesToThePrintedAddress() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let server = await fixture.server()
        let slide = server.joinSlide
        #expect(slide.joinAddress.hasPrefix("http://"))
        #expect(slide.joinAddress.hasSuffix("/__workshop/join?code=ABC234&next=/events/\(ServeFixture.slug)/fill/"))
        let lines = slide.terminalLines(.ja)
        #expect(lines[0].contains(slide.joinAddress))
        let blocks = lines.dropFirst().map { String($0.dropFirst(2)) }
        #expect(blocks.count > 10)
        if let decoded = try Self.decode(pgm: Self.pgm(fromTerminal: Array(blocks))) {
            #expect(decoded == slide.joinAddress)
        }
    }

    @Test func theFacilitatorGetsTheSlideAndParticipantsTheCodePage() async throws {
        let fixture = try ServeFixture.make()
        defer { fixture.remove() }
        let server = await fixture.server()
        try await Application(router: server.makeRouter()).test(.router) { client in
            let slide = try await client.get("/__workshop/join", as: .facilitator)
            #expect(slide.status == .ok)
            #expect(slide.text.contains("<p class=\"join-code\" data-join-code>ABC234</p>"))
            #expect(slide.text.contains("<svg"))
            #expect(slide.text.contains("/events/\(ServeFixture.slug)/fill/"))
            for visitor in [Visitor.participant, .none] {
                let page = try await client.get("/__workshop/join", as: visitor)
                #expect(page.status == .ok)
                #expect(page.text.contains("name=\"code\""))
                #expect(!page.text.contains("ABC234"), "the join code leaked to \(visitor)")
            }
        }
    }
}
