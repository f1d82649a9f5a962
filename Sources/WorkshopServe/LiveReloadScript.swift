import Foundation

/// The script the server adds to every HTML page it serves (never to the
/// files in the output folder): it listens to `/__workshop/events`, reloads
/// when a rebuild changed the page's own file or a css/js/icon file it links
/// (the fill-in form only shows a discreet notice instead, so answers and the
/// server's confirmation stay), and shows the content's errors over the page
/// (the server sends them to facilitator pages only).
enum LiveReloadScript {
    static let tag = """
    <script data-workshop-live-reload>
    (function () {
      if (!window.EventSource) return;
      var ja = (document.documentElement.lang || 'ja').indexOf('en') !== 0;
      function outputPath(path) {
        try { path = decodeURIComponent(path); } catch (e) { /* keep it as it is */ }
        path = path.replace(/^\\/+/, '');
        return path === '' || path.slice(-1) === '/' ? path + 'index.html' : path;
      }
      function ownFiles() {
        var files = [outputPath(location.pathname)];
        var linked = document.querySelectorAll('link[rel~="stylesheet"][href], link[rel~="icon"][href], script[src]');
        for (var i = 0; i < linked.length; i++) {
          var url = new URL(linked[i].getAttribute('href') || linked[i].getAttribute('src'), location.href);
          if (url.origin === location.origin) files.push(outputPath(url.pathname));
        }
        return files;
      }
      function notice() {
        if (document.getElementById('workshop-update')) return;
        var box = document.createElement('div');
        box.id = 'workshop-update';
        box.setAttribute('role', 'status');
        box.style.cssText = 'position:fixed;right:.75em;bottom:.75em;z-index:99998;max-width:22em;background:#f4f7ff;color:#123;' +
          'border:1px solid #9ab;border-radius:.4em;padding:.5em .75em;font:13px/1.4 system-ui,sans-serif;opacity:.92;';
        box.textContent = ja ? 'このページの新しい版があります。提出を終えてから再読み込みしてください。 '
                             : 'A newer version of this page exists. Reload it after you have submitted. ';
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = ja ? '再読み込み' : 'Reload';
        button.addEventListener('click', function () { location.reload(); });
        box.appendChild(button);
        document.body.appendChild(box);
      }
      var source = new EventSource('/__workshop/events');
      source.addEventListener('reload', function (event) {
        var data; try { data = JSON.parse(event.data); } catch (e) { return; }
        var mine = ownFiles();
        var changed = data.all === true || (data.paths || []).some(function (p) { return mine.indexOf(p) >= 0; });
        if (!changed) return;
        // The fill-in form never reloads itself: the participant's answers and the server's confirmation stay.
        if (document.getElementById('fill-app')) { notice(); return; }
        location.reload();
      });
      source.addEventListener('errors', function (event) {
        var data; try { data = JSON.parse(event.data); } catch (e) { return; }
        var box = document.getElementById('workshop-errors');
        if (!data.findings || !data.findings.length) { if (box) box.remove(); return; }
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
