import Foundation

/// `workshop serve` measured on the generated series: its CPU while nothing
/// changes, and the rebuild after each of a number of edits to one worksheet
/// (the time the server reports for the rebuild, and the time from the write
/// to that report, which includes the watcher's 250 ms quiet period).
struct ServeFigures: Sendable {
    /// Share of one core used while idle (0.01 is 1 %).
    var idleCPU: Double
    var idleSeconds: Double
    /// What the server printed for each edit's rebuild, in ms.
    var rebuildMilliseconds: [Double]
    /// From each write to the server's line about it, in ms.
    var noticedMilliseconds: [Double]

    var medianRebuild: Double { Self.median(rebuildMilliseconds) }
    var medianNoticed: Double { Self.median(noticedMilliseconds) }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// Serves `root`, waits for the first build, measures `idle` seconds of
    /// CPU, then edits `worksheet` (a path under `root`) `edits` times.
    static func measure(workshop: String, root: String, output: String, worksheet: String, log: String,
                        idle: Double = 10, edits: Int = 10) -> Result<ServeFigures, ParseFailure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: workshop)
        let port = Int.random(in: 20000...40000)
        process.arguments = ["serve", "--root", root, "--output", output, "--port", String(port)]
        FileManager.default.createFile(atPath: log, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: log) else { return .failure(ParseFailure(text: "cannot write \(log)")) }
        process.standardOutput = handle
        process.standardError = handle
        do { try process.run() } catch { return .failure(ParseFailure(text: "cannot start workshop serve: \(error)")) }
        defer {
            process.terminate()
            process.waitUntilExit()
            try? handle.close()
        }
        func lines() -> [String] {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
        func built(_ line: String) -> Bool { line.contains(" ms") && (line.contains("rebuilt") || line.contains("再構築") || line.contains("built the site") || line.contains("サイトを作成")) }
        // The first full build.
        let deadline = Date().addingTimeInterval(300)
        while !lines().contains(where: built) {
            guard Date() < deadline, process.isRunning else { return .failure(ParseFailure(text: "workshop serve did not build:\n" + lines().suffix(10).joined(separator: "\n"))) }
            Thread.sleep(forTimeInterval: 0.1)
        }
        Thread.sleep(forTimeInterval: 2)
        let before = cpuTicks(process.processIdentifier)
        Thread.sleep(forTimeInterval: idle)
        let after = cpuTicks(process.processIdentifier)
        let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        let idleCPU = before.flatMap { b in after.map { a in Double(a - b) / ticksPerSecond / idle } } ?? -1

        var rebuilds: [Double] = []
        var noticed: [Double] = []
        guard let original = try? String(contentsOfFile: worksheet, encoding: .utf8) else { return .failure(ParseFailure(text: "cannot read \(worksheet)")) }
        for edit in 1...edits {
            let seen = lines().filter(built).count
            let text = original + "\n\n追記 \(edit): 編集のたびに変わる一文。\n"
            let start = Date()
            try? Data(text.utf8).write(to: URL(fileURLWithPath: worksheet), options: .atomic)
            while lines().filter(built).count == seen {
                guard Date().timeIntervalSince(start) < 60 else { return .failure(ParseFailure(text: "no rebuild after edit \(edit):\n" + lines().suffix(10).joined(separator: "\n"))) }
                Thread.sleep(forTimeInterval: 0.005)
            }
            noticed.append(Date().timeIntervalSince(start) * 1000)
            if let line = lines().filter(built).last, let ms = milliseconds(in: line) { rebuilds.append(ms) }
            Thread.sleep(forTimeInterval: 0.5)
        }
        try? Data(original.utf8).write(to: URL(fileURLWithPath: worksheet), options: .atomic)
        return .success(ServeFigures(idleCPU: idleCPU, idleSeconds: idle, rebuildMilliseconds: rebuilds, noticedMilliseconds: noticed))
    }

    /// utime + stime of a process, in clock ticks (Linux /proc).
    static func cpuTicks(_ pid: Int32) -> Int? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the command: state is field 3, utime 14 and stime 15 (1-based over the whole line).
        guard fields.count > 13, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        return user + system
    }

    /// The number before " ms" in a line of the server.
    static func milliseconds(in line: String) -> Double? {
        guard let range = line.range(of: " ms") else { return nil }
        let digits = line[..<range.lowerBound].reversed().prefix { $0.isNumber }
        return Double(String(digits.reversed()))
    }
}
