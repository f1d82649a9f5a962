import Foundation

/// One benchmark session: generate the series, check it once, build it
/// `runs` times with the release `workshop` binary, do the same with Hugo
/// when it is installed, and print the figures.
struct Benchmark: Sendable {
    var options: BenchOptions

    /// The exit status: 0 when measured (whatever the figures), 2 when it could not run.
    func run() -> Int32 {
        guard let workshop = workshopBinary() else {
            say("workshop-bench: no release `workshop` binary next to this one; build it first:\n  swift build -c release --product workshop   (or pass --workshop PATH)")
            return 2
        }
        guard FileManager.default.fileExists(atPath: options.content + "/site.yaml") else {
            say("workshop-bench: '\(options.content)/site.yaml' not found; run from the repository or pass --content DIR")
            return 2
        }
        let work = options.keep ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("workshop-bench-\(UInt32.random(in: 0...UInt32.max))")
        if options.keep != nil { try? FileManager.default.removeItem(atPath: work) }
        defer { if options.keep == nil { try? FileManager.default.removeItem(atPath: work) } }
        let root = work + "/Content"

        let series = SyntheticSeries(worksheets: options.worksheets, events: options.eventCount, seed: options.seed, content: options.content)
        let summary: SyntheticSeries.Summary
        do {
            summary = try series.write(to: root)
        } catch {
            say("workshop-bench: cannot write the synthetic content into \(work): \(error)")
            return 2
        }
        say("synthetic series: \(summary.events) events, \(summary.worksheets) worksheets, \(summary.groupSheets) group sheets, \(summary.seminarPages) seminar pages (\(summary.files) files, \(String(format: "%.1f", Double(summary.bytes) / 1_048_576)) MB) in \(work)")
        if summary.photos > 0 {
            say("photos: \(summary.photos) in the first event; run 1 develops them (resize, blur, re-encode), later runs read them from the photo cache (\(work)/.workshop/photo-cache)")
        }
        say("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GB, load average \(loadAverage()); workshop: \(workshop)")

        // The series must be valid, or the build refuses it.
        switch ChildRun.run([workshop, "check", "--root", root], log: work + "/check.log") {
        case .failure(let failure):
            say("workshop-bench: \(failure.text)")
            return 2
        case .success(let check) where !check.succeeded:
            say("workshop-bench: `workshop check` found errors in the synthetic series (exit \(check.status)):\n" + tail(work + "/check.log"))
            return 2
        case .success(let check):
            say("workshop check: no errors (\(String(format: "%.3f", check.seconds)) s wall, \(String(format: "%.2f", check.cpuSeconds)) s cpu, \(String(format: "%.1f", Double(check.peakRSS) / 1_048_576)) MB)")
        }

        let ours: RunFigures
        switch measure(name: "workshop", output: work + "/out-workshop", log: work + "/build.log", command: { [workshop, "build", "--root", root, "--output", $0] }) {
        case .failure(let failure):
            say("workshop-bench: \(failure.text)")
            return 2
        case .success(let figures):
            ours = figures
        }

        var report = BenchReport(ours: ours)
        if !options.hugo {
            report.hugoNote = "--no-hugo"
        } else if let hugo = ChildRun.which("hugo") {
            do {
                try HugoSite.write(to: work + "/hugo", contentRoot: root, markdown: summary.markdown)
                switch measure(name: "hugo", output: work + "/out-hugo", log: work + "/hugo.log", command: { [hugo, "--quiet", "-s", work + "/hugo", "-d", $0] }) {
                case .failure(let failure): report.hugoNote = failure.text
                case .success(let figures): report.hugo = figures
                }
            } catch {
                report.hugoNote = "cannot write the Hugo site: \(error)"
            }
        } else {
            report.hugoNote = "hugo is not on PATH (apt-get install -y hugo)"
        }
        report.lines().forEach(say)

        if options.profile { profile(root: root, output: work + "/out-profile") }
        if let keep = options.keep { say("\nkept the content, the Hugo site and the outputs in \(keep)") }
        return 0
    }

    /// `runs` runs of one builder, each into a fresh output folder.
    private func measure(name: String, output: String, log: String, command: (String) -> [String]) -> Result<RunFigures, ParseFailure> {
        var runs: [ChildRun] = []
        for index in 1...options.runs {
            try? FileManager.default.removeItem(atPath: output)
            switch ChildRun.run(command(output), log: log) {
            case .failure(let failure): return .failure(failure)
            case .success(let run) where !run.succeeded:
                return .failure(ParseFailure(text: "\(name) failed (exit \(run.status)):\n" + tail(log)))
            case .success(let run):
                say("  \(name) run \(index): \(String(format: "%.3f", run.seconds)) s wall, \(String(format: "%.2f", run.cpuSeconds)) s cpu, \(String(format: "%.1f", Double(run.peakRSS) / 1_048_576)) MB")
                runs.append(run)
            }
        }
        let count = OutputCount(folder: output)
        return .success(RunFigures(name: name, runs: runs, files: count.files, htmlPages: count.htmlPages))
    }

    private func profile(root: String, output: String) {
        say("\nin-process steps (one run, same APIs as SiteBuild):")
        let profile = StepProfile.run(root: root, output: output, themeFolders: themeFolders())
        for step in profile.steps {
            say("  " + step.name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%7.3f s", step.seconds))
        }
        if let failure = profile.failure { say("  stopped: \(failure)") }
        say("  \(profile.files) files, \(profile.findings) findings")
    }

    /// `--workshop`, or `workshop` beside this executable.
    private func workshopBinary() -> String? {
        let candidate = options.workshop ?? executableFolder().appendingPathComponent("workshop").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    private func executableFolder() -> URL {
        URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// Where the bundled themes are for an in-process build: as `workshop` finds them.
    private func themeFolders() -> [String] {
        let folder = executableFolder()
        return [folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes").path,
                folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes").path]
    }

    /// The 1-minute load average, to judge how busy the machine was.
    private func loadAverage() -> String {
        var loads = [Double](repeating: 0, count: 3)
        guard getloadavg(&loads, 3) > 0 else { return "unknown" }
        return String(format: "%.2f", loads[0])
    }

    private func tail(_ log: String) -> String {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(20).joined(separator: "\n")
    }
}

func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
