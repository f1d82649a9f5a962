import Foundation
import Markdown
import WorkshopModel

/// The two small pages the access gate answers with (status 403): the join
/// page (enter the join code once; it is kept in a cookie) and the
/// facilitator-only page (enter the facilitator key). Both in the site's
/// language; every value printed is escaped.
enum AccessPages {
    static func join(next: String, wrong: Bool, language: Language) -> Data {
        let title = language.pick(ja: "参加コードを入力してください", en: "Enter the join code")
        let lead = language.pick(ja: "ファシリテーターがスライドに表示した参加コード（6文字）を入力してください。このブラウザーで一度入力すれば、次からは不要です。",
                                 en: "Type the join code the facilitator shows on the slide (6 characters). This browser remembers it.")
        let error = wrong ? language.pick(ja: "参加コードが違います。", en: "That join code is not right.") : nil
        let slug = eventSlug(in: next)
        // The fill-in form reads the join code from sessionStorage (fill-form.js), so it need not be typed twice.
        let script = slug == nil ? "" : """
        <script>(function(){var f=document.getElementById('join-form');f.addEventListener('submit',function(){try{sessionStorage.setItem('workshop-fill:join:'+f.getAttribute('data-event'),document.getElementById('code').value);}catch(e){}});})();</script>
        """
        return form(title: title, lead: lead, error: error, field: "code", label: language.pick(ja: "参加コード", en: "Join code"),
                    action: "/__workshop/join", next: next, event: slug, script: script, language: language)
    }

    static func facilitatorOnly(next: String, wrong: Bool, language: Language) -> Data {
        let title = language.pick(ja: "ファシリテーター用のページです", en: "This page is for the facilitator")
        let lead = language.pick(ja: "workshop serve が起動時に表示したファシリテーター用のアドレス（?key= 付き）を開くか、ファシリテーターキーを入力してください。",
                                 en: "Open the facilitator's address that workshop serve printed at start (with ?key=), or type the facilitator key.")
        let error = wrong ? language.pick(ja: "ファシリテーターキーが違います。", en: "That facilitator key is not right.") : nil
        let path = String(next.prefix { $0 != "?" })
        return form(title: title, lead: lead, error: error, field: "key", label: language.pick(ja: "ファシリテーターキー", en: "Facilitator key"),
                    action: path, next: nil, event: nil, script: "", language: language)
    }

    /// The slug of `/events/<slug>/…`.
    static func eventSlug(in path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count >= 2, parts[0] == "events" else { return nil }
        return String(parts[1])
    }

    private static func form(title: String, lead: String, error: String?, field: String, label: String, action: String,
                             next: String?, event: String?, script: String, language: Language) -> Data {
        let e = HTML.escape
        let hidden = next.map { "<input type=\"hidden\" name=\"next\" value=\"\(e($0))\">" } ?? ""
        let eventAttribute = event.map { " data-event=\"\(e($0))\"" } ?? ""
        let html = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title))</title>
        <style>body{font:18px/1.6 system-ui,sans-serif;margin:2em auto;max-width:32em;padding:0 1em}input{font:inherit;padding:.3em}.code{letter-spacing:.2em;text-transform:uppercase;width:12em}.error{color:#a00}</style>
        </head><body>
        <h1>\(e(title))</h1>
        <p>\(e(lead))</p>
        \(error.map { "<p class=\"error\" role=\"alert\">\(e($0))</p>" } ?? "")
        <form id="join-form" method="get" action="\(e(action))"\(eventAttribute)>
        <label for="\(field)">\(e(label))</label>
        <input id="\(field)" name="\(field)" class="code" autocomplete="off" autocapitalize="characters" spellcheck="false" required autofocus>
        \(hidden)
        <button type="submit">\(e(language.pick(ja: "開く", en: "Open")))</button>
        </form>
        \(script)
        </body></html>
        """
        return Data(html.utf8)
    }
}
