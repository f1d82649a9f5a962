import Foundation
import Markdown
import WorkshopModel

/// The page only the dev server shows: the facilitator's list of submissions.
/// (Content errors never replace the site's pages: see `LastGoodContent`.)
enum ServerPages {
    static func escape(_ text: String) -> String { HTML.escape(text) }

    static func submissions(_ entries: [String: [SubmissionLog.Entry]], events: [Event], joinCode: String, fillURLs: [String: String], language: Language) -> Data {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        var sections = ""
        for event in events {
            let list = entries[event.slug] ?? []
            let rows = list.map { entry in
                "<tr><td>\(escape(entry.participant))</td><td>\(escape(entry.group))</td><td>\(formatter.string(from: entry.firstSubmitted))</td><td>\(formatter.string(from: entry.lastSubmitted))</td><td>\(entry.submissions)</td></tr>"
            }.joined(separator: "\n")
            let fill = fillURLs[event.slug].map { " — <a href=\"\(escape($0))\">\(escape(language.pick(ja: "記入フォーム", en: "fill-in form")))</a>" } ?? ""
            sections += """
            <section><h2>\(escape(event.title.isEmpty ? event.slug : event.title)) <small>(\(list.count))</small>\(fill)</h2>
            <table><thead><tr><th>\(language.pick(ja: "参加者", en: "Participant"))</th><th>\(language.pick(ja: "グループ", en: "Group"))</th><th>\(language.pick(ja: "最初の送信", en: "First"))</th><th>\(language.pick(ja: "最後の送信", en: "Last"))</th><th>\(language.pick(ja: "回数", en: "Times"))</th></tr></thead>
            <tbody>\(rows)</tbody></table></section>

            """
        }
        let title = language.pick(ja: "提出状況", en: "Submissions")
        let html = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(title)</title>
        <style>body{font:16px/1.5 system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}.code{font-size:2em;letter-spacing:.2em}</style>
        </head><body>
        <h1>\(title)</h1>
        <p>\(language.pick(ja: "参加コード", en: "Join code")): <strong class="code">\(escape(joinCode))</strong></p>
        \(sections)
        <script>(function(){if(!window.EventSource)return;var s=new EventSource('/__workshop/events');s.addEventListener('submissions',function(){location.reload();});})();</script>
        </body></html>
        """
        return Data(html.utf8)
    }
}
