import Foundation
@testable import WorkshopPhotos

/// The test photos: a drawn scene with a camera's EXIF (make, model, serial,
/// GPS position), and hostile files made from it.
enum PhotoFixtures {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// 900×600 JPEG with EXIF strings `WS-CANARY-…` and a GPS position (scripts/make-sample-photos.py).
    static var canary: Data {
        get throws { try Data(contentsOf: repoRoot.appendingPathComponent("Tests/Fixtures/photos/canary.jpg")) }
    }

    /// The strings the canary's metadata holds; none may survive processing.
    static let metadataStrings = ["WS-CANARY-MODEL", "WS-CANARY-SERIAL-4711", "WS-CANARY-SOFTWARE", "WS-CANARY-ARTIST", "Canary Camera Co.", "Exif"]

    /// The canary cut off halfway (a copy interrupted).
    static var truncated: Data {
        get throws { let data = try canary; return data.prefix(data.count / 2) }
    }

    /// The canary with its frame header claiming 50,000 × 50,000 pixels.
    static var bomb: Data {
        get throws {
            var bytes = [UInt8](try canary)
            for index in 0..<(bytes.count - 9) where bytes[index] == 0xFF && (bytes[index + 1] == 0xC0 || bytes[index + 1] == 0xC2) {
                // SOFn: length (2), precision (1), height (2), width (2).
                let size: UInt16 = 50_000
                bytes[index + 5] = UInt8(size >> 8); bytes[index + 6] = UInt8(size & 0xFF)
                bytes[index + 7] = UInt8(size >> 8); bytes[index + 8] = UInt8(size & 0xFF)
                return Data(bytes)
            }
            return Data(bytes)
        }
    }

    static let notAnImage = Data("これは写真ではありません。\nnot a photo at all\n".utf8)

    /// Whether `needle` occurs in `data`.
    static func contains(_ data: Data, _ needle: String) -> Bool {
        data.range(of: Data(needle.utf8)) != nil
    }

    /// exiftool's tags of a file as JSON text, or nil when exiftool is not installed.
    static func exiftool(_ data: Data) throws -> String? {
        let paths = ["/usr/bin/exiftool", "/usr/local/bin/exiftool"]
        guard let tool = paths.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-exif-\(UUID().uuidString).jpg")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-json", "-a", "-G1", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }

    /// Mean and standard deviation of the luminance inside a rectangle of fractions.
    static func statistics(_ grey: (width: Int, height: Int, pixels: [UInt8]), x: Double, y: Double, width: Double, height: Double) -> (mean: Double, deviation: Double) {
        let left = Int(x * Double(grey.width)), top = Int(y * Double(grey.height))
        let right = Int((x + width) * Double(grey.width)), bottom = Int((y + height) * Double(grey.height))
        var values: [Double] = []
        for row in top..<bottom { for column in left..<right { values.append(Double(grey.pixels[row * grey.width + column])) } }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
        return (mean, variance.squareRoot())
    }

    /// Detail inside a rectangle: the mean absolute difference between neighbouring pixels
    /// (edges of eyes, mouth, outline); blurring and pixelating both take it away.
    static func detail(_ grey: (width: Int, height: Int, pixels: [UInt8]), x: Double, y: Double, width: Double, height: Double) -> Double {
        let left = Int(x * Double(grey.width)), top = Int(y * Double(grey.height))
        let right = Int((x + width) * Double(grey.width)) - 1, bottom = Int((y + height) * Double(grey.height)) - 1
        var total = 0.0, count = 0.0
        for row in top..<bottom {
            for column in left..<right {
                let here = Double(grey.pixels[row * grey.width + column])
                total += abs(here - Double(grey.pixels[row * grey.width + column + 1])) + abs(here - Double(grey.pixels[(row + 1) * grey.width + column]))
                count += 1
            }
        }
        return total / count
    }

    /// Mean absolute difference of two equally sized images inside or outside a rectangle.
    static func difference(_ a: (width: Int, height: Int, pixels: [UInt8]), _ b: (width: Int, height: Int, pixels: [UInt8]),
                           outside x: Double, _ y: Double, _ width: Double, _ height: Double) -> Double {
        var total = 0.0, count = 0.0
        for row in 0..<a.height {
            for column in 0..<a.width {
                let fx = Double(column) / Double(a.width), fy = Double(row) / Double(a.height)
                // A margin of 2% around the region: the blur's edge may reach just past it.
                if fx >= x - 0.02 && fx <= x + width + 0.02 && fy >= y - 0.02 && fy <= y + height + 0.02 { continue }
                total += abs(Double(a.pixels[row * a.width + column]) - Double(b.pixels[row * b.width + column]))
                count += 1
            }
        }
        return total / count
    }
}
