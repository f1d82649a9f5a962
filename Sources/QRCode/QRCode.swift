import CQRencode

/// A QR code made by libqrencode (Debian's `libqrencode`): the modules as a
/// square of dark and light, and the ways the tool shows it (SVG for the
/// join slide, UTF-8 half blocks for the terminal, PGM for tests).
public struct QRCode: Sendable, Hashable {
    /// Modules per side (without the quiet zone).
    public let size: Int
    /// Row by row, `true` for a dark module.
    public let modules: [Bool]

    /// Encodes `text` (8-bit, error correction level M); nil when it does not fit a QR code.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, !bytes.contains(0) else { return nil }
        let made: UnsafeMutablePointer<QRcode>? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt8.self) { QRcode_encodeData(Int32($0.count), $0.baseAddress, 0, QR_ECLEVEL_M) }
        }
        guard let code = made else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        size = width
        // Bit 0 of each byte is the module's colour (1: dark); the other bits say what the module is for.
        modules = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
    }

    public func isDark(row: Int, column: Int) -> Bool {
        row >= 0 && column >= 0 && row < size && column < size && modules[row * size + column]
    }

    /// An SVG of the code with a quiet zone of `margin` modules; it scales to any size (`width: 100%`).
    public func svg(margin: Int = 4, label: String) -> String {
        let side = size + 2 * margin
        var path = ""
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else { column += 1; continue }
                var run = 1
                while isDark(row: row, column: column + run) { run += 1 }
                path += "M\(column + margin) \(row + margin)h\(run)v1h-\(run)z"
                column += run
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"\(label)\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }

    /// The code as text for a terminal: two rows per line in UTF-8 half blocks,
    /// dark on light whatever the terminal's colours (light modules are blocks).
    public func terminalLines(margin: Int = 2) -> [String] {
        var lines: [String] = []
        var row = -margin
        while row < size + margin {
            var line = ""
            for column in -margin..<(size + margin) {
                let top = !isDark(row: row, column: column)
                let bottom = row + 1 < size + margin && !isDark(row: row + 1, column: column)
                switch (top, bottom) {
                case (true, true): line += "█"
                case (true, false): line += "▀"
                case (false, true): line += "▄"
                case (false, false): line += " "
                }
            }
            lines.append(line)
            row += 2
        }
        return lines
    }

    /// A binary greymap (PGM, `P5`) with `scale` pixels per module and a quiet zone of `margin` modules.
    public func pgm(scale: Int = 8, margin: Int = 4) -> [UInt8] {
        let side = (size + 2 * margin) * scale
        var bytes = Array("P5\n\(side) \(side)\n255\n".utf8)
        bytes.reserveCapacity(bytes.count + side * side)
        for y in 0..<side {
            let row = y / scale - margin
            for x in 0..<side {
                bytes.append(isDark(row: row, column: x / scale - margin) ? 0 : 255)
            }
        }
        return bytes
    }
}
