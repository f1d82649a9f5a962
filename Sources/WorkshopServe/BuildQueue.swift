import Dispatch

/// Where `IncrementalBuild` runs: a serial queue of its own, so a build of
/// several seconds (plain synchronous work) never holds one of the few
/// threads of Swift's shared pool that answer requests.
final class BuildQueue: SerialExecutor, Sendable {
    private let queue = DispatchQueue(label: "workshop.serve.build", qos: .userInitiated)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }

    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }
}
