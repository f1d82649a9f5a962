import WorkshopModel

/// Reads `events/<slug>/event.yaml` into an `Event` (without its seminar
/// pages, voices and sheets, which the loader adds). When `threats:` or
/// `controls:` is left out and the site has exactly one catalogue of that
/// kind, that catalogue is used.
struct EventReader: Sendable {
    static let keys = ["title", "programme", "number", "date", "time", "venue", "access", "summary", "theme_title",
                       "threats", "controls", "excluded_threats", "schedule", "groups", "next"]
    static let scheduleKeys = ["time", "title"]
    static let groupKeys = ["id", "name", "members"]
    static let nextKeys = ["date", "time", "venue", "title"]

    var language: Language
    var threatCatalogueIDs: [String]
    var controlTableIDs: [String]

    /// An event whose event.yaml is missing or unreadable: named after its folder.
    func placeholder(slug: String, file: String) -> Event {
        var event = Event(slug: slug, title: slug, threatCatalogueID: threatCatalogueIDs.count == 1 ? threatCatalogueIDs[0] : "",
                          controlTableID: controlTableIDs.count == 1 ? controlTableIDs[0] : "", location: SourceLocation(file: file, line: 1, column: 1))
        event.eventFileRead = false
        return event
    }

    func missing(slug: String, file: String) -> (Event, Finding) {
        (placeholder(slug: slug, file: file), Finding(.missingField, at: SourceLocation(file: file), language.pick(
            ja: "event.yaml がありません。events/ の下の各フォルダには event.yaml が必要です",
            en: "event.yaml is missing; every folder under events/ needs one")))
    }

    func read(_ text: String, slug: String, file: String) -> (Event, [Finding]) {
        var event = placeholder(slug: slug, file: file)
        let (parsed, parseFindings) = YAMLFields.document(text, file: file, language: language)
        guard let document = parsed else {
            let empty = parseFindings.isEmpty ? [Finding(.missingField, at: event.location, language.pick(
                ja: "'title' と 'date' がありません", en: "missing 'title' and 'date'"))] : []
            return (event, parseFindings + empty)
        }
        event.eventFileRead = true
        var fields = YAMLFields(document, known: Self.keys, language: language)
        var findings: [Finding] = []
        event.title = fields.required("title") ?? slug
        event.programme = fields.text("programme") ?? ""
        event.number = fields.int("number")
        if document["date"] == nil { _ = fields.required("date") }
        event.date = fields.date("date")
        event.time = fields.text("time") ?? ""
        event.venue = fields.text("venue") ?? ""
        event.access = fields.text("access") ?? ""
        event.summary = fields.text("summary") ?? ""
        event.themeTitle = fields.text("theme_title") ?? ""
        event.threatCatalogueID = catalogue("threats", in: &fields, ids: threatCatalogueIDs, kind: language.pick(ja: "脅威の一覧", en: "threat catalogue")) ?? ""
        event.controlTableID = catalogue("controls", in: &fields, ids: controlTableIDs, kind: language.pick(ja: "管理策の一覧", en: "control table")) ?? ""
        if document["threats"] != nil { event.threatCatalogueLocation = fields.location(of: "threats") }
        if document["controls"] != nil { event.controlTableLocation = fields.location(of: "controls") }

        for item in fields.list("excluded_threats") {
            if let text = item.text, let number = ThreatCatalogueReader.threatNumber(text) {
                event.excludedThreats.append(number)
            } else {
                findings.append(Finding(.invalidField, at: item.location, language.pick(
                    ja: "excluded_threats には脅威の番号を書いてください（例: [1]）",
                    en: "excluded_threats should list threat numbers (e.g. [1])")))
            }
        }
        for item in fields.list("schedule") {
            guard item.isMapping else {
                findings.append(Finding(.invalidField, at: item.location, language.pick(
                    ja: "schedule の各行は { time: \"13:00-15:00\", title: セミナー } の形で書いてください",
                    en: "write each schedule line as { time: \"13:00-15:00\", title: Seminar }")))
                continue
            }
            var line = YAMLFields(item, known: Self.scheduleKeys, language: language)
            event.schedule.append(ScheduleItem(time: line.text("time") ?? "", title: line.required("title") ?? ""))
            findings += line.findings
        }
        event.groups = groups(in: &fields, findings: &findings)
        if let next = fields.mapping("next") {
            var nextFields = YAMLFields(next, known: Self.nextKeys, language: language)
            event.next = NextSession(date: nextFields.date("date"), time: nextFields.text("time") ?? "",
                                     venue: nextFields.text("venue") ?? "", title: nextFields.text("title") ?? "")
            findings += nextFields.findings
        }
        return (event, parseFindings + fields.findings + findings)
    }

