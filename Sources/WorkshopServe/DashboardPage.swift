import Foundation
import Markdown
import WorkshopModel
import WorkshopRender

/// The facilitator's dashboard (`/__workshop/`): the room at a glance, styled
/// with the site's own stylesheet, in the site's language, refreshed when a
/// worksheet or group sheet arrives or the content changes. Every value is escaped.
enum DashboardPage {
    static func html(_ board: RoomDashboard, entries: [String: [SubmissionLog.Entry]], joinCode: String?, siteTitle: String, language l: Language) -> Data {
        func e(_ text: String) -> String { HTML.escape(text) }
        func link(_ path: String) -> String { "/" + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path) }
        let time = DateFormatter()
        time.dateFormat = "HH:mm:ss"
        var body = ""
        body += "<h1>\(e(l.pick(ja: "ファシリテーターのダッシュボード", en: "Facilitator's dashboard")))</h1>\n"
        if let joinCode {
            body += "<p class=\"dashboard-join\">\(e(l.pick(ja: "参加コード", en: "Join code"))): <strong class=\"dashboard-code\">\(e(joinCode))</strong> "
                + "<a href=\"/__workshop/join\">\(e(l.pick(ja: "参加用スライドを映す", en: "Show the join slide")))</a></p>\n"
        }
        // The newest session first: it is the one in the room.
        for room in board.rooms.reversed() {
            body += "<section class=\"dashboard-room\" id=\"\(e(SitePaths.segment(room.slug)))\">\n"
            body += "<h2><a href=\"\(e(link(SitePaths.event(room.slug))))\">\(e(room.title.isEmpty ? room.slug : room.title))</a></h2>\n"
            let stats: [(String, Int)] = [
                (l.pick(ja: "名簿の人数", en: "On the rosters"), room.expected),
                (l.pick(ja: "ワークシート", en: "Worksheets"), room.worksheets),
                (l.pick(ja: "未提出", en: "Not yet in"), room.missing),
                (l.pick(ja: "警告あり", en: "With warnings"), room.withWarnings),
                (l.pick(ja: "グループシート", en: "Group sheets"), room.groupSheets),
            ]
            body += "<ul class=\"stats\">" + stats.map {
                "<li class=\"stat\"><span class=\"stat__label\">\(e($0.0))</span> <span class=\"stat__value\" data-count=\"\($0.1)\">\($0.1)</span></li>"
            }.joined() + "</ul>\n"
            if room.groups.isEmpty {
                body += "<p>\(e(l.pick(ja: "event.yaml にグループがありません。", en: "event.yaml declares no groups.")))</p>\n"
            }
            for group in room.groups {
                let title = group.name.isEmpty ? group.id : "\(group.id) \(group.name)"
                // "3/5" of the roster; worksheets of people not on it are counted apart ("3/5 +2 not on the roster").
                let onRoster = group.members.count { $0.onRoster && $0.state != .missing }
                let offRoster = group.submitted - onRoster
                let count = group.rosterSize > 0
                    ? "\(onRoster)/\(group.rosterSize)" + (offRoster > 0 ? l.pick(ja: " ＋名簿にない \(offRoster)", en: " +\(offRoster) not on the roster") : "")
                    : "\(group.submitted)"
                let groupPath = SitePaths.group(room.slug, group.id)
                let fill = link(SitePaths.groupFill(room.slug, group.id))
                body += "<section class=\"card dashboard-group\" data-group=\"\(e(group.id))\">\n"
                body += "<h3>\(e(title)) <small>\(count)</small></h3>\n"
                body += "<p class=\"dashboard-sheet\">\(e(l.pick(ja: "グループシート", en: "Group sheet"))): \(sheetBadge(group, l)) · "
                    + "<a href=\"\(e(link(groupPath)))\">\(e(l.pick(ja: "グループのページ", en: "group page")))</a> · "
                    + "<a href=\"\(e(fill))\">\(e(l.pick(ja: "グループシートの記入", en: "group form")))</a> · "
                    + "<a href=\"\(e(link(SitePaths.groupPresent(room.slug, group.id))))\">\(e(l.pick(ja: "発表（プロジェクター）", en: "projection")))</a></p>\n"
                body += members(group.members, slug: room.slug, l)
                body += "</section>\n"
            }
            if !room.elsewhere.isEmpty {
                body += "<section class=\"card dashboard-group\"><h3>\(e(l.pick(ja: "グループ不明のワークシート", en: "Worksheets in no declared group")))</h3>\n"
                body += members(room.elsewhere, slug: room.slug, l) + "</section>\n"
            }
            let sent = entries[room.slug] ?? []
            if !sent.isEmpty {
                body += "<details class=\"dashboard-log\"><summary>\(e(l.pick(ja: "会場からの提出", en: "Submitted in the room"))) (\(sent.count))</summary>\n"
                body += "<table class=\"data\"><thead><tr><th>\(e(l.pick(ja: "提出者", en: "From")))</th><th>\(e(l.pick(ja: "グループ", en: "Group")))</th>"
                    + "<th>\(e(l.pick(ja: "最初の送信", en: "First")))</th><th>\(e(l.pick(ja: "最後の送信", en: "Last")))</th><th class=\"num\">\(e(l.pick(ja: "回数", en: "Times")))</th></tr></thead><tbody>\n"
                for entry in sent {
                    let who = entry.kind == .groupSheet ? l.pick(ja: "グループシート \(entry.participant)", en: "group sheet \(entry.participant)") : entry.participant
                    body += "<tr><td>\(e(who))</td><td>\(e(entry.group))</td><td>\(time.string(from: entry.firstSubmitted))</td>"
                        + "<td>\(time.string(from: entry.lastSubmitted))</td><td class=\"num\">\(entry.submissions)</td></tr>\n"
                }
                body += "</tbody></table></details>\n"
            }
            body += "</section>\n"
        }
        let title = l.pick(ja: "ダッシュボード", en: "Dashboard")
        let html = """
        <!DOCTYPE html>
        <html lang="\(l.rawValue)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title))</title>
        <link rel="stylesheet" href="/assets/site.css">
        <style>
        .dashboard-code{font-size:1.6em;letter-spacing:.15em}
        .dashboard-group{margin:0 0 1rem;padding:.75rem 1rem}
        .dashboard-group h3{margin:0 0 .25rem}
        .dashboard-members{display:flex;flex-wrap:wrap;gap:.35rem;list-style:none;padding:0;margin:.5rem 0 0}
        .dashboard-members li{margin:0;padding:.15rem .55rem;border:1px solid var(--c-border,#ccc);border-radius:1rem;font-size:.9rem}
        .dashboard-members .is-missing{border-style:dashed;color:var(--c-muted,#666)}
        .dashboard-members .has-errors{border-color:#b42318;color:#b42318}
        .dashboard-members .has-warnings{border-color:#b54708}
        </style>
        </head><body class="page page--dashboard">
        <header class="site-header"><p class="site-title"><a href="/">\(e(siteTitle))</a></p></header>
        <main id="main" class="content">
        \(body)
        </main>
        <script>(function(){if(!window.EventSource)return;var s=new EventSource('/__workshop/events'),t=null;
        function later(){clearTimeout(t);t=setTimeout(function(){location.reload();},400);}
        s.addEventListener('submissions',later);s.addEventListener('reload',later);})();</script>
        </body></html>
        """
        return Data(html.utf8)
    }

    static func sheetBadge(_ group: RoomDashboard.Group, _ l: Language) -> String {
        let room = group.sheetSubmittedInTheRoom ? l.pick(ja: "（会場から提出）", en: " (from the room)") : ""
        switch group.sheet {
        case .none:
            return "<span class=\"badge badge--private\" data-sheet=\"none\">\(HTML.escape(l.pick(ja: "まだありません", en: "none yet")))</span>"
        case .draft(let warnings, let errors):
            let text = l.pick(ja: "下書き（エラー \(errors)、警告 \(warnings)）", en: "draft (\(errors) errors, \(warnings) warnings)")
            return "<span class=\"badge\" data-sheet=\"draft\">\(HTML.escape(text + room))</span>"
        case .checked:
            return "<span class=\"badge badge--published\" data-sheet=\"checked\">\(HTML.escape(l.pick(ja: "チェック済み", en: "checked") + room))</span>"
        }
    }

    static func members(_ members: [RoomDashboard.Member], slug: String, _ l: Language) -> String {
        guard !members.isEmpty else {
            return "<p>\(HTML.escape(l.pick(ja: "名簿（members）もワークシートもまだありません。", en: "No roster (members) and no worksheets yet.")))</p>\n"
        }
        var items: [String] = []
        for member in members {
            var classes: [String] = []
            var notes: [String] = []
            switch member.state {
            case .missing:
                classes.append("is-missing")
                notes.append(l.pick(ja: "未提出", en: "not yet"))
            case .hasErrors:
                classes.append("has-errors")
                notes.append(l.pick(ja: "エラー \(member.errors)", en: "\(member.errors) error\(member.errors == 1 ? "" : "s")"))
            case .submitted:
                notes.append("✓")
            }
            if member.warnings > 0 {
                classes.append("has-warnings")
                notes.append(l.pick(ja: "警告 \(member.warnings)", en: "\(member.warnings) warning\(member.warnings == 1 ? "" : "s")"))
            }
            if !member.missingThemes.isEmpty {
                let themes = member.missingThemes.map { ["①", "②", "③"][$0 - 1] }.joined()
                notes.append(l.pick(ja: "\(themes) が空", en: "\(themes) empty"))
            }
            if member.state != .missing && !member.onRoster { notes.append(l.pick(ja: "名簿にない", en: "not on the roster")) }
            let text = HTML.escape(member.participant) + " <small>" + HTML.escape(notes.joined(separator: " · ")) + "</small>"
            let state: String
            switch member.state {
            case .missing: state = "missing"
            case .hasErrors: state = "errors"
            case .submitted: state = "submitted"
            }
            let inner = member.state == .submitted
                ? "<a href=\"/\(HTML.escape(SitePaths.eventFolder(slug) + "worksheets/" + SitePaths.segment(member.participant) + "/"))\">\(text)</a>"
                : text
            items.append("<li class=\"\(classes.joined(separator: " "))\" data-participant=\"\(HTML.escape(member.participant))\" data-state=\"\(state)\">\(inner)</li>")
        }
        return "<ul class=\"dashboard-members\">" + items.joined() + "</ul>\n"
    }
}
