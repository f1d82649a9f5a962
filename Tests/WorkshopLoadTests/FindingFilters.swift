import WorkshopModel

extension Array where Element == Finding {
    /// The findings without the `no-events` note, for tests of sites built
    /// without events on purpose (the note itself is tested in WorkshopCheckTests).
    var ignoringNoEvents: [Finding] { filter { $0.code != .noEvents } }
}
