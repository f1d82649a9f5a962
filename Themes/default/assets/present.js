// Slides for .present > section.slide; load with defer. →↓ Space PageDown next,
// ←↑ PageUp Shift+Space back, Home/End, f fullscreen; place kept in #slide-N.
(function () {
  "use strict";
  var root = document.querySelector(".present");
  var slides = root ? [].slice.call(root.querySelectorAll("section.slide")) : [];
  if (!slides.length) return;
  var n = slides.length, current = -1, pending = false, lock = 0, d = document;
  slides.forEach(function (s, i) { if (!s.id) s.id = "slide-" + (i + 1); });
  var counter = d.querySelector(".present__counter");
  if (!counter) {
    counter = d.createElement("div");
    counter.className = "present__counter";
    d.body.appendChild(counter);
  }
  counter.setAttribute("aria-live", "polite");
  var smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
  var clamp = function (i) { return Math.min(Math.max(i, 0), n - 1); };

  function fromHash() {
    var h = decodeURIComponent(location.hash.slice(1)), m = /^slide-(\d+)$/.exec(h);
    if (m) return clamp(m[1] - 1);
    for (var i = 0; i < n; i++) if (slides[i].id === h) return i;
    return -1;
  }

  function mark(i) {
    if (i === current) return;
    current = i;
    counter.textContent = i + 1 + " / " + n;
    slides.forEach(function (s, j) { s.toggleAttribute("aria-current", j === i); });
    if (location.hash !== "#slide-" + (i + 1)) history.replaceState(null, "", "#slide-" + (i + 1));
  }

  function go(i, instant) {
    i = clamp(i);
    lock = Date.now() + (instant ? 0 : 800);
    slides[i].scrollIntoView({ behavior: smooth && !instant ? "smooth" : "instant" });
    mark(i);
  }

  function seen() {
    for (var i = n - 1; i > 0; i--) if (slides[i].getBoundingClientRect().top <= innerHeight / 3) return i;
    return 0;
  }

  addEventListener("scroll", function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; if (Date.now() > lock) mark(seen()); });
  }, { passive: true });

  addEventListener("hashchange", function () {
    var i = fromHash();
    if (i >= 0 && i !== current) go(i, true);
  });

  addEventListener("keydown", function (e) {
    var t = e.target, k = e.key, i = Date.now() < lock ? current : seen();
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(t.tagName)) return;
    if (k === "f" || k === "F") {
      if (d.fullscreenElement) d.exitFullscreen();
      else if (d.documentElement.requestFullscreen) d.documentElement.requestFullscreen().catch(function () {});
    } else if (/^(ArrowRight|ArrowDown|PageDown)$/.test(k) || (k === " " && !e.shiftKey)) go(i + 1);
    else if (/^(ArrowLeft|ArrowUp|PageUp)$/.test(k) || k === " ") go(i - 1);
    else if (k === "Home") go(0);
    else if (k === "End") go(n - 1);
    else return;
    e.preventDefault();
  });

  var start = fromHash();
  go(start >= 0 ? start : seen(), true);
})();
