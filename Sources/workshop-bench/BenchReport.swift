import Foundation

/// The figures of one series: a table row per builder, then each target of
/// docs/performance.md with the measured figure and PASS/MISS (or why it was
/// not measured).
struct BenchReport: Sendable {
    /// Our build's wall and CPU time must each be at most this share of Hugo's.
    static let hugoTarget = 0.5
    /// `workshop check` at most this many times the cmark-gfm CLI's wall time on the same worksheets.
    static let checkTarget = 3.0
    /// Our build's peak RSS must be at most this many MB (at 2,000 worksheets).
    static let memoryTargetMB = 60.0
    /// serve: median rebuild after one edited worksheet, and idle CPU (share of a core).
    static let editTargetMilliseconds = 20.0
    static let idleTarget = 0.01

    var label: String
    var worksheets: Int
    var ours = RunFigures(name: "workshop", runs: [], files: 0, htmlPages: 0)
    var hugo: RunFigures?
    var hugoNote: String?
    var check: ChildRun?
    /// `workshop check` again after the builds (photos in the cache), median of the runs, and the cmark-gfm CLI likewise.
    var warmCheck: ChildRun?
    var warmCmark: ChildRun?
    var cmark: ChildRun?
    var cmarkNote: String?
    var serve: ServeFigures?
    var serveNote: String?

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
        return lines
    }

    func targetLines() -> [String] {
        var lines = ["", "\(worksheets) worksheets, \(label):"]
        func row(_ what: String, _ figure: String, _ target: String, _ pass: Bool?) {
            lines.append("  " + pad(what, 44) + pad(figure, 22) + pad(target, 16) + (pass.map { $0 ? "PASS" : "MISS" } ?? "not measured"))
        }
        if let hugo, hugo.median > 0, hugo.medianCPU > 0 {
            let wall = ours.median / hugo.median, cpu = ours.medianCPU / hugo.medianCPU
            row("build wall, ours/Hugo (median of \(ours.runs.count))", "\(fixed(wall, 2)) (\(fixed(ours.median, 2))/\(fixed(hugo.median, 2)) s)", "≤ \(fixed(Self.hugoTarget, 1))", wall <= Self.hugoTarget)
            row("build CPU, ours/Hugo (median user+sys)", "\(fixed(cpu, 2)) (\(fixed(ours.medianCPU, 2))/\(fixed(hugo.medianCPU, 2)) s)", "≤ \(fixed(Self.hugoTarget, 1))", cpu <= Self.hugoTarget)
        } else {
            row("build wall and CPU, ours/Hugo", hugoNote ?? "hugo not run", "≤ \(fixed(Self.hugoTarget, 1))", nil)
        }
        if let check, let cmark, cmark.seconds > 0 {
            let ratio = check.seconds / cmark.seconds
            row("check wall, first (develops the photos)", "\(fixed(ratio, 2)) (\(fixed(check.seconds, 3))/\(fixed(cmark.seconds, 3)) s)", "", nil)
            if let warmCheck, let warmCmark, warmCmark.seconds > 0 {
                let warm = warmCheck.seconds / warmCmark.seconds
                row("check wall, ours/cmark-gfm CLI (medians)", "\(fixed(warm, 2)) (\(fixed(warmCheck.seconds, 3))/\(fixed(warmCmark.seconds, 3)) s)", "≤ \(fixed(Self.checkTarget, 0))", warm <= Self.checkTarget)
            }
        } else {
            row("check wall, ours/cmark-gfm CLI", cmarkNote ?? "not run", "≤ \(fixed(Self.checkTarget, 0))", nil)
        }
        let memoryTarget = worksheets <= 2000 ? "≤ \(fixed(Self.memoryTargetMB, 0)) MB" : "≤ 1.5 × the 2,000 figure"
        row("peak RSS of the build (all runs)", "\(fixed(ours.peakMB, 1)) MB", memoryTarget, worksheets <= 2000 ? ours.peakMB <= Self.memoryTargetMB : nil)
        row("peak RSS, runs 2– (photos from the cache)", "\(fixed(ours.warmPeakMB, 1)) MB", memoryTarget, worksheets <= 2000 ? ours.warmPeakMB <= Self.memoryTargetMB : nil)
        row("CPU per worksheet (scaling: compare runs)", "\(fixed(ours.medianCPU / Double(max(1, worksheets)) * 1000, 3)) ms", "≤ 1.1 × at 2,000", nil)
        if let serve {
            row("serve: one edited worksheet, median rebuild", "\(fixed(serve.medianRebuild, 0)) ms", "≤ \(fixed(Self.editTargetMilliseconds, 0)) ms", serve.medianRebuild <= Self.editTargetMilliseconds)
            row("serve: idle CPU", "\(fixed(serve.idleCPU * 100, 2)) % of a core", "≤ \(fixed(Self.idleTarget * 100, 0)) %", serve.idleCPU >= 0 && serve.idleCPU <= Self.idleTarget)
        } else if let serveNote {
            row("serve", serveNote, "", nil)
        }
        return lines
    }

    func fixed(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
