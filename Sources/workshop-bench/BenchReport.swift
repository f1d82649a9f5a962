import Foundation

/// Prints the figures of a benchmark: one table row per builder, then the
/// ratio ours/Hugo and PASS/MISS against the targets.
struct BenchReport: Sendable {
    /// Our build's wall time must be at most this share of Hugo's.
    static let wallTarget = 0.5
    /// Our build's peak RSS must be at most this many MB.
    static let memoryTargetMB = 100.0

    var ours: RunFigures
    var hugo: RunFigures?
    var hugoNote: String?

    func lines() -> [String] {
        var lines = [
            "",
            pad("builder", 10) + pad("min s", 9) + pad("median s", 10) + pad("cpu s", 8) + pad("files", 8) + pad("html", 8) + pad("files/s", 10) + "peak RSS MB",
        ]
        for figures in [ours] + (hugo.map { [$0] } ?? []) {
            lines.append(pad(figures.name, 10) + pad(fixed(figures.minimum, 3), 9) + pad(fixed(figures.median, 3), 10) + pad(fixed(figures.medianCPU, 2), 8)
                         + pad("\(figures.files)", 8) + pad("\(figures.htmlPages)", 8)
                         + pad(fixed(figures.filesPerSecond, 0), 10) + fixed(figures.peakMB, 1))
        }
        lines.append("")
        if let hugo, hugo.median > 0 {
            let ratio = ours.median / hugo.median
            lines.append("wall time ours/hugo (median): \(fixed(ratio, 2)) — target ≤ \(fixed(Self.wallTarget, 1)): \(ratio <= Self.wallTarget ? "PASS" : "MISS")")
            lines.append("CPU time ours/hugo (median user+sys): \(fixed(hugo.medianCPU > 0 ? ours.medianCPU / hugo.medianCPU : 0, 2))")
            lines.append("peak RSS ours/hugo: \(fixed(hugo.peakMB > 0 ? ours.peakMB / hugo.peakMB : 0, 2))")
        } else {
            lines.append("wall time target (≤ \(fixed(Self.wallTarget, 1)) × Hugo): not measured — \(hugoNote ?? "hugo not run")")
        }
        lines.append("peak RSS ours: \(fixed(ours.peakMB, 1)) MB — target ≤ \(fixed(Self.memoryTargetMB, 0)) MB: \(ours.peakMB <= Self.memoryTargetMB ? "PASS" : "MISS")")
        return lines
    }

    func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
