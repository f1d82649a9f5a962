import Foundation
import WorkshopBuild
import WorkshopRender

/// Headless Chromium, found on the machine, printing a page to PDF.
public struct Chromium: Sendable {
    /// The browser's executable.
    public var executable: String
    /// Seconds one page may take before the browser is stopped.
    public var timeout: Double

    public init(executable: String, timeout: Double = 60) {
        self.executable = executable
        self.timeout = timeout
    }

    /// The names looked for on `PATH`, in order.
    public static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// `$CHROME` when set (a path, or a name on PATH), else the first of `names` on `PATH`.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> Chromium? {
        let path = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        func lookUp(_ name: String) -> String? {
            if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
            return path.lazy.map { URL(fileURLWithPath: $0).appendingPathComponent(name).path }
                .first { FileManager.default.isExecutableFile(atPath: $0) }
        }
        if let chrome = environment["CHROME"], !chrome.isEmpty {
            return lookUp(chrome).map { Chromium(executable: $0) }
        }
        return names.lazy.compactMap(lookUp).first.map { Chromium(executable: $0) }
    }

    /// The command line for printing `page` into `pdf`.
    public func arguments(page: URL, pdf: URL, profile: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
         "--user-data-dir=\(profile.path)", "--run-all-compositor-stages-before-draw", "--virtual-time-budget=5000",
         "--no-pdf-header-footer", "--print-to-pdf-no-header", "--print-to-pdf=\(pdf.path)", page.absoluteString]
    }

    /// Prints `page` (a `file://` URL) into `pdf`, waiting at most `timeout`
    /// seconds, and checks the result is a PDF.
    public func printToPDF(page: URL, pdf: URL) throws(PDFExportError) {
        let fileManager = FileManager.default
        let scratch = fileManager.temporaryDirectory.appendingPathComponent("workshop-chromium-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: scratch) }
        let profile = scratch.appendingPathComponent("profile")
        let log = scratch.appendingPathComponent("stderr.log")
        try? fileManager.removeItem(at: pdf)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments(page: page, pdf: pdf, profile: profile)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try fileManager.createDirectory(at: profile, withIntermediateDirectories: true)
            _ = fileManager.createFile(atPath: log.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: log)
            try process.run()
        } catch {
            throw .chromiumFailed(page: page.path, detail: error.localizedDescription)
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            throw .chromiumTimedOut(page: page.path, seconds: Int(timeout))
        }
        let detail = (try? String(contentsOf: log, encoding: .utf8)).map { String($0.suffix(600)) } ?? ""
        guard process.terminationStatus == 0 else {
            throw .chromiumFailed(page: page.path, detail: "exit status \(process.terminationStatus)\n\(detail)")
        }
        guard let handle = try? FileHandle(forReadingFrom: pdf) else {
            throw .chromiumFailed(page: page.path, detail: "no PDF was written\n\(detail)")
        }
        let head = (try? handle.read(upToCount: 5)) ?? nil
        try? handle.close()
        guard let head, head.starts(with: Data("%PDF".utf8)) else {
            throw .chromiumFailed(page: page.path, detail: "the file written is not a PDF")
        }
    }
}
