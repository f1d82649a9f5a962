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
        say("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GB, load average \(loadAverage()); workshop: \(workshop)")
        if !options.scaling.isEmpty {
            say("\n== scaling: series in events of 40, \(options.scaling.map(String.init).joined(separator: ", ")) worksheets, \(options.runs) runs each after a warm-up ==")
            let base = options.keep ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("workshop-bench-scaling-\(UInt32.random(in: 0...UInt32.max))")
            switch ScalingFigures.measure(sizes: options.scaling, eventSize: 40, runs: options.runs, seed: options.seed, content: options.content,
                                          workshop: workshop, base: base, themeFolders: themeFolders()) {
            case .failure(let failure):
                say("workshop-bench: \(failure.text)")
                return 2
            case .success(let figures):
                say("\n== targets (release build; docs/performance.md) ==")
                figures.targetLines().forEach(say)
            }
            return 0
        }
        var reports: [BenchReport] = []
        for events in options.eventCounts {
            guard let report = measureSeries(events: events, workshop: workshop) else { return 2 }
            reports.append(report)
        }
        say("\n== targets (release build; docs/performance.md) ==")
        for report in reports { report.targetLines().forEach(say) }
        return 0
    }

    /// One series: generate it, check it (and cmark-gfm on the same files),
    /// build it with us and Hugo alternately, serve it (large events only).
    private func measureSeries(events: Int, workshop: String) -> BenchReport? {
        let base = options.keep ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("workshop-bench-\(UInt32.random(in: 0...UInt32.max))")
        let work = base + "/events-\(events)"
        if options.keep != nil { try? FileManager.default.removeItem(atPath: work) }
        defer { if options.keep == nil { try? FileManager.default.removeItem(atPath: base) } }
        let root = work + "/Content"

        let series = SyntheticSeries(worksheets: options.worksheets, events: events, seed: options.seed, content: options.content)
        let summary: SyntheticSeries.Summary
        do {
            summary = try series.write(to: root)
        } catch {
            say("workshop-bench: cannot write the synthetic content into \(work): \(error)")
            return nil
        }
        let perEvent = summary.worksheets / max(1, summary.events)
        say("\n== series: \(summary.events) events of ~\(perEvent) worksheets, \(summary.worksheets) worksheets, \(summary.groupSheets) group sheets, \(summary.seminarPages) seminar pages (\(summary.files) files, \(String(format: "%.1f", Double(summary.bytes) / 1_048_576)) MB) in \(work)")
        if summary.photos > 0 {
            say("photos: \(summary.photos) in the first event; run 1 develops them (resize, blur, re-encode), later runs read them from the photo cache")
        }
        var report = BenchReport(label: "events of ~\(perEvent)", worksheets: summary.worksheets)

        // The series must be valid, or the build refuses it.
        switch ChildRun.run([workshop, "check", "--root", root], log: work + "/check.log") {
        case .failure(let failure):
            say("workshop-bench: \(failure.text)")
            return nil
        case .success(let check) where !check.succeeded:
            say("workshop-bench: `workshop check` found errors in the synthetic series (exit \(check.status)):\n" + tail(work + "/check.log"))
            return nil
        case .success(let check):
            say("workshop check: no errors (\(String(format: "%.3f", check.seconds)) s wall, \(String(format: "%.2f", check.cpuSeconds)) s cpu, \(String(format: "%.1f", Double(check.peakRSS) / 1_048_576)) MB)")
            report.check = check
        }
        let worksheetFiles = summary.markdown.filter { $0.contains("/worksheets/") }.map { root + "/" + $0 }
        if let cmark = ChildRun.which("cmark-gfm") {
            let command = [cmark, "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "--sourcepos"] + worksheetFiles
            if case .success(let run) = ChildRun.run(command, log: work + "/cmark.html"), run.succeeded {
                say("cmark-gfm CLI on the \(worksheetFiles.count) worksheet files: \(String(format: "%.3f", run.seconds)) s wall, \(String(format: "%.2f", run.cpuSeconds)) s cpu")
                report.cmark = run
            }
        } else {
            report.cmarkNote = "cmark-gfm CLI not on PATH (apt-get install -y cmark-gfm)"
        }

        var builders: [(name: String, output: String, log: String, command: (String) -> [String])] = [
            // The render targets are measured without the search step (Hugo builds no index either); it is timed apart below.
            ("workshop", work + "/out-workshop", work + "/build.log", { [workshop, "build", "--root", root, "--output", $0, "--no-search"] }),
        ]
        if !options.hugo {
            report.hugoNote = "--no-hugo"
        } else if let hugo = ChildRun.which("hugo") {
            do {
                try HugoSite.write(to: work + "/hugo", contentRoot: root, markdown: summary.markdown)
                builders.append(("hugo", work + "/out-hugo", work + "/hugo.log", { [hugo, "--quiet", "-s", work + "/hugo", "-d", $0] }))
            } catch {
                report.hugoNote = "cannot write the Hugo site: \(error)"
            }
        } else {
            report.hugoNote = "hugo is not on PATH (apt-get install -y hugo)"
        }
        switch measureAlternately(builders) {
        case .failure(let failure):
            say("workshop-bench: \(failure.text)")
            return nil
        case .success(let figures):
            report.ours = figures[0]
            report.hugo = figures.count > 1 ? figures[1] : nil
        }
        // `check` again now that the photos are in the cache, alternating with the cmark-gfm CLI; medians.
        if let cmark = ChildRun.which("cmark-gfm") {
            var checks: [ChildRun] = [], cmarks: [ChildRun] = []
            let command = [cmark, "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "--sourcepos"] + worksheetFiles
            for _ in 1...options.runs {
                if case .success(let run) = ChildRun.run([workshop, "check", "--root", root], log: work + "/check.log"), run.succeeded { checks.append(run) }
                if case .success(let run) = ChildRun.run(command, log: work + "/cmark.html"), run.succeeded { cmarks.append(run) }
            }
            func median(_ runs: [ChildRun]) -> ChildRun? { runs.isEmpty ? nil : runs.sorted { $0.seconds < $1.seconds }[runs.count / 2] }
            report.warmCheck = median(checks)
            report.warmCmark = median(cmarks)
            if let check = report.warmCheck, let cmark = report.warmCmark {
                say("workshop check, photos cached, median of \(checks.count): \(String(format: "%.3f", check.seconds)) s wall, \(String(format: "%.2f", check.cpuSeconds)) s cpu, \(String(format: "%.1f", Double(check.peakRSS) / 1_048_576)) MB; cmark-gfm CLI \(String(format: "%.3f", cmark.seconds)) s")
            }
        }
        report.lines().forEach(say)
        // One build with the search step, when Pagefind is installed: what indexing adds.
        try? FileManager.default.removeItem(atPath: work + "/out-search")
        if case .success(let run) = ChildRun.run([workshop, "build", "--root", root, "--output", work + "/out-search"], log: work + "/build-search.log"), run.succeeded {
            let line = (try? String(contentsOfFile: work + "/build-search.log", encoding: .utf8))?
                .split(separator: "\n").first { $0.hasPrefix("search") || $0.hasPrefix("検索") }.map(String.init) ?? "no search line"
            say("workshop build with the search step: \(String(format: "%.3f", run.seconds)) s wall, \(String(format: "%.2f", run.cpuSeconds)) s cpu, \(String(format: "%.1f", Double(run.peakRSS) / 1_048_576)) MB (workshop's own peak; Pagefind is a child process); \(line)")
        }

        if options.serve && perEvent >= 100, let worksheet = worksheetFiles.first {
            switch ServeFigures.measure(workshop: workshop, root: root, output: work + "/out-serve", worksheet: worksheet, log: work + "/serve.log") {
            case .failure(let failure): report.serveNote = failure.text
            case .success(let serve):
                report.serve = serve
                say("serve: idle \(String(format: "%.2f", serve.idleCPU * 100)) % of a core over \(Int(serve.idleSeconds)) s; one edited worksheet: rebuild median \(String(format: "%.0f", serve.medianRebuild)) ms (\(serve.rebuildMilliseconds.map { String(format: "%.0f", $0) }.joined(separator: ", "))), write → rebuilt median \(String(format: "%.0f", serve.medianNoticed)) ms")
            }
        }
        if let timing = SeriesPageTiming.measure(root: root, themeFolders: themeFolders()) { say(timing.line) }
        if options.profile { profile(root: root, output: work + "/out-profile") }
        if options.keep != nil { say("kept the content, the Hugo site and the outputs in \(work)") }
        return report
    }

    /// `runs` runs of each builder, taking turns (ours, Hugo, ours, …) so a
    /// change in the machine's load falls on both alike; each into a fresh folder.
    private func measureAlternately(_ builders: [(name: String, output: String, log: String, command: (String) -> [String])]) -> Result<[RunFigures], ParseFailure> {
        var runs = Array(repeating: [ChildRun](), count: builders.count)
        for index in 1...options.runs {
            for (which, builder) in builders.enumerated() {
                try? FileManager.default.removeItem(atPath: builder.output)
                switch ChildRun.run(builder.command(builder.output), log: builder.log) {
                case .failure(let failure): return .failure(failure)
                case .success(let run) where !run.succeeded:
                    return .failure(ParseFailure(text: "\(builder.name) failed (exit \(run.status)):\n" + tail(builder.log)))
                case .success(let run):
                    say("  \(builder.name) run \(index): \(String(format: "%.3f", run.seconds)) s wall, \(String(format: "%.2f", run.cpuSeconds)) s cpu, \(String(format: "%.1f", Double(run.peakRSS) / 1_048_576)) MB")
                    runs[which].append(run)
                }
            }
        }
        return .success(builders.enumerated().map { which, builder in
            let count = OutputCount(folder: builder.output)
            return RunFigures(name: builder.name, runs: runs[which], files: count.files, htmlPages: count.htmlPages)
        })
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
