#!/usr/bin/env python3
"""Every page kind of the sample site in a real browser (headless Chromium).

- AccessibilityTests: axe-core over every page kind of a facilitator build
  (and the fill-in form, blank and with a threat and a procedure chosen), in
  Japanese and in English: no critical or serious violation.
- ProjectionTests: at 1920x1080 no text on any slide of the projection page
  is smaller than 28 px (the smallest computed font size of each slide).
- FillFormFirstLookTests: a blank form shows no error until a field is left
  (then that field's message), and says nothing is sent to a server only
  when it has no submit button.

axe-core comes from PyPI's axe-selenium-python (scripts/install-deps.sh
--test), read from the installed package: no network. AXE_JS names the
script directly.

Run by scripts/site-tests.sh; by hand:
  WORKSHOP=.build/debug/workshop /usr/bin/python3 Tests/Browser/test_site_pages.py [TestClass.test_name]
On failure the first line starting with "REASON " says why.
"""
import glob
import importlib.util
import json
import os
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_fill_form import WORK, WORKSHOP, browser, click, copy_content, first_event, reason, run, wait  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

SMALLEST_SLIDE_TEXT = 28  # px at 1920x1080: readable from the back of a room


def axe_script():
    """The path of axe.min.js inside the installed axe-selenium-python."""
    if os.environ.get("AXE_JS"):
        return os.environ["AXE_JS"]
    locations = []
    spec = importlib.util.find_spec("axe_selenium_python")
    if spec and spec.submodule_search_locations:
        locations += list(spec.submodule_search_locations)
    # The package may be installed for another Python than the one with selenium.
    for python in ("python3", "/usr/bin/python3", "python"):
        try:
            found = subprocess.run([python, "-c", "import importlib.util as u; s = u.find_spec('axe_selenium_python'); "
                                    "print(s.submodule_search_locations[0] if s else '')"],
                                   capture_output=True, text=True, timeout=30).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            continue
        if found:
            locations.append(found)
    for location in locations:
        for path in glob.glob(os.path.join(location, "**", "axe.min.js"), recursive=True):
            return path
    reason("axe-core is missing: pip install axe-selenium-python (scripts/install-deps.sh --test)")


_built = {}


def build(language):
    """A facilitator build of the sample content in `language` (once per run)."""
    if language in _built:
        return _built[language]
    root = copy_content(f"pages-{language}", language if language != "ja" else None)
    out = os.path.join(WORK, f"pages-{language}", "Output")
    built = run("build", "--root", root, "--output", out, "--audience", "facilitator")
    if built.returncode != 0:
        reason(f"workshop build ({language}) failed: {built.stderr.strip()[-400:]}")
    _built[language] = (root, out)
    return root, out


def page_kinds(out, slug):
    """One page of each kind (relative paths), all of which must exist."""
    group = sorted(os.listdir(os.path.join(out, "events", slug, "groups")))
    group = next(g for g in group if os.path.isdir(os.path.join(out, "events", slug, "groups", g)) and g != "print")
    worksheet = sorted(d for d in os.listdir(os.path.join(out, "events", slug, "worksheets"))
                       if os.path.isdir(os.path.join(out, "events", slug, "worksheets", d)))[0]
    catalogues = sorted(os.listdir(os.path.join(out, "catalogs")))
    seminar_pages = sorted(d for d in os.listdir(os.path.join(out, "events", slug, "seminar"))
                           if os.path.isdir(os.path.join(out, "events", slug, "seminar", d)))
    kinds = {
        "home": "index.html",
        "event": f"events/{slug}/index.html",
        "seminar": f"events/{slug}/seminar/index.html",
        "worksheets": f"events/{slug}/worksheets/index.html",
        "worksheet": f"events/{slug}/worksheets/{worksheet}/index.html",
        "group": f"events/{slug}/groups/{group}/index.html",
        "present": f"events/{slug}/groups/{group}/present/index.html",
        "print": f"events/{slug}/groups/{group}/print/index.html",
        "print-all": f"events/{slug}/groups/print/index.html",
        "report": f"events/{slug}/report/index.html",
        "aggregates": f"events/{slug}/aggregates/index.html",
        "series": "series/index.html",
        "fill": f"events/{slug}/fill/index.html",
        "404": "404.html",
        "search": "search/index.html",
    }
    if seminar_pages:
        kinds["seminar-page"] = f"events/{slug}/seminar/{seminar_pages[0]}/index.html"
    for catalogue in catalogues:
        kinds[f"catalogue {catalogue}"] = f"catalogs/{catalogue}/index.html"
    if os.path.isfile(os.path.join(out, "problems", "index.html")):
        kinds["problems"] = "problems/index.html"
    if os.path.isfile(os.path.join(out, "events", slug, "photos", "review", "index.html")):
        kinds["photo-review"] = f"events/{slug}/photos/review/index.html"
    for kind, path in kinds.items():
        if not os.path.isfile(os.path.join(out, path)):
            reason(f"no {kind} page at {path}")
    return kinds


