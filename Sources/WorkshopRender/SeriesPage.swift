import WorkshopModel

/// The series report (`series/`): the sessions held with their participants
/// and groups, the threats chosen most over the sessions and the programme
/// years (counted along the catalogue mappings), the procedures chosen most
/// against each, and the controls nobody chose. Computed from each event's
/// `SeriesSummary` only. Public builds count only published work and print
/// small counts as "<3" (`PublicCount`).
struct SeriesPage {
    var frame: PageFrame
    var index: SeriesIndex
    /// Each event's summary, by slug.
    var summaries: [String: SeriesSummary]

    /// The most-chosen procedures shown per threat row.
    static let proceduresPerRow = 5
    /// Up to this many sessions the chart has a bar per session; more, a bar per programme year.
    static let sessionsCharted = 40

    func count(_ value: Int) -> PublicCount { PublicCount(value, audience: frame.options.audience) }

    /// "2024" for a catalogue whose id or title has a year, else its title.
    func shortName(ofCatalogue id: String, title: String) -> String {
        for text in [id, title] {
            var digits = ""
            for character in text {
                if character.isASCII && character.isNumber { digits.append(character) } else {
                    if digits.count == 4, digits.hasPrefix("19") || digits.hasPrefix("20") { return digits }
                    digits = ""
                }
            }
            if digits.count == 4, digits.hasPrefix("19") || digits.hasPrefix("20") { return digits }
        }
        return title
    }

    func threatShortName(_ catalogue: String) -> String {
        shortName(ofCatalogue: catalogue, title: frame.content.threatCatalogue(catalogue)?.title(in: frame.language) ?? catalogue)
    }

    func yearLabel(_ year: Int?) -> String {
        year.map { frame.t("seriesYear", ["year": String($0)]) } ?? frame.t("seriesYearUnknown")
    }

