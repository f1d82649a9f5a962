// .present > section.slide: →↓ Space PageDown next (a tall slide scrolls
// first), ←↑ PageUp Shift+Space back, Home/End, f fullscreen; #slide-N.
(function () {
  var d = document, h = d.documentElement, root = d.querySelector(".present");
  var slides = root ? [].slice.call(root.querySelectorAll("section.slide")) : [];
  var n = slides.length, current = -1, pending = false, lock = 0;
  if (!n) return;
  slides.forEach(function (s, i) { s.id = s.id || "slide-" + (i + 1); });
  var counter = d.querySelector(".present__counter");
  if (!counter) {
    counter = d.body.appendChild(d.createElement("div"));
    counter.className = "present__counter";
  }
  counter.setAttribute("aria-live", "polite");
  var smooth = matchMedia("(prefers-reduced-motion: reduce)").matches ? "instant" : "smooth";
  var clamp = function (i) { return Math.min(Math.max(i, 0), n - 1); };
  var box = function (i) { return slides[i].getBoundingClientRect(); };

  function fromHash() {
    var m = /^#slide-(\d+)$/.exec(location.hash);
    return m ? clamp(m[1] - 1) : -1;
  }

  function mark(i) {
    if (i === current) return;
    current = i;
    counter.textContent = i + 1 + " / " + n;
    slides.forEach(function (s, j) {
      if (j === i) s.setAttribute("aria-current", "step"); else s.removeAttribute("aria-current");
    });
    history.replaceState(null, "", "#slide-" + (i + 1));
  }

  function go(i, instant) {
    i = clamp(i);
    lock = Date.now() + (instant ? 0 : 800);
    slides[i].scrollIntoView({ behavior: instant ? "instant" : smooth });
    mark(i);
  }

  function seen() {
    for (var i = n - 1; i > 0; i--) if (box(i).top <= innerHeight / 3) return i;
    return 0;
  }

  function step(by) {
    var i = Date.now() < lock ? current : seen(), r = box(i);
    if (by > 0 && r.bottom > innerHeight + 4) {
      lock = Date.now() + 500;
      scrollBy({ top: Math.min(r.bottom - innerHeight, innerHeight * 0.8), behavior: smooth });
    } else go(by < 0 && r.top < -4 ? i : i + by);
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
    var t = e.target, k = e.key;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(t.tagName)) return;
    if (k === "f" || k === "F") {
      if (d.fullscreenElement) d.exitFullscreen();
      else if (h.requestFullscreen) h.requestFullscreen().catch(function () {});
    } else if (/^(ArrowRight|ArrowDown|PageDown)$/.test(k) || (k === " " && !e.shiftKey)) step(1);
    else if (/^(ArrowLeft|ArrowUp|PageUp)$/.test(k) || k === " ") step(-1);
    else if (k === "Home") go(0);
    else if (k === "End") go(n - 1);
    else return;
    e.preventDefault();
  });

  var start = fromHash();
  go(start >= 0 ? start : seen(), true);
})();
