import Foundation

/// The scaling targets: the same kind of series (events of 40) at several
/// sizes, each built `runs` times; CPU per worksheet at every size within
/// 1.1 × the smallest's, and peak RSS at the second size at most 1.5 × the
/// smallest's (the performance issue's targets).
struct ScalingFigures: Sendable {
    struct Size: Sendable {
        var worksheets: Int
        var cpuSeconds: Double
        var wallSeconds: Double
        var peakRSS: Int
        var cpuPerWorksheet: Double { cpuSeconds / Double(max(1, worksheets)) }
    }

    var sizes: [Size] = []

    /// Builds each size (content generated into `base`, removed after) and returns the figures, or what stopped it.
    /// `themeFolders`: where the in-process timing of the series page finds themes.
    static func measure(sizes: [Int], eventSize: Int, runs: Int, seed: UInt64, content: String, workshop: String, base: String,
                        themeFolders: [String] = []) -> Result<ScalingFigures, ParseFailure> {
        var figures = ScalingFigures()
        for worksheets in sizes {
            let work = base + "/scaling-\(worksheets)"
            defer { try? FileManager.default.removeItem(atPath: work) }
            let series = SyntheticSeries(worksheets: worksheets, events: max(1, worksheets / eventSize), seed: seed, content: content)
            say("  \(worksheets) worksheets: \(series.events) events over \(series.years) programme years, a threat catalogue a year mapped onto the next")
            do { _ = try series.write(to: work + "/Content") } catch {
                return .failure(ParseFailure(text: "cannot write the series of \(worksheets): \(error)"))
            }
            var measured: [ChildRun] = []
            // One run to warm the page cache and the photo cache, then the measured runs.
            for index in 0...runs {
                try? FileManager.default.removeItem(atPath: work + "/out")
                switch ChildRun.run([workshop, "build", "--root", work + "/Content", "--output", work + "/out", "--no-search"], log: work + "/build.log") {
                case .failure(let failure): return .failure(failure)
                case .success(let run) where !run.succeeded:
                    return .failure(ParseFailure(text: "the build of \(worksheets) worksheets failed (exit \(run.status))"))
                case .success(let run):
                    if index > 0 { measured.append(run) }
                }
            }
            let cpu = measured.map(\.cpuSeconds).sorted()[measured.count / 2]
            let wall = measured.map(\.seconds).sorted()[measured.count / 2]
            let size = Size(worksheets: worksheets, cpuSeconds: cpu, wallSeconds: wall, peakRSS: measured.map(\.peakRSS).max() ?? 0)
            say("  \(worksheets) worksheets: \(String(format: "%.2f", wall)) s wall, \(String(format: "%.2f", cpu)) s cpu (median of \(measured.count)), "
                + "\(String(format: "%.3f", size.cpuPerWorksheet * 1000)) ms cpu per worksheet, \(String(format: "%.1f", Double(size.peakRSS) / 1_048_576)) MB")
            figures.sizes.append(size)
            // The series report is in what was built; then timed alone, in-process.
            let page = (try? FileManager.default.attributesOfItem(atPath: work + "/out/series/index.html")[.size] as? Int) ?? nil
            guard let page else { return .failure(ParseFailure(text: "the build of \(worksheets) worksheets has no series/index.html")) }
            say("    built series/index.html: \(String(format: "%.1f", Double(page) / 1024)) KB")
            if let timing = SeriesPageTiming.measure(root: work + "/Content", themeFolders: themeFolders) { say("    " + timing.line) }
        }
        return .success(figures)
    }

    func targetLines() -> [String] {
        guard let first = sizes.first else { return [] }
        var lines: [String] = []
        for size in sizes.dropFirst() {
            let ratio = size.cpuPerWorksheet / max(first.cpuPerWorksheet, 1e-9)
            lines.append("\(ratio <= 1.1 ? "PASS" : "MISS") scaling: CPU per worksheet at \(size.worksheets) is \(String(format: "%.2f", ratio)) × that at \(first.worksheets) (target ≤ 1.1 ×)")
        }
        if sizes.count > 1 {
            let second = sizes[1]
            let ratio = Double(second.peakRSS) / Double(max(1, first.peakRSS))
            lines.append("\(ratio <= 1.5 ? "PASS" : "MISS") memory: peak RSS at \(second.worksheets) is \(String(format: "%.2f", ratio)) × that at \(first.worksheets) (\(String(format: "%.1f", Double(second.peakRSS) / 1_048_576)) / \(String(format: "%.1f", Double(first.peakRSS) / 1_048_576)) MB; target ≤ 1.5 ×)")
        }
        return lines
    }
}
