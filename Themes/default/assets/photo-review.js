// The photo review page under `workshop serve`: draw, move and delete the
// regions to hide and mark a photo reviewed; saving posts them to the dev
// server, which writes photos.yaml and rebuilds (the page then reloads).
// In a built site (no server) the page stays read-only.
(function () {
  "use strict";
  var root = document.querySelector(".photo-review");
  if (!root || !window.fetch) return;
  var endpoint = "/__workshop/photos/" + encodeURIComponent(root.getAttribute("data-event"));

  function clamp(v) { return Math.min(1, Math.max(0, v)); }
  function round(v) { return Math.round(v * 10000) / 10000; }

  function place(box) {
    box.style.left = (Number(box.dataset.x) * 100) + "%";
    box.style.top = (Number(box.dataset.y) * 100) + "%";
    box.style.width = (Number(box.dataset.width) * 100) + "%";
    box.style.height = (Number(box.dataset.height) * 100) + "%";
  }

  function addDelete(box, label) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "photo-review__delete";
    button.textContent = "×";
    button.setAttribute("aria-label", label);
    button.addEventListener("pointerdown", function (e) { e.stopPropagation(); });
    button.addEventListener("click", function () { box.remove(); });
    box.appendChild(button);
  }

  function enable(item, label) {
    var frame = item.querySelector(".photo-review__frame");
    var form = item.querySelector(".photo-review__controls");
    if (!frame || !form) return;
    form.hidden = false;
    frame.classList.add("photo-review__frame--editable");
    frame.querySelectorAll(".photo-review__region").forEach(function (box) { addDelete(box, label); });
    var drag = null;
    frame.addEventListener("pointerdown", function (e) {
      var rect = frame.getBoundingClientRect();
      var px = (e.clientX - rect.left) / rect.width, py = (e.clientY - rect.top) / rect.height;
      var box = e.target.closest(".photo-review__region");
      if (box) {
        drag = { box: box, mode: "move", px: px, py: py, x: Number(box.dataset.x), y: Number(box.dataset.y) };
      } else {
        box = document.createElement("div");
        box.className = "photo-review__region photo-review__region--" + form.elements.style.value;
        box.dataset.style = form.elements.style.value;
        box.dataset.x = px; box.dataset.y = py; box.dataset.width = 0; box.dataset.height = 0;
        frame.appendChild(box);
        addDelete(box, label);
        drag = { box: box, mode: "draw", px: px, py: py };
      }
      frame.setPointerCapture(e.pointerId);
      e.preventDefault();
    });
    frame.addEventListener("pointermove", function (e) {
      if (!drag) return;
      var rect = frame.getBoundingClientRect();
      var px = clamp((e.clientX - rect.left) / rect.width), py = clamp((e.clientY - rect.top) / rect.height);
      var d = drag.box.dataset;
      if (drag.mode === "move") {
        d.x = clamp(Math.min(drag.x + px - drag.px, 1 - Number(d.width)));
        d.y = clamp(Math.min(drag.y + py - drag.py, 1 - Number(d.height)));
      } else {
        d.x = Math.min(px, drag.px); d.y = Math.min(py, drag.py);
        d.width = Math.abs(px - drag.px); d.height = Math.abs(py - drag.py);
      }
      place(drag.box);
    });
    frame.addEventListener("pointerup", function () {
      if (drag && drag.mode === "draw" && (Number(drag.box.dataset.width) < 0.01 || Number(drag.box.dataset.height) < 0.01)) drag.box.remove();
      drag = null;
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var regions = Array.prototype.map.call(frame.querySelectorAll(".photo-review__region"), function (box) {
        return { x: round(Number(box.dataset.x)), y: round(Number(box.dataset.y)), width: round(Number(box.dataset.width)),
                 height: round(Number(box.dataset.height)), style: box.dataset.style || "blur" };
      });
      var status = form.querySelector(".photo-review__status");
      status.textContent = "…";
      fetch(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Workshop-Review": "1" },
        body: JSON.stringify({ file: item.getAttribute("data-file"), reviewed: form.elements.reviewed.checked, regions: regions })
      }).then(function (response) {
        return response.text().then(function (text) { status.textContent = text; });
      }).catch(function (error) { status.textContent = String(error); });
    });
  }

  fetch(endpoint, { headers: { "X-Workshop-Review": "1" } }).then(function (response) {
    if (!response.ok) return;
    var label = root.getAttribute("data-delete-label") || "×";
    root.querySelectorAll(".photo-review__item").forEach(function (item) { enable(item, label); });
  }).catch(function () { /* a built site: read-only */ });
})();
