/// The figures of several runs of one builder.
struct RunFigures: Sendable {
    var name: String
    var runs: [ChildRun]
    /// Files in the output folder after the last run.
    var files: Int
    var htmlPages: Int

    var wallTimes: [Double] { runs.map(\.seconds).sorted() }
    var minimum: Double { wallTimes.first ?? 0 }
    var median: Double {
        let times = wallTimes
        guard !times.isEmpty else { return 0 }
        let middle = times.count / 2
        return times.count % 2 == 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2
    }
    /// The largest peak RSS of the runs, in MiB (printed as "MB").
    var medianCPU: Double {
        let times = runs.map(\.cpuSeconds).sorted()
        guard !times.isEmpty else { return 0 }
        let middle = times.count / 2
        return times.count % 2 == 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2
    }
    var peakMB: Double { Double(runs.map(\.peakRSS).max() ?? 0) / 1_048_576 }
    /// Peak RSS of the runs after the first (which also develops the sample photos into the cache).
    var warmPeakMB: Double { Double(runs.dropFirst().map(\.peakRSS).max() ?? runs.first?.peakRSS ?? 0) / 1_048_576 }
    var filesPerSecond: Double { median > 0 ? Double(files) / median : 0 }
}