def axe(driver, source):
    """axe-core's violations on the current page: [(impact, id, help, [targets])]."""
    driver.execute_script(source)
    driver.set_script_timeout(60)
    result = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'] })
          .then((r) => done(JSON.stringify(r.violations.map((v) => [v.impact, v.id, v.help, v.nodes.slice(0, 3).map((n) => n.target.join(' '))]))))
          .catch((e) => done(JSON.stringify({ error: String(e) })));
    """)
    found = json.loads(result)
    if isinstance(found, dict):
        reason("axe-core failed: " + found["error"])
    return found


class AccessibilityTests(unittest.TestCase):
    def check_language(self, language):
        source = open(axe_script(), encoding="utf-8").read()
        root, out = build(language)
        slug = first_event(root)
        kinds = page_kinds(out, slug)
        driver = browser()
        bad, minor, pages = [], {}, 0
        try:
            driver.set_window_size(1280, 900)
            for kind, path in kinds.items():
                driver.get("file://" + os.path.join(out, path))
                if kind == "fill":
                    wait(driver, lambda d: d.find_elements(By.ID, "participant"), what="the form (#participant)")
                for impact, rule, text, targets in axe(driver, source):
                    if impact in ("critical", "serious"):
                        bad.append(f"{language} {kind}: {impact} {rule} ({text}) at {targets}")
                    else:
                        minor[f"{impact} {rule}"] = minor.get(f"{impact} {rule}", 0) + 1
                pages += 1
                if kind == "fill":
                    # The form with its dynamic parts open: a threat's fields, a procedure's reason and obstacles.
                    click(driver, driver.find_element(By.CSS_SELECTOR, 'input[data-threat="3"]'))
                    search = driver.find_element(By.ID, "procedure-search")
                    search.send_keys("6-1")
                    option = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, '#procedure-options button[data-procedure="6-1"]'),
                                  what="procedure 6-1 in the search results")[0]
                    click(driver, option)
                    wait(driver, lambda d: d.find_elements(By.ID, "procedure-6-1-reason"), what="the reason field of 6-1")
                    click(driver, driver.find_element(By.ID, "download"))  # shows every message
                    for impact, rule, text, targets in axe(driver, source):
                        if impact in ("critical", "serious"):
                            bad.append(f"{language} fill (filled in): {impact} {rule} ({text}) at {targets}")
                        else:
                            minor[f"{impact} {rule}"] = minor.get(f"{impact} {rule}", 0) + 1
                    pages += 1
        finally:
            driver.quit()
        if bad:
            reason(f"{len(bad)} critical/serious axe-core violations: " + " | ".join(bad[:8]))
        others = ", ".join(f"{k} ×{v}" for k, v in sorted(minor.items())) or "none"
        print(f"RESULT {language}: {pages} pages ({len(kinds)} kinds + the filled-in form), 0 critical/serious; other findings: {others}")

    def test_axe_ja(self):
        self.check_language("ja")

    def test_axe_en(self):
        self.check_language("en")


class ProjectionTests(unittest.TestCase):
    def test_slides_readable_at_1080p(self):
        results = []
        for language in ("ja", "en"):
            root, out = build(language)
            slug = first_event(root)
            path = page_kinds(out, slug)["present"]
            driver = browser()
            try:
                driver.set_window_size(1920, 1080)
                driver.get("file://" + os.path.join(out, path))
                width = driver.execute_script("return window.innerWidth")
                if width < 1800:
                    # --window-size counts the frame; make the viewport itself 1920 wide.
                    driver.set_window_size(1920 + (1920 - width), 1080)
                sizes = driver.execute_script("""
                    const out = [];
                    for (const slide of document.querySelectorAll('.present section.slide')) {
                      let smallest = Infinity, where = '';
                      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
                      while (walker.nextNode()) {
                        const node = walker.currentNode;
                        if (!node.textContent.trim()) continue;
                        const element = node.parentElement;
                        const style = getComputedStyle(element);
                        if (style.display === 'none' || style.visibility === 'hidden') continue;
                        const size = parseFloat(style.fontSize);
                        if (size < smallest) { smallest = size; where = element.tagName.toLowerCase() + '.' + element.className + ' "' + node.textContent.trim().slice(0, 30) + '"'; }
                      }
                      out.push([slide.id, smallest, where]);
                    }
                    return [window.innerWidth, window.innerHeight, out];
                """)
            finally:
                driver.quit()
            viewport_width, viewport_height, slides = sizes
            if not slides:
                reason(f"no slides on {path}")
            for slide, smallest, where in slides:
                if smallest < SMALLEST_SLIDE_TEXT:
                    reason(f"{language} {slide}: text of {smallest}px at {viewport_width}x{viewport_height} ({where}); at least {SMALLEST_SLIDE_TEXT}px")
            results.append(f"{language} " + ", ".join(f"{s} {m:g}px" for s, m, _ in slides))
        print(f"RESULT smallest text per slide at 1920 wide: {'; '.join(results)}")


class FillFormFirstLookTests(unittest.TestCase):
    def test_blank_form_waits_for_the_participant(self):
        root, out = build("ja")
        slug = first_event(root)
        page = "file://" + os.path.join(out, "events", slug, "fill", "index.html")
        driver = browser()
        try:
            driver.get(page)
            wait(driver, lambda d: d.find_elements(By.ID, "participant"), what="the form (#participant)")
            driver.execute_script("try { localStorage.clear(); } catch (e) {}")
            driver.get(page)
            wait(driver, lambda d: d.find_elements(By.ID, "participant"), what="the form (#participant)")
            def shown(d):
                return [e.text for e in d.find_elements(By.CSS_SELECTOR, ".fill-message .fill-error, #findings li") if e.text.strip()]
            if shown(driver) or driver.find_elements(By.CSS_SELECTOR, "[aria-invalid='true']"):
                reason("a blank form greets the participant with errors: " + "; ".join(shown(driver)[:3]))
            note = driver.find_element(By.ID, "autosave-note").text
            if "サーバー" not in note or "送られません" not in note:
                reason(f"the form without submit should say nothing goes to a server: {note!r}")
            if driver.find_elements(By.ID, "submit"):
                reason("the file:// form has a submit button")
            field = driver.find_element(By.ID, "participant")
            click(driver, field)
            click(driver, driver.find_element(By.ID, "industry"))  # leaves #participant empty
            wait(driver, lambda d: d.find_element(By.ID, "participant-error").text.strip(), what="the participant field's message once it is left")
            if driver.find_element(By.ID, "participant").get_attribute("aria-invalid") != "true":
                reason("the left empty participant field is not marked aria-invalid")
            if driver.find_element(By.ID, "industry-error").text.strip():
                reason("the industry field shows its message before the participant has left it")
        finally:
            driver.quit()
        # The same page as `serve --collect` renders it (collect: true in its data) says when it sends.
        original = os.path.join(out, "events", slug, "fill", "index.html")
        collecting = os.path.join(out, "events", slug, "fill", "collect.html")
        html = open(original, encoding="utf-8").read()
        if '"collect":false' not in html:
            reason("the fill page's data has no \"collect\":false to flip")
        with open(collecting, "w", encoding="utf-8") as f:
            f.write(html.replace('"collect":false', '"collect":true'))
        driver = browser()
        try:
            driver.get("file://" + collecting)
            wait(driver, lambda d: d.find_elements(By.ID, "submit"), what="the submit button of the collecting form")
            note = driver.find_element(By.ID, "autosave-note").text
            if "送られません" in note:
                reason(f"the form with a submit button says nothing is sent to a server: {note!r}")
            if "提出" not in note:
                reason(f"the collecting form's note does not say what Submit sends: {note!r}")
        finally:
            driver.quit()
            os.remove(collecting)
        print("RESULT a blank form shows no error; leaving the participant field shows its message alone; "
              "no submit, so the note says nothing goes to a server")


if __name__ == "__main__":
    if not os.path.isfile(WORKSHOP):
        print(f"REASON no workshop binary at {WORKSHOP}")
        sys.exit(1)
    unittest.main(verbosity=2)
