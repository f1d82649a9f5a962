import Foundation
import Synchronization

/// What the group forms remember between `serve`'s rebuilds: each member's
/// worksheet as the form's JSON, by its value. A member's submission rebuilds
/// their group's form, which carries every member's worksheet; with this only
/// the changed one is encoded again (in an event of 200 the form is ~100 KB of
/// JSON, and `JSONEncoder` was most of a one-edit rebuild). A build of the
/// whole site has none: each worksheet is encoded once there anyway, and the
/// memory would only add to the build's peak.
public final class GroupFormMemory: Sendable {
    private let encoded = Mutex<[GroupFillData.MemberWorksheet: Data]>([:])

    public init() {}

    /// The member's JSON, encoded now or remembered.
    func json(of member: GroupFillData.MemberWorksheet, encoder: JSONEncoder) -> Data? {
        if let known = encoded.withLock({ $0[member] }) { return known }
        guard let data = try? encoder.encode(member) else { return nil }
        encoded.withLock { $0[member] = data }
        return data
    }

    /// Forgets everything (a full rebuild starts afresh, so replaced worksheets do not pile up).
    public func forget() {
        encoded.withLock { $0 = [:] }
    }
}