    func render() throws(BuildError) -> RenderedFile {
        let page = PagePath(SitePaths.series)
        let content = frame.content
        let events = content.events
        let summary = { (event: Event) in summaries[event.slug] ?? SeriesSummary() }

        // Programme years, oldest first (undated events last).
        let years = events.map(ProgrammeYear.of).withoutRepeats.sorted { a, b in
            switch (a, b) {
            case let (a?, b?): a < b
            case (_?, nil): true
            default: false
            }
        }
        var perYear: [Int?: SeriesSummary] = [:]
        var sessionsPerYear: [Int?: Int] = [:]
        for event in events {
            perYear[ProgrammeYear.of(event), default: SeriesSummary()].add(summary(event))
            sessionsPerYear[ProgrammeYear.of(event), default: 0] += 1
        }
        // The series is the sum of its years (a few sums, not one per event again).
        var total = SeriesSummary()
        for year in years { total.add(perYear[year] ?? SeriesSummary()) }

        // Threat rows.
        let threatRows = index.threats.rows
        func threatLabel(_ row: Int) -> (label: String, ids: String, href: String?) {
            let item = threatRows[row]
            let catalogue = content.threatCatalogue(item.newest)
            let titles = item.heads.map { id in Int(id).flatMap { catalogue?.threat($0)?.title(in: frame.language) } ?? id }
            return (titles.joined(separator: "・"), item.heads.joined(separator: "・"),
                    catalogue == nil ? nil : item.heads.first.map { page.link(SitePaths.catalogue(item.newest)) + "#t-\($0)" })
        }
        func threatNote(_ row: Int) -> String? {
            let earlier = threatRows[row].earlier
            guard !earlier.isEmpty else { return nil }
            let parts = earlier.map { member in
                let title = Int(member.id).flatMap { content.threatCatalogue(member.catalogue)?.threat($0)?.title(in: frame.language) } ?? ""
                return frame.t("seriesMember", ["catalogue": threatShortName(member.catalogue), "id": member.id, "title": title])
            }
            return frame.t("seriesIncludes", ["members": parts.joined(separator: frame.language == .ja ? "、" : "; ")])
        }
        // A row's cells by year, and its total as printable (a bound when a cell is hidden).
        func yearCells(_ row: Int) -> [PublicCount] { years.map { year in count(perYear[year]?.threatRows[row] ?? 0) } }
        var rowTotals: [Int: PublicCount] = [:]
        for (row, value) in total.threatRows where value > 0 { rowTotals[row] = PublicCount.total(of: yearCells(row)) }
        let shownRows = rowTotals.keys.sorted { a, b in
            let (ca, cb) = (rowTotals[a]?.shown ?? 0, rowTotals[b]?.shown ?? 0)
            return ca != cb ? ca > cb : a < b
        }
        // Procedures per threat row.
        var pairsByRow: [Int: [(procedure: Int, count: Int)]] = [:]
        for (pair, value) in total.pairs where value > 0 { pairsByRow[pair.threatRow, default: []].append((pair.procedureRow, value)) }
        let procedureRows = index.procedures.rows
        func procedureValues(_ row: Int, count value: Int) -> PageContext {
            let item = procedureRows[row]
            let table = content.controlTable(item.newest)
            let text = item.heads.compactMap { ProcedureID($0).flatMap { table?.procedure($0)?.text(in: frame.language) } }.joined(separator: " / ")
            let earlier = item.earlier.filter { $0.id != item.heads.first }.map(\.id)
            let shown = count(value)
            return context([
                "id": item.heads.joined(separator: "・"), "text": text,
                "href": table == nil ? nil : item.heads.first.flatMap(ProcedureID.init).map { page.link(SitePaths.catalogue(item.newest)) + "#\($0.anchor)" },
                "also": earlier.isEmpty ? nil : earlier.joined(separator: "・"),
                "count": shown.text, "suppressed": shown.suppressed,
            ])
        }
        let rowValues = shownRows.map { row -> PageContext in
            let label = threatLabel(row)
            let cells = yearCells(row)
            let top = (pairsByRow[row] ?? []).sorted { a, b in
                let (ca, cb) = (count(a.count).shown, count(b.count).shown)
                return ca != cb ? ca > cb : a.procedure < b.procedure
            }.prefix(Self.proceduresPerRow)
            let totalCount = rowTotals[row] ?? count(0)
            return context([
                "title": label.label, "ids": label.ids, "href": label.href, "note": threatNote(row),
                "anchor": "row-\(row)",
                "cells": cells.map { PageContext(["count": $0.text, "suppressed": $0.suppressed, "zero": $0.value == 0]) },
                "total": totalCount.text, "totalSuppressed": totalCount.suppressed,
                "procedures": top.map { procedureValues($0.procedure, count: $0.count) },
            ])
        }
        let threatChart = SeriesBarsSVG(
            rows: shownRows.map { row in let label = threatLabel(row); return (label: label.label, title: "\(label.ids) \(label.label)") },
            columns: years.map(yearLabel),
            counts: shownRows.map(yearCells),
            title: frame.t("seriesThreatsChart"), id: "threats").render()

        // Sessions: each one's participants, and the years' and the series' totals of them.
        let sessionCounts = events.map { count(summary($0).participants) }
        var yearParticipants: [Int?: [PublicCount]] = [:]
        for (event, participants) in zip(events, sessionCounts) { yearParticipants[ProgrammeYear.of(event), default: []].append(participants) }
        let yearTotals = yearParticipants.mapValues(PublicCount.total(of:))
        let totalParticipants = PublicCount.total(of: sessionCounts)
        let sessions = zip(events, sessionCounts).map { event, participants -> PageContext in
            let part = summary(event)
            return frame.eventValues(event, from: page).adding(context([
                "year": yearLabel(ProgrammeYear.of(event)),
                "catalogueYear": event.threatCatalogueID.isEmpty ? nil : threatShortName(event.threatCatalogueID),
                "catalogueHref": content.threatCatalogue(event.threatCatalogueID) == nil ? nil : page.link(SitePaths.catalogue(event.threatCatalogueID)),
                "participants": participants.text, "participantsSuppressed": participants.suppressed,
                "groups": part.groupSheets,
                "topThreat": part.topThreatRow.map { threatLabel($0).label },
            ]))
        }
        let bySession = events.count <= Self.sessionsCharted
        let sessionChart = SeriesBarsSVG(
            rows: bySession
                ? events.map { (label: $0.title, title: "\($0.title) \(frame.date($0.date))") }
                : years.map { (label: yearLabel($0), title: yearLabel($0)) },
            columns: [frame.t("seriesParticipants"), frame.t("seriesGroups")],
            counts: bySession
                ? zip(events, sessionCounts).map { [$1, PublicCount(summary($0).groupSheets, audience: .facilitator)] }
                : years.map { [yearTotals[$0] ?? count(0), PublicCount(perYear[$0]?.groupSheets ?? 0, audience: .facilitator)] },
            title: frame.t(bySession ? "seriesSessionsChart" : "seriesSessionsChartByYear"), id: "sessions").render()

        // Controls nobody chose, per control table the events use.
        var tableSummaries: [String: [ProcedureID: Int]] = [:]
        for event in events where !event.controlTableID.isEmpty {
            tableSummaries[event.controlTableID, default: [:]].merge(summary(event).procedures, uniquingKeysWith: +)
        }
        let unchosen = events.map(\.controlTableID).withoutRepeats.compactMap { id -> PageContext? in
            guard let table = content.controlTable(id) else { return nil }
            let counts = tableSummaries[id] ?? [:]
            let controls = table.controls.filter { control in control.procedures.allSatisfy { (counts[$0.id] ?? 0) == 0 } }
            return context([
                "title": table.title(in: frame.language), "href": page.link(SitePaths.catalogue(id)),
                "controls": controls.map { control in
                    context(["no": control.number, "title": control.title(in: frame.language), "categoryName": control.category.name(in: frame.language),
                             "href": page.link(SitePaths.catalogue(id) + "#c-\(control.number)")])
                },
            ])
        }

        return try frame.render(path: page.path, kind: "series", title: frame.t("seriesTitle"), template: "series", values: context([
            "sessionCount": events.count,
            "participantCount": totalParticipants.text,
            "groupCount": total.groupSheets,
            "yearCount": years.count,
            "sessions": sessions,
            "hasSessions": !events.isEmpty,
            "sessionsChartHTML": sessionChart,
            "sessionsChartByYear": !bySession,
            "years": years.map { year in
                context(["label": yearLabel(year), "sessions": sessionsPerYear[year] ?? 0,
                         "participants": (yearTotals[year] ?? count(0)).text, "groups": perYear[year]?.groupSheets ?? 0])
            },
            "threatRows": rowValues,
            "hasThreatRows": !rowValues.isEmpty,
            "threatsChartHTML": threatChart,
            "unchosenTables": unchosen,
            "minimumCell": PublicCount.minimum,
            "suppressesSmallCounts": frame.options.audience == .public,
            "hasMappings": content.catalogueMappings.contains { $0.kind == .threats },
        ]), breadcrumbs: [(frame.t("navHome"), SitePaths.home), (frame.t("seriesTitle"), nil)])
    }
}
