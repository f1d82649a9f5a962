import Foundation

extension Array where Element: Sendable {
    /// `map`, with the calls spread over the machine's cores; the results
    /// keep the order of the elements.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(transform(self[index]), at: index)
        }
        return slots.values
    }
}

/// One result slot per element, filled from several threads under a lock.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: T, at index: Int) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
    }

    var values: [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
