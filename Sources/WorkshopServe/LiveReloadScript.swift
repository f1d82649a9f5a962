import Foundation

/// The script the server adds to every HTML page it serves (never to the
/// files in the output folder): it listens to `/__workshop/events`, reloads
/// after a rebuild, and shows the content's errors over the page.
enum LiveReloadScript {
    static let tag = """
    <script data-workshop-live-reload>
    (function () {
      if (!window.EventSource) return;
      var source = new EventSource('/__workshop/events');
      source.addEventListener('reload', function () { location.reload(); });
      source.addEventListener('errors', function (event) {
        var data; try { data = JSON.parse(event.data); } catch (e) { return; }
        var box = document.getElementById('workshop-errors');
        if (!box) {
          box = document.createElement('div');
          box.id = 'workshop-errors';
          box.setAttribute('role', 'alert');
          box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;' +
            'background:#fff5f5;color:#600;border-top:4px solid #c00;padding:1em;font:14px/1.5 ui-monospace,monospace;';
          document.body.appendChild(box);
        }
        box.textContent = '';
        var title = document.createElement('strong');
        title.textContent = data.title;
        box.appendChild(title);
        var list = document.createElement('ul');
        data.findings.forEach(function (f) {
          var item = document.createElement('li');
          item.textContent = f.file + ':' + f.line + ':' + f.column + ': ' + f.severity + ': ' + f.message + ' [' + f.code + ']';
          list.appendChild(item);
        });
        box.appendChild(list);
      });
    })();
    </script>
    """

    /// `html` with the script before its last `</body>` (or at the end).
    static func inject(into html: Data) -> Data {
        let text = String(decoding: html, as: UTF8.self)
        if let range = text.range(of: "</body>", options: [.backwards, .caseInsensitive]) {
            var out = text
            out.insert(contentsOf: tag + "\n", at: range.lowerBound)
            return Data(out.utf8)
        }
        return Data((text + tag).utf8)
    }
}
