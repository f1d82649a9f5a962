import WorkshopModel

/// Cuts the content down to what an audience may see, before any page is
/// built. For `.public`: worksheets and group sheets without `publish: true`
/// are removed, photos without `publish: true` and `reviewed: true` too, group rosters are emptied, pseudonyms are blanked
/// and source paths (which name the participant) are dropped from what remains.
struct AudienceFilter: Sendable {
    var audience: Audience

    func apply(to content: Content) -> Content {
        guard audience == .public else { return content }
        var content = content
        content.events = content.events.map(filter)
        return content
    }

    func filter(_ event: Event) -> Event {
        guard audience == .public else { return event }
        var event = event
        event.worksheets = event.worksheets.filter(\.publish).map(anonymised)
        event.groupSheets = event.groupSheets.filter(\.publish)
        event.photos = event.photos.filter(\.isPublic)
        // Rosters name every participant, published or not.
        event.groups = event.groups.map { group in
            var group = group
            group.members = []
            return group
        }
        return event
    }

    /// A published worksheet without its pseudonym or any location naming its file.
    private func anonymised(_ worksheet: Worksheet) -> Worksheet {
        let nowhere = SourceLocation(file: "")
        var sheet = worksheet
        sheet.participant = ""
        sheet.location = nowhere
        sheet.themeLocations = [:]
        sheet.impacts = sheet.impacts.map { impact in
            var impact = impact
            impact.location = nowhere
            impact.threat.location = nowhere
            impact.business = impact.business.map { WrittenText($0.text, at: nowhere) }
            impact.impact = impact.impact.map { WrittenText($0.text, at: nowhere) }
            impact.severityText = impact.severityText.map { WrittenText($0.text, at: nowhere) }
            return impact
        }
        sheet.choices = sheet.choices.map { choice in
            var choice = choice
            choice.location = nowhere
            choice.procedure.location = nowhere
            choice.threats = choice.threats.map { ThreatRef(raw: $0.raw, id: $0.id, location: nowhere) }
            choice.reason = choice.reason.map { WrittenText($0.text, at: nowhere) }
            return choice
        }
        sheet.obstacles = sheet.obstacles.map { item in
            var item = item
            item.location = nowhere
            item.procedure.location = nowhere
            item.pairs = item.pairs.map { pair in
                ObstaclePair(obstacle: WrittenText(pair.obstacle.text, at: nowhere), remedies: pair.remedies.map { WrittenText($0.text, at: nowhere) })
            }
            return item
        }
        return sheet
    }
}
