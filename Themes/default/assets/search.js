// The search page (search/): loads Pagefind's own interface from the bundle
// `workshop build` wrote into pagefind/ (docs/search.md). Over HTTP only:
// opened as a file (file://) the browser cannot fetch the index, so the page
// says search needs the site served instead of showing a broken box. Nothing
// is loaded from file://, so nothing fails in the console there.
(function () {
  'use strict';
  var box = document.getElementById('search');
  if (!box) return;
  function note(id) {
    var element = document.getElementById(id);
    if (element) element.hidden = false;
  }
  if (window.location.protocol === 'file:') {
    note('search-needs-http');
    return;
  }
  var bundle = new URL(box.getAttribute('data-bundle') || '../pagefind/', window.location.href);
  // Result links are the index's paths under the site's root: where the site is served from (any sub-path).
  var root = new URL(box.getAttribute('data-site-root') || '../', window.location.href);
  var query = new URLSearchParams(window.location.search).get('q') || '';

  var style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('pagefind-ui.css', bundle).href;
  var script = document.createElement('script');
  script.src = new URL('pagefind-ui.js', bundle).href;
  script.onerror = function () { note('search-no-index'); };
  script.onload = function () {
    if (typeof window.PagefindUI !== 'function') { note('search-no-index'); return; }
    var ui = new window.PagefindUI({
      element: '#search-ui',
      bundlePath: bundle.pathname,
      baseUrl: root.pathname,
      showSubResults: true,
      showImages: false,
      autofocus: !query,
    });
    // A visible label for Pagefind's box (which has only a title).
    var input = box.querySelector('.pagefind-ui__search-input');
    var label = box.querySelector('.search__label');
    if (input && label) {
      // Tied to the box once it exists (a `for` naming no element yet is invalid HTML).
      input.id = 'search-input';
      label.htmlFor = 'search-input';
      label.hidden = false;
    }
    if (query) ui.triggerSearch(query);
  };
  document.head.appendChild(style);
  document.head.appendChild(script);
})();
