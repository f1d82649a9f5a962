import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of a command as a child process: its wall time, exit status and
/// peak resident memory (`ru_maxrss` from `wait4`, so it is the child's own).
struct ChildRun: Sendable {
    var seconds: Double
    /// User plus system CPU time of the child, in seconds (less sensitive
    /// than wall time to other work on a busy machine).
    var cpuSeconds: Double
    var status: Int32
    /// Peak resident set size in bytes.
    var peakRSS: Int

    var succeeded: Bool { status == 0 }

    /// Runs `arguments` (the first is the executable path) with stdout and
    /// stderr sent to `log`, and waits for it.
    static func run(_ arguments: [String], log: String) -> Result<ChildRun, ParseFailure> {
        guard let executable = arguments.first else { return .failure(ParseFailure(text: "nothing to run")) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else {
            return .failure(ParseFailure(text: "cannot start \(executable): \(String(cString: strerror(spawned)))"))
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { return .failure(ParseFailure(text: "wait4 failed for \(executable)")) }
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        // WIFEXITED / WEXITSTATUS, spelled out (the macros do not import).
        let exited = (status & 0x7f) == 0
        let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        #if canImport(Darwin)
        let peak = Int(usage.ru_maxrss)            // bytes on macOS
        #else
        let peak = Int(usage.ru_maxrss) * 1024     // kilobytes on Linux
        #endif
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return .success(ChildRun(seconds: seconds, cpuSeconds: cpu, status: code, peakRSS: peak))
    }

    /// The path of `name` on PATH, if any.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
