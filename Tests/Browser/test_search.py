#!/usr/bin/env python3
"""Full-text search (Pagefind) in a real browser (headless Chromium).

- SearchTests.test_japanese_word_over_http: a facilitator build of the
  sample content with its search index, served over HTTP (python's
  http.server); /search/ finds a Japanese word (多要素認証) and a result links
  to the seminar page that has it; the kind filter (セミナー) and the event
  filter (第6回 …) narrow the results to those pages; axe-core finds no
  critical or serious violation on the page with its results. In Japanese
  and in English (the English site's filter names and kinds are English).
- SearchTests.test_file_protocol_degrades: the same build opened from
  file://: the search page shows the sentence that search needs the site
  served over HTTP (and loads nothing), a <noscript> note is there for
  browsers without JavaScript, and neither it nor the home page logs a
  console error.
- SearchTests.test_missing_index_says_so: the same build without its
  pagefind/ folder, served over HTTP: the page says the index is missing.

Screenshots of the results at 1366 and 390 px wide, ja and en, go to
SEARCH_SCREENSHOTS (default: BROWSER_WORK/search-screens).

Needs Pagefind (scripts/install-deps.sh installs pagefind-bin-extended);
scripts/site-tests.sh skips this test, saying so, only when it is absent.
Run by scripts/site-tests.sh; by hand:
  WORKSHOP=.build/debug/workshop /usr/bin/python3 Tests/Browser/test_search.py [SearchTests.test_name]
On failure the first line starting with "REASON " says why.
"""
import os
import re
import socket
import subprocess
import sys
import time
import unittest
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_fill_form import WORK, WORKSHOP, browser, click, copy_content, reason, run, wait  # noqa: E402
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402
from test_site_pages import axe, axe_script  # noqa: E402

WORD = "多要素認証"  # in the sample's session 07 seminar, a group sheet and worksheets
SEMINAR = "events/2024-10-22-session-07/seminar/"
SESSION_06 = "events/2024-10-08-session-06/"


def open_axe():
    with open(axe_script(), encoding="utf-8") as f:
        return f.read()


SCREENS = os.environ.get("SEARCH_SCREENSHOTS") or os.path.join(WORK, "search-screens")

_built = {}


def build(language):
    """A facilitator build of the sample in `language`, with its search index (once per run)."""
    if language in _built:
        return _built[language]
    root = copy_content(f"search-{language}", language if language != "ja" else None)
    out = os.path.join(WORK, f"search-{language}", "Output")
    started = time.monotonic()
    built = run("build", "--root", root, "--output", out, "--audience", "facilitator")
    seconds = time.monotonic() - started
    if built.returncode != 0:
        reason(f"workshop build ({language}) failed: {built.stderr.strip()[-400:]}")
    if not os.path.isfile(os.path.join(out, "pagefind", "pagefind-ui.js")):
        reason(f"the {language} build has no search index (pagefind/): {(built.stdout + built.stderr).strip()[-400:]}")
    line = next((l for l in built.stdout.splitlines() if "pagefind/" in l), "")
    _built[language] = (root, out, line, seconds)
    return _built[language]


