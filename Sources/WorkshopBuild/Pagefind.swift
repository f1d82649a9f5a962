import Foundation

/// Pagefind (pagefind.app), the static search indexer, found on the machine
/// and run over a built output folder (docs/search.md). Its extended build
/// (PyPI `pagefind-bin-extended`, installed by `scripts/install-deps.sh`)
/// segments Japanese. Process-running code lives here, not in the pure
/// `WorkshopRender`.
public struct Pagefind: Sendable {
    /// The indexer's executable.
    public var executable: String
    /// Seconds one run may take before it is stopped.
    public var timeout: Double

    public init(executable: String, timeout: Double = 900) {
        self.executable = executable
        self.timeout = timeout
    }

    /// The names looked for on `PATH`, in order.
    public static let names = ["pagefind_extended", "pagefind"]
    /// The PyPI package that ships the extended binary (the version `scripts/install-deps.sh` pins).
    public static let pipPackage = "pagefind-bin-extended"
    /// The folder the bundle is written into, under the output root.
    public static let bundleFolder = "pagefind"

    /// `$WORKSHOP_PAGEFIND` when set (a path, or a name on PATH; when it names
    /// nothing, no indexer), else the first of `names` on `PATH`, else the
    /// binary inside the pip package (asked of `python3`).
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> Pagefind? {
        let path = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        func lookUp(_ name: String) -> String? {
            if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
            return path.lazy.map { URL(fileURLWithPath: $0).appendingPathComponent(name).path }
                .first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        if let named = environment["WORKSHOP_PAGEFIND"], !named.isEmpty {
            return lookUp(named).map { Pagefind(executable: $0) }
        }
        if let onPath = names.lazy.compactMap(lookUp).first { return Pagefind(executable: onPath) }
        guard let python = lookUp("python3"), let folder = pipPackageFolder(python: python) else { return nil }
        return names.lazy.map { URL(fileURLWithPath: folder).appendingPathComponent($0).path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
            .map { Pagefind(executable: $0) }
    }

    /// The folder of the installed `pagefind_bin_extended` package, as `python` imports it (nil when it is not installed).
    static func pipPackageFolder(python: String) -> String? {
        let script = "import importlib.util as u, os; s = u.find_spec('pagefind_bin_extended'); print(os.path.dirname(s.origin) if s and s.origin else '')"
        guard let run = try? RunProcess.run(python, ["-c", script], timeout: 20), run.status == 0 else { return nil }
        let folder = run.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return folder.isEmpty ? nil : folder
    }

    /// The command line that indexes the HTML under `site` into `site/pagefind/`.
    public func arguments(site: String) -> [String] {
        // Headings' "#" self-links (Markdown's `a.anchor`) are not words of the page.
        ["--site", site, "--output-subdir", Self.bundleFolder, "--exclude-selectors", "a.anchor", "--quiet"]
    }

    /// Indexes the site in `site` (a built output folder) into `site/pagefind/`.
    /// On any failure nothing of the bundle is left behind.
    public func index(site: String) throws(SearchIndexError) -> SearchIndexSummary {
        let bundle = URL(fileURLWithPath: site).appendingPathComponent(Self.bundleFolder)
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: bundle)
        let start = Date()
        let run: RunProcess.Outcome
        do {
            run = try RunProcess.run(executable, arguments(site: site), timeout: timeout)
        } catch {
            try? fileManager.removeItem(at: bundle)
            throw error
        }
        func failed(_ why: String) -> SearchIndexError {
            try? fileManager.removeItem(at: bundle)
            let log = run.output.trimmingCharacters(in: .whitespacesAndNewlines)
            return .failed(detail: log.isEmpty ? why : "\(why)\n\(String(log.suffix(600)))")
        }
        guard run.status == 0 else { throw failed("\(executable) exited with status \(run.status)") }
        guard fileManager.fileExists(atPath: bundle.appendingPathComponent("pagefind-ui.js").path),
              fileManager.fileExists(atPath: bundle.appendingPathComponent("pagefind-entry.json").path) else {
            throw failed("\(executable) wrote no bundle into \(Self.bundleFolder)/")
        }
        // One fragment per indexed page.
        let fragments = (try? fileManager.contentsOfDirectory(atPath: bundle.appendingPathComponent("fragment").path)) ?? []
        var bytes = 0
        if let walker = fileManager.enumerator(at: bundle, includingPropertiesForKeys: [.fileSizeKey]) {
            for case let url as URL in walker {
                bytes += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
            }
        }
        return SearchIndexSummary(pages: fragments.count, bytes: bytes, seconds: Date().timeIntervalSince(start))
    }
}

/// What an index run made.
public struct SearchIndexSummary: Sendable, Hashable {
    /// Pages indexed (Pagefind's fragments: one per page).
    public var pages: Int
    /// The bundle's size on disk (index, fragments, filters, interface).
    public var bytes: Int
    public var seconds: Double

