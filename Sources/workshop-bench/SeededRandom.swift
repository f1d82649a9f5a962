/// A small deterministic generator (SplitMix64), so the same seed gives the
/// same synthetic series on every machine.
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// One element of a non-empty list (the first when it is empty is impossible by construction).
    mutating func pick<T>(_ list: [T]) -> T {
        list[Int.random(in: 0..<list.count, using: &self)]
    }

    /// `count` distinct elements of `list`, in the list's order.
    mutating func distinct<T>(_ count: Int, of list: [T]) -> [T] {
        var indices = Array(list.indices)
        indices.shuffle(using: &self)
        return indices.prefix(max(0, min(count, list.count))).sorted().map { list[$0] }
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }
}
