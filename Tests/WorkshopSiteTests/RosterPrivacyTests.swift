import Testing
import WorkshopModel
@testable import WorkshopRender

/// Rosters name every participant, published or not: the public audience never gets one.
@Suite struct RosterPrivacyTests {
    @Test func thePublicAudienceGetsNoRoster() throws {
        var content = SampleContent.content()
        var event = try #require(content.events.first)
        event.groups = event.groups.map { group in
            var group = group
            group.members = [SampleContent.canaryPseudonym, "A-01"]
            return group
        }
        content.events[0] = event
        let shown = AudienceFilter(audience: .public).apply(to: content)
        #expect(shown.events.allSatisfy { $0.groups.allSatisfy(\.members.isEmpty) })
        #expect(AudienceFilter(audience: .facilitator).apply(to: content).events[0].groups[0].members.count == 2)
        for (path, file) in try Repo.render(content, audience: .public) {
            #expect(!String(decoding: file.contents, as: UTF8.self).contains(SampleContent.canaryPseudonym), "\(path)")
        }
    }
}
