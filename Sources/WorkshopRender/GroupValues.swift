import WorkshopModel

/// What a group presented, for the group page, its projection and print
/// versions, and the report. Members appear by industry; their pseudonyms
/// only in the facilitator audience (the public content has none).
extension PageFrame {
    func groupValues(_ sheet: GroupSheet, in event: Event, from page: PagePath) -> PageContext {
        let threatIDs = sheet.threats.compactMap(\.id)
        let members = event.worksheets(inGroup: sheet.group)
        let memberImpacts = threatIDs.map { threatID in
            let items = members.flatMap { member in
                member.impacts.filter { $0.threat.id == threatID }.map { impact in
                    context([
                        "industry": member.industry,
                        "participant": options.audience.isFacilitator ? member.participant : nil,
                        "participantHref": options.audience.isFacilitator && !member.participant.isEmpty
                            ? page.link(SitePaths.worksheet(event.slug, member.participant)) : nil,
                        "businessHTML": Markup.inline(impact.business),
                        "impactHTML": Markup.inline(impact.impact),
                        "severity": impact.severity.map { $0.name(in: language) },
                        "severityClass": impact.severity?.rawValue,
                    ])
                }
            }
            return threatWithItems(threatID, items: items, event: event, page: page)
        }
        let common = sheet.commonProcedures.map { choice in
            context([
                "procedure": choice.procedure.id.map { procedureValues($0, in: event, from: page) } ?? context(["id": choice.procedure.raw]),
                "reasonHTML": Markup.inline(choice.reason),
                "memberCount": choice.procedure.id.map { id in members.filter { $0.choices.contains { $0.procedure.id == id } }.count },
            ])
        }
        let slug = event.slug
        return context([
            "id": sheet.group,
            "name": groupName(sheet.group, in: event),
            "title": groupTitle(sheet.group, in: event),
            "industries": sheet.industries.joined(separator: "・"),
            "industryList": sheet.industries,
            "published": sheet.publish,
            "threats": threatIDs.map { threatValues($0, in: event, from: page) },
            "impacts": sheet.impacts.filter { !$0.isBlank }.map { PageContext(["textHTML": Markup.inline($0)]) },
            "memberImpacts": memberImpacts,
            "memberCount": members.count,
            "common": common,
            "views": sheet.diverseViews.filter { !$0.isBlank }.map { PageContext(["textHTML": Markup.inline($0)]) },
            "pairs": sheet.obstacles.map(pairValues),
            "hintHTML": Markup.inline(sheet.hint),
            "href": page.link(SitePaths.group(slug, sheet.group)),
            "presentHref": page.link(SitePaths.groupPresent(slug, sheet.group)),
            "printHref": page.link(SitePaths.groupPrint(slug, sheet.group)),
            "anchor": "group-\(SitePaths.segment(sheet.group))",
        ])
    }

    private func threatWithItems(_ threatID: Int, items: [PageContext], event: Event, page: PagePath) -> PageContext {
        threatValues(threatID, in: event, from: page).adding(context(["items": items, "hasItems": !items.isEmpty]))
    }
}
