import Foundation

/// What `workshop-bench` was asked to measure. Parsed by hand so the
/// benchmark needs nothing beyond the site engine.
struct BenchOptions: Sendable {
    var worksheets = 2000
    /// Number of events; nil means the series is built in each of `eventSizes`.
    var events: Int?
    /// Worksheets per event of each series measured: the programme's events
    /// (40) and a large event (200).
    var eventSizes = [40, 200]
    var runs = 5
    /// Also measure `workshop serve` (idle CPU, one edited worksheet) on the series of large events.
    var serve = true
    /// Keep the generated content, Hugo site and outputs in this folder.
    var keep: String?
    var hugo = true
    /// The repository content whose site.yaml and catalogues are copied.
    var content = "Content"
    /// The release `workshop` binary; nil means next to this executable.
    var workshop: String?
    /// Also time each build step in-process (load, check, theme, render, write).
    var profile = false
    var seed: UInt64 = 2024
    /// Series sizes for the scaling targets (events of 40), e.g. 2000,20000,100000; empty: not measured.
    var scaling: [Int] = []

    static let usage = """
        usage: workshop-bench [--worksheets 2000] [--event-size 40] [--events N] [--runs 5] [--keep DIR]
                              [--no-hugo] [--no-serve] [--content Content] [--workshop PATH] [--profile] [--seed N]
                              [--scaling 2000,20000,100000]

        Generates a synthetic series of worksheets, builds it with the release
        `workshop build` binary (spawned, so its peak memory is its own) and,
        where `hugo` is on PATH, times Hugo rendering the same Markdown.
        Prints wall time, files written, files per second and peak RSS, for a
        series in events of 40 worksheets and one in events of 200 (or only
        --event-size N, or --events N), then the targets as PASS/MISS.
        --scaling builds series of those sizes (events of 40) and prints the
        CPU per worksheet and peak RSS against the smallest (scaling targets).
        It is a benchmark, not a test: the exit status is 0 whatever the figures.
        """

    enum ParseOutcome {
        case run(BenchOptions)
        case help
        case failure(String)
    }

    static func parse(_ arguments: [String]) -> ParseOutcome {
        var options = BenchOptions()
        var rest = arguments[...]
        func value(_ flag: String) -> Result<String, ParseFailure> {
            guard let next = rest.popFirst() else { return .failure(ParseFailure(text: "\(flag) needs a value")) }
            return .success(next)
        }
        func number(_ flag: String, minimum: Int) -> Result<Int, ParseFailure> {
            value(flag).flatMap { text in
                guard let number = Int(text), number >= minimum else {
                    return .failure(ParseFailure(text: "\(flag) needs a whole number ≥ \(minimum), not '\(text)'"))
                }
                return .success(number)
            }
        }
        do throws(ParseFailure) {
            while let flag = rest.popFirst() {
                switch flag {
                case "--worksheets": options.worksheets = try number(flag, minimum: 1).get()
                case "--events": options.events = try number(flag, minimum: 1).get()
                case "--event-size": options.eventSizes = [try number(flag, minimum: 1).get()]
                case "--no-serve": options.serve = false
                case "--runs": options.runs = try number(flag, minimum: 1).get()
                case "--keep": options.keep = try value(flag).get()
                case "--no-hugo": options.hugo = false
                case "--content": options.content = try value(flag).get()
                case "--workshop": options.workshop = try value(flag).get()
                case "--profile": options.profile = true
                case "--seed": options.seed = UInt64(try number(flag, minimum: 0).get())
                case "--scaling":
                    let list = try value(flag).get().split(separator: ",").map { Int($0) }
                    guard !list.isEmpty, list.allSatisfy({ ($0 ?? 0) > 0 }) else { throw ParseFailure(text: "--scaling needs sizes like 2000,20000") }
                    options.scaling = list.compactMap { $0 }
                case "-h", "--help": return .help
                default: return .failure("unknown argument '\(flag)'")
                }
            }
        } catch {
            return .failure(error.text)
        }
        return .run(options)
    }

    /// The series measured, as numbers of events: as asked, or one per event size.
    var eventCounts: [Int] {
        if let events { return [min(worksheets, events)] }
        return eventSizes.map { min(worksheets, max(1, Int((Double(worksheets) / Double($0)).rounded()))) }
    }
}

struct ParseFailure: Error {
    var text: String
}