class Server:
    """python3 -m http.server over a folder, on a free loopback port."""

    def __init__(self, folder):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = subprocess.Popen([sys.executable, "-m", "http.server", str(self.port), "--bind", "127.0.0.1",
                                         "--directory", folder], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"http://127.0.0.1:{self.port}/"
        for _ in range(100):
            try:
                urllib.request.urlopen(self.url, timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        reason("python3 -m http.server did not start")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()


def result_links(driver):
    """The page links of the results shown (not their sub-results' anchors)."""
    return [e.get_attribute("href") for e in driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-title .pagefind-ui__result-link")]


def result_count(driver):
    """The number in Pagefind's message ("多要素認証の11件の検索結果", "11 results for …"), or None."""
    found = driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__message")
    if not found:
        return None
    numbers = re.findall(r"\d+", found[0].text)
    return int(numbers[0]) if numbers else None


def search(driver, base, word):
    """Opens the search page and types `word`; the number of results. On a loaded machine the
    first search can wait for Pagefind's WebAssembly: the word is typed again after 20 s, twice."""
    driver.get(base + "search/")
    field = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__search-input"), seconds=60, what="Pagefind's search box")[0]
    for attempt in range(3):
        field.clear()
        field.send_keys(word)
        try:
            WebDriverWait(driver, 20, poll_frequency=0.1).until(
                lambda d: result_count(d) is not None and d.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result"))
            break
        except TimeoutException:
            if attempt == 2:
                reason(f"no results for {word} after 3 tries of 20 s")
    time.sleep(0.5)  # the list settles after the count
    return result_count(driver)


def show_until(driver, suffix):
    """Pagefind shows the best results first and the rest behind "load more":
    follows it until a result links a page ending in `suffix` (or none is left); the links shown."""
    links = result_links(driver)
    for _ in range(10):
        more = driver.find_elements(By.CSS_SELECTOR, "button.pagefind-ui__button")
        if any(link.endswith(suffix) for link in links) or not more:
            break
        click(driver, more[0])
        time.sleep(0.5)
        links = result_links(driver)
    return links


def toggle_filter(driver, name, value):
    """Opens the filter block `name` and ticks (or unticks) `value`; waits for the count to change."""
    before = result_count(driver)
    blocks = driver.find_elements(By.CSS_SELECTOR, "details.pagefind-ui__filter-block")
    block = next((b for b in blocks if b.find_element(By.CSS_SELECTOR, ".pagefind-ui__filter-name").text.strip() == name), None)
    if block is None:
        reason(f"no filter named {name!r}; there are: {[b.text.splitlines()[0] for b in blocks if b.text]}")
    if block.get_attribute("open") is None:
        click(driver, block.find_element(By.CSS_SELECTOR, "summary"))
    box = next((i for i in block.find_elements(By.CSS_SELECTOR, "input.pagefind-ui__filter-checkbox") if i.get_attribute("value") == value), None)
    if box is None:
        reason(f"the filter {name!r} has no value {value!r}")
    click(driver, box)
    wait(driver, lambda d: result_count(d) != before, seconds=60, what=f"the results to change after the filter {name}={value}")
    time.sleep(0.5)
    return result_count(driver)


class SearchTests(unittest.TestCase):
    def check_language(self, language):
        root, out, line, seconds = build(language)
        words = {"ja": ("種類", "セミナー", "開催回"), "en": ("Kind", "Seminar", "Event")}[language]
        kind_name, seminar_kind, event_name = words
        event_title = "第6回 セミナー・ワークショップ"
        server = Server(out)
        driver = browser()
        try:
            driver.set_window_size(1366, 1000)
            total = search(driver, server.url, WORD)
            links = show_until(driver, SEMINAR)
            if not any(link.endswith(SEMINAR) for link in links):
                reason(f"{language}: no result for {WORD} links {SEMINAR}: {links}")
            os.makedirs(SCREENS, exist_ok=True)
            driver.save_screenshot(os.path.join(SCREENS, f"search-{language}-1366.png"))
            # axe-core over the page with Pagefind's interface and its results.
            bad = [f"{impact} {rule} ({text}) at {targets}" for impact, rule, text, targets in axe(driver, open_axe())
                   if impact in ("critical", "serious")]
            if bad:
                reason(f"{language}: axe-core on the search results: " + " | ".join(bad[:5]))
            # Kind: only the seminar page.
            narrowed = toggle_filter(driver, kind_name, seminar_kind)
            links = result_links(driver)
            if not narrowed or narrowed >= total or not all("/seminar/" in link for link in links):
                reason(f"{language}: the kind filter {seminar_kind} did not narrow {total} results to seminar pages: {narrowed} {links}")
            toggle_filter(driver, kind_name, seminar_kind)
            # Event: only session 06's pages.
            by_event = toggle_filter(driver, event_name, event_title)
            links = result_links(driver)
            if not by_event or by_event >= total or not all(SESSION_06 in link for link in links):
                reason(f"{language}: the event filter did not narrow {total} results to {SESSION_06}: {by_event} {links}")
            # The link leads to the page.
            search(driver, server.url, WORD)
            show_until(driver, SEMINAR)
            target = next(e for e in driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__result-title .pagefind-ui__result-link")
                          if e.get_attribute("href").endswith(SEMINAR))
            click(driver, target)
            wait(driver, lambda d: d.current_url.endswith(SEMINAR) and WORD in d.find_element(By.TAG_NAME, "main").text,
                 what="the seminar page with the word")
            driver.set_window_size(390, 844)
            search(driver, server.url, WORD)
            driver.save_screenshot(os.path.join(SCREENS, f"search-{language}-390.png"))
        finally:
            driver.quit()
            server.stop()
        return f"{language}: {WORD} → {total} results incl. {SEMINAR}; {seminar_kind} → {narrowed}; {event_title} → {by_event}"

    def test_japanese_word_over_http(self):
        results = [self.check_language("ja"), self.check_language("en")]
        _, _, line, seconds = build("ja")
        print(f"RESULT {'; '.join(results)}; build with index {seconds:.1f} s ({line.strip()})")

    def test_file_protocol_degrades(self):
        root, out, _, _ = build("ja")
        page = os.path.join(out, "search", "index.html")
        with open(page, encoding="utf-8") as f:
            html = f.read()
        if "<noscript>" not in html:
            reason("the search page has no <noscript> note")
        driver = browser(console=True)
        try:
            driver.get("file://" + page)
            wait(driver, lambda d: d.find_element(By.ID, "search-needs-http").is_displayed(), what="the note that search needs HTTP")
            note = driver.find_element(By.ID, "search-needs-http").text
            if "HTTP" not in note:
                reason(f"the file:// note does not say search needs HTTP: {note!r}")
            if driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__search-input") or driver.find_element(By.ID, "search-ui").text.strip():
                reason("the search box is shown from file://")
            shown = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#search > *") if e.is_displayed() and e.text.strip()]
            if shown != [note]:
                reason(f"from file:// the search page shows more than the note: {shown}")
            errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            driver.get("file://" + os.path.join(out, "index.html"))
            link = driver.find_elements(By.CSS_SELECTOR, ".site-nav__search a")
            if not link:
                reason("the home page's header has no search link")
            time.sleep(0.5)
            errors += [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            if errors:
                reason(f"console errors from file://: {[e['message'][:200] for e in errors]}")
        finally:
            driver.quit()
        print("RESULT from file:// the search page says search needs HTTP, loads nothing and logs no error; "
              "the home page links it without errors; <noscript> note present")

    def test_missing_index_says_so(self):
        """A build whose pagefind/ is gone (a failed or deleted index): over HTTP the page says so, no broken box."""
        import shutil
        root, out, _, _ = build("ja")
        bare = os.path.join(WORK, "search-no-index")
        shutil.rmtree(bare, ignore_errors=True)
        shutil.copytree(out, bare, ignore=shutil.ignore_patterns("pagefind"))
        server = Server(bare)
        driver = browser()
        try:
            driver.get(server.url + "search/")
            wait(driver, lambda d: d.find_element(By.ID, "search-no-index").is_displayed(), what="the note that the index is missing")
            if driver.find_elements(By.CSS_SELECTOR, ".pagefind-ui__search-input") or driver.find_element(By.ID, "search-needs-http").is_displayed():
                reason("with no index the page shows a search box or the file:// note")
            note = driver.find_element(By.ID, "search-no-index").text
        finally:
            driver.quit()
            server.stop()
        print(f"RESULT without pagefind/ the search page over HTTP says: {note[:60]}…")


if __name__ == "__main__":
    if not os.path.isfile(WORKSHOP):
        print(f"REASON no workshop binary at {WORKSHOP}")
        sys.exit(1)
    unittest.main(verbosity=2)