    /// The catalogue id for `key`: as written (`unknown-catalogue` when no
    /// such catalogue), or the only catalogue of its kind when left out.
    private func catalogue(_ key: String, in fields: inout YAMLFields, ids: [String], kind: String) -> String? {
        guard let id = fields.text(key) else {
            if ids.count == 1 { return ids[0] }
            fields.findings.append(Finding(.missingField, at: fields.location(of: key), ids.isEmpty
                ? language.pick(ja: "'\(key)' がありません（catalogs/ に\(kind)がありません）", en: "missing '\(key)' (catalogs/ holds no \(kind))")
                : language.pick(ja: "'\(key)' がありません。使う\(kind)を指定してください: \(ids.joined(separator: ", "))",
                                en: "missing '\(key)'; name the \(kind) to use: \(ids.joined(separator: ", "))")))
            return nil
        }
        if !ids.contains(id) {
            let nearest = IDText.nearest(id, in: ids, limit: 1, maxDistance: max(3, id.count / 2)).first
            let hint = nearest.map { language.pick(ja: "（'\($0)' のことですか？）", en: " (did you mean '\($0)'?)") } ?? ""
            let known = ids.isEmpty ? language.pick(ja: "なし", en: "none") : ids.joined(separator: ", ")
            fields.findings.append(Finding(.unknownCatalogue, at: fields.location(of: key), language.pick(
                ja: "\(kind) '\(id)' は catalogs/ にありません\(hint)。あるもの: \(known)",
                en: "no \(kind) '\(id)' in catalogs/\(hint); known: \(known)")))
        }
        return id
    }

    private func groups(in fields: inout YAMLFields, findings: inout [Finding]) -> [GroupInfo] {
        var groups: [GroupInfo] = []
        var firstLine: [String: Int] = [:]
        /// Every pseudonym on a roster, with its group.
        var rostered: [String: String] = [:]
        for item in fields.list("groups") {
            var info: GroupInfo
            if item.isMapping {
                var groupFields = YAMLFields(item, known: Self.groupKeys, language: language)
                let id = groupFields.required("id")
                info = GroupInfo(id: id.map(IDText.normalize) ?? "", name: groupFields.text("name") ?? "", location: groupFields.location(of: "id"))
                for member in members(in: &groupFields, findings: &findings) {
                    if let other = rostered[member.id] {
                        findings.append(Finding(.duplicateMember, at: member.location, language.pick(
                            ja: "参加者 '\(member.text)' は名簿に2回あります（最初はグループ \(other)）",
                            en: "participant '\(member.text)' is on the rosters twice (first in group \(other))")))
                        continue
                    }
                    rostered[member.id] = id.map(IDText.normalize) ?? ""
                    info.members.append(member.id)
                }
                findings += groupFields.findings
                if id == nil { continue }
            } else if let id = item.text {
                info = GroupInfo(id: IDText.normalize(id), name: "", location: item.location)
            } else {
                findings.append(Finding(.invalidField, at: item.location, language.pick(
                    ja: "groups の各行は { id: A, name: グループ名 } の形で書いてください",
                    en: "write each group as { id: A, name: … }")))
                continue
            }
            if !PathSegment.isValidID(info.id) {
                findings.append(Finding(.invalidPathSegment, at: info.location, language.pick(
                    ja: "グループの id '\(PathSegment.shown(info.id))' はページの名前（フォルダ名）に使えません。半角英数字・ハイフン・下線の\(PathSegment.idLimit)文字以内で書いてください（例: A）",
                    en: "the group id '\(PathSegment.shown(info.id))' cannot name a page folder; use up to \(PathSegment.idLimit) letters, digits, hyphens or underscores (e.g. A)")))
                continue
            }
            if let first = firstLine[info.id] {
                findings.append(Finding(.duplicateGroup, at: info.location, language.pick(
                    ja: "グループ '\(info.id)' が2回あります（最初は \(first) 行目）",
                    en: "group '\(info.id)' is declared twice (first on line \(first))")))
                continue
            }
            firstLine[info.id] = info.location.line
            groups.append(info)
        }
        return groups
    }

    /// A group's roster as written: each pseudonym, normalised, with where it stands.
    private func members(in fields: inout YAMLFields, findings: inout [Finding]) -> [(id: String, text: String, location: SourceLocation)] {
        var members: [(id: String, text: String, location: SourceLocation)] = []
        for item in fields.list("members") {
            guard let text = item.text, !text.isEmpty else {
                findings.append(Finding(.invalidField, at: item.location, language.pick(
                    ja: "members には参加者の仮名を並べてください（例: [A-01, A-02]）",
                    en: "members should list the participants' pseudonyms (e.g. [A-01, A-02])")))
                continue
            }
            members.append((IDText.normalize(text), text, item.location))
        }
        return members
    }
}
