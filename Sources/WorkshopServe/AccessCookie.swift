/// The value of the join and key cookies: `<run>.<code or key>`. `run` is
/// random for each start of the server when the code (or key) is random,
/// and `0` when it was given on the command line (so cookies outlive a
/// restart exactly when the secret does). A cookie of another run is stale:
/// the gate clears it without comparing or counting it, so 30 open tabs
/// after a restart do not use up the attempt limit. Nobody learns a run
/// without having been let in, and a wrong run is never compared, so the run
/// gives a guesser nothing. A value without a run (a script's own cookie) is
/// compared and counted as before.
public struct AccessCookie: Sendable {
    let run: String

    public init(secretGiven: Bool) {
        run = secretGiven ? "0" : JoinCode.randomText(length: 8)
    }

    func value(_ secret: String) -> String { run + "." + secret }

    enum Reading: Equatable {
        /// What to compare.
        case candidate(String)
        /// A cookie of another run of the server.
        case stale
    }

    func read(_ value: String) -> Reading {
        guard let dot = value.firstIndex(of: ".") else { return .candidate(value) }
        return value[..<dot] == run ? .candidate(String(value[value.index(after: dot)...])) : .stale
    }
}