    public init(pages: Int, bytes: Int, seconds: Double) {
        self.pages = pages
        self.bytes = bytes
        self.seconds = seconds
    }
}

/// Why an index run failed (the build still succeeds, without search).
public enum SearchIndexError: Error, Sendable, Hashable {
    case couldNotStart(executable: String, detail: String)
    case timedOut(seconds: Int)
    case failed(detail: String)

    public var detail: String {
        switch self {
        case .couldNotStart(let executable, let detail): "could not start \(executable): \(detail)"
        case .timedOut(let seconds): "stopped after \(seconds) s"
        case .failed(let detail): detail
        }
    }
}

/// Runs a program to the end with a time limit, its standard output and error together in `output`.
/// Spawned directly (`posix_spawn`), so the program stays in the build's process
/// group: Ctrl-C in the terminal stops it with the build. (Foundation's `Process`
/// gives the child a group of its own, which a Ctrl-C does not reach.)
enum RunProcess {
    struct Outcome {
        /// The exit status, or 128 + the signal that ended it.
        var status: Int32
        var output: String
    }

    static func run(_ executable: String, _ arguments: [String], timeout: Double) throws(SearchIndexError) -> Outcome {
        let fileManager = FileManager.default
        let log = fileManager.temporaryDirectory.appendingPathComponent("workshop-run-\(UUID().uuidString).log")
        defer { try? fileManager.removeItem(at: log) }
        let logFD = open(log.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard logFD >= 0 else {
            throw .couldNotStart(executable: executable, detail: "log file: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, logFD, 1)
        posix_spawn_file_actions_adddup2(&actions, logFD, 2)
        closeInherited(&actions)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        // A program file another thread has just written may still be open for
        // writing in a child spawned meanwhile (ETXTBSY): that passes, so try again briefly.
        var spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        var attempts = 1
        while spawned == ETXTBSY && attempts < 40 {
            usleep(50_000)
            spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
            attempts += 1
        }
        close(logFD)
        guard spawned == 0 else {
            throw .couldNotStart(executable: executable, detail: String(cString: strerror(spawned)))
        }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(timeout)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() >= deadline {
                kill(pid, SIGTERM)
                let grace = Date().addingTimeInterval(5)
                while waitpid(pid, &status, WNOHANG) == 0 {
                    if Date() >= grace { kill(pid, SIGKILL); _ = waitpid(pid, &status, 0); break }
                    usleep(20_000)
                }
                throw .timedOut(seconds: Int(timeout))
            }
            usleep(20_000)
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import.
        let signal = status & 0x7f
        let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return Outcome(status: code, output: output)
    }

    /// The child gets standard input, output and error and nothing else: no
    /// descriptor the build (or, in tests, another thread) has open, such as a
    /// file being written, which would otherwise stay open for the program's
    /// whole life. glibc 2.34+ has `posix_spawn_file_actions_addclosefrom_np`
    /// (looked up at run time: Swift's Glibc module does not import it); else
    /// each descriptor listed in /proc/self/fd is closed.
    static func closeInherited(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
            let closeFrom = unsafeBitCast(symbol, to: CloseFrom.self)
            if closeFrom(&actions, 3) == 0 { return }
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
    }
}
