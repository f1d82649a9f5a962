import Foundation
import Markdown
import WorkshopModel

/// The pages only the dev server shows: the build-failed page that replaces
/// the site while the content has errors, and the facilitator's list of submissions.
enum ServerPages {
    static func escape(_ text: String) -> String { HTML.escape(text) }

    static func buildFailed(title: String, message: String, findings: [Finding], displayRoot: String, language: Language) -> Data {
        let items = findings.filter { $0.severity == .error }.prefix(500).map { finding in
            let place = "\(displayRoot.isEmpty ? "" : displayRoot + "/")\(finding.location.file):\(finding.location.line):\(finding.location.column)"
            return "<li><code>\(escape(place))</code> \(escape(finding.message)) <small>[\(escape(finding.code.rawValue))]</small></li>"
        }.joined(separator: "\n")
        let html = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(escape(title))</title>
        <style>body{font:16px/1.6 system-ui,sans-serif;margin:2em;color:#300}h1{color:#a00}li{margin:.4em 0}code{background:#fee;padding:0 .3em}</style>
        </head><body>
        <h1>\(escape(title))</h1>
        <p>\(escape(message))</p>
        <ul>
        \(items)
        </ul>
        <p>\(escape(language.pick(ja: "ファイルを直して保存すると、このページは自動で更新されます。", en: "Fix the file and save: this page reloads by itself.")))</p>
        </body></html>
        """
        return Data(html.utf8)
    }

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
        <script>(function(){if(!window.EventSource)return;var s=new EventSource('/__workshop/events');s.addEventListener('submissions',function(){location.reload();});s.addEventListener('reload',function(){location.reload();});})();</script>
        </body></html>
        """
        return Data(html.utf8)
    }
}
