#!/usr/bin/env python3
"""The group form (events/<slug>/groups/<id>/fill/) in a real browser
(headless Chromium through selenium), with the helpers of test_fill_form.py.

- GroupFormFileTests: from file:// (offline), for a group without a sheet:
  pick a threat, a member's impact, the common procedure with a member's
  reason and two of the members' obstacle rows (one edited with a `|` and a
  line break); Download gives A.md and Copy the same text; that file checks
  clean and the built group page shows both rows.
- GroupFormServeTests: under `workshop serve --collect --join-code …`, the
  same choices submitted from the browser: 201, groups/A.md written, and the
  projection page (groups/A/present/) shows the threat, the procedure and
  both rows.

Run by scripts/site-tests.sh; by hand:
  WORKSHOP=.build/debug/workshop /usr/bin/python3 Tests/Browser/test_group_form.py [TestClass.test_name]
"""
import os
import re
import signal
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_fill_form import (FACILITATOR_KEY, JOIN_CODE, WORK, WORKSHOP, browser, click, copy_content,  # noqa: E402
                            first_event, free_port, reason, run, wait, wait_for_port)
from selenium.webdriver.common.by import By  # noqa: E402

GROUP = "A"


def without_sheet(name):
    """A copy of the content whose group A has no sheet yet (as at the end of the group work)."""
    root = copy_content(name)
    os.remove(os.path.join(root, "events", first_event(root), "groups", GROUP + ".md"))
    return root


def markdown(driver):
    return driver.find_element(By.ID, "markdown-output").get_attribute("value") or ""


def compose_sheet(driver):
    """Picks like a scribe: threat 3, the first member's impact, 6-1 as the common procedure with
    the first member's reason, two of the members' rows, the second one edited. Returns the rows' texts."""
    wait(driver, lambda d: d.find_elements(By.ID, "group-threat-3"), what="the threat choices (#group-threat-3)")
    driver.execute_script("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}")
    driver.refresh()
    wait(driver, lambda d: d.find_elements(By.ID, "group-threat-3"), what="the threat choices after a reload")
    if "threats: [3]" in markdown(driver):
        reason("the blank form already has threat 3")
    click(driver, driver.find_element(By.ID, "group-threat-3"))
    add_impact = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, 'button[data-action="add-impact"]'),
                      what="the members' impacts for threat 3")[0]
    click(driver, add_impact)
    click(driver, wait(driver, lambda d: d.find_elements(By.ID, "common-toggle-6-1"), what="procedure 6-1 among the members' choices")[0])
    use = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, 'button[data-action="use-reason"][data-procedure="6-1"]'),
               what="a member's reason for 6-1")[0]
    click(driver, use)
    rows = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, 'button[data-action="add-row"]'), what="the members' obstacles for 6-1")
    if len(rows) < 2:
        reason(f"only {len(rows)} obstacle suggestion(s) for 6-1")
    click(driver, rows[0])
    click(driver, wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, 'button[data-action="add-row"][aria-pressed="false"]'),
                       what="a second obstacle suggestion")[0])
    wait(driver, lambda d: d.find_elements(By.ID, "row-1-remedy"), what="the second row")
    first = driver.find_element(By.ID, "row-0-obstacle").get_attribute("value")
    remedy = driver.find_element(By.ID, "row-1-remedy")
    remedy.send_keys(" | 追記", "\n", "二行目")
    click(driver, driver.find_element(By.ID, "industries"))
    time.sleep(0.3)
    return first, driver.find_element(By.ID, "row-1-remedy").get_attribute("value")


def check_sheet(text, first_obstacle):
    """What the composed sheet must say."""
    for expected in ("group: A", "threats: [3]", "## ① 事業影響の認識", "## ② 共通認識", "### 6-1 ", "- 理由: ", "## ③ 課題と解決手段",
                     "| 課題 | 解決手段 |", "\\| 追記 二行目"):
        if expected not in text:
            reason(f"the sheet has no '{expected}':\n{text}")
    if "ヒント" in text:
        reason("the sheet has a hint section (the hint is the facilitator's)")
    rows = [line for line in text.split("\n") if line.startswith("| ") and not line.startswith("| 課題 |")]
    if len(rows) != 2:
        reason(f"the table has {len(rows)} rows, expected 2:\n{text}")
    if first_obstacle.split("。")[0][:20] not in rows[0]:
        reason(f"the first row is not the member's obstacle '{first_obstacle[:30]}': {rows[0]}")


def form_errors(driver):
    return [e.get_attribute("data-code") + ": " + e.text for e in driver.find_elements(By.CSS_SELECTOR, '#findings li[data-severity="error"]')]


class GroupFormFileTests(unittest.TestCase):
    """The group form from file://, offline."""

    def test_compose_download_copy_check(self):
        root = without_sheet("group-file")
        out = os.path.join(WORK, "group-file", "Output")
        built = run("build", "--root", root, "--output", out, "--audience", "facilitator")
        if built.returncode != 0:
            reason(f"workshop build failed: {built.stderr.strip()[-400:]}")
        slug = first_event(root)
        page = os.path.join(out, "events", slug, "groups", GROUP, "fill", "index.html")
        if not os.path.isfile(page):
            reason(f"no group form at events/{slug}/groups/{GROUP}/fill/index.html")
        downloads = os.path.join(WORK, "group-file", "downloads")
        os.makedirs(downloads, exist_ok=True)
        driver = browser(downloads)
        try:
            driver.get("file://" + page)
            first, _ = compose_sheet(driver)
            stray = driver.execute_script("return Array.from(document.getElementById('group-fill-form').childNodes)"
                                          ".filter(n => n.nodeType === 3 && n.textContent.trim()).map(n => n.textContent)")
            if stray:
                reason(f"stray text in the form: {stray}")
            errors = form_errors(driver)
            if errors:
                reason("the form reports errors: " + "; ".join(errors))
            text = markdown(driver)
            check_sheet(text, first)
            # Copy: the text handed to the clipboard.
            driver.execute_script("""
                window.__copied = null;
                Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t) => { window.__copied = t; return Promise.resolve(); } } });
            """)
            click(driver, driver.find_element(By.ID, "copy"))
            copied = wait(driver, lambda d: d.execute_script("return window.__copied"), what="Copy to hand the text to the clipboard")
            if copied != text:
                reason("Copy gave another text than the one shown")
            click(driver, driver.find_element(By.ID, "download"))
            target = os.path.join(downloads, GROUP + ".md")
            deadline = time.time() + 20
            while time.time() < deadline and not os.path.isfile(target):
                time.sleep(0.2)
            if not os.path.isfile(target):
                reason(f"Download did not save {GROUP}.md (found: {os.listdir(downloads)})")
            time.sleep(0.3)
            with open(target, encoding="utf-8") as f:
                downloaded = f.read()
            if downloaded != text:
                reason("the downloaded file differs from the Markdown shown")

            # The file is a valid group sheet: no finding on it, and its page shows both rows.
            copy = without_sheet("group-file-check")
            with open(os.path.join(copy, "events", slug, "groups", GROUP + ".md"), "w", encoding="utf-8") as f:
                f.write(downloaded)
            result = run("check", "--root", copy)
            mine = [line for line in (result.stdout + result.stderr).split("\n") if f"groups/{GROUP}.md" in line]
            if result.returncode != 0 or mine:
                reason("workshop check on the downloaded sheet: " + "; ".join(mine or [(result.stdout + result.stderr)[-400:]]))
            site = os.path.join(WORK, "group-file-check", "Output")
            built = run("build", "--root", copy, "--output", site)
            if built.returncode != 0:
                reason(f"workshop build of the checked copy failed: {built.stderr.strip()[-300:]}")
            driver.get("file://" + os.path.join(site, "events", slug, "groups", GROUP, "index.html"))
            cells = [row.text for row in driver.find_elements(By.CSS_SELECTOR, "table.obstacles tbody tr")]
            if len(cells) != 2 or not any("| 追記 二行目" in c for c in cells):
                reason(f"the group page's table shows {cells}")
        finally:
            driver.quit()
        print(f"RESULT group form offline: picked, downloaded {GROUP}.md ({len(downloaded.encode())} bytes), copied, checks clean, 2 rows on the page")


class GroupFormServeTests(unittest.TestCase):
    """The group form served by `workshop serve --collect`, submitting to POST /api/events/<slug>/groups."""

    def test_submit_and_present(self):
        root = without_sheet("group-serve")
        out = os.path.join(WORK, "group-serve", "Output")
        slug = first_event(root)
        port = free_port()
        log_path = os.path.join(WORK, "group-serve", "serve.log")
        log = open(log_path, "w")
        server = subprocess.Popen([WORKSHOP, "serve", "--collect", "--join-code", JOIN_CODE, "--facilitator-key", FACILITATOR_KEY,
                                   "--port", str(port), "--root", root, "--output", out],
                                  stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        driver = None
        try:
            if not wait_for_port(port, server):
                log.flush()
                reason(f"serve did not listen on port {port}: " + open(log_path).read()[-400:])
            base = f"http://127.0.0.1:{port}/"
            driver = browser()
            # The scribe joins with the code (a participant's page) and opens the group's form.
            driver.get(base + f"events/{slug}/groups/{GROUP}/fill/index.html?code={JOIN_CODE}")
            wait(driver, lambda d: d.find_elements(By.ID, "join-code"), what="the form with its Submit part (#join-code)")
            first, remedy = compose_sheet(driver)
            errors = form_errors(driver)
            if errors:
                reason("the form reports errors: " + "; ".join(errors))
            check_sheet(markdown(driver), first)
            click(driver, driver.find_element(By.ID, "submit"))
            # The page reloads after the rebuild; the answer is kept and shown again.
            status = wait(driver, lambda d: d.execute_script(
                "var s = document.getElementById('submit-status'); return s && s.getAttribute('data-status');"),
                seconds=30, what="#submit-status to show the server's answer")
            if status != "201":
                reason(f"the server answered {status}: " + driver.find_element(By.ID, "submit-status").text)
            saved = os.path.join(root, "events", slug, "groups", GROUP + ".md")
            deadline = time.time() + 10
            while time.time() < deadline and not os.path.isfile(saved):
                time.sleep(0.1)
            if not os.path.isfile(saved):
                reason(f"groups/{GROUP}.md did not appear in the content folder")

            # The projection page shows the chosen threat, the procedure and both rows.
            present = base + f"events/{slug}/groups/{GROUP}/present/index.html"
            deadline = time.time() + 30
            while True:
                driver.get(present)
                source = driver.page_source
                if "6-1" in source and "追記 二行目" in source:
                    break
                if time.time() > deadline:
                    reason("the projection page does not show the submitted sheet: " + re.sub(r"\s+", " ", driver.find_element(By.TAG_NAME, "body").text)[:300])
                time.sleep(0.5)
            body = driver.find_element(By.TAG_NAME, "body").get_attribute("textContent")
            for expected in ("内部不正", "6-1", first.split("。")[0][:20], "追記 二行目"):
                if expected not in body:
                    reason(f"the projection page has no '{expected}'")
            # And the form, opened again, keeps the scribe's draft.
            driver.get(base + f"events/{slug}/groups/{GROUP}/fill/index.html")
            wait(driver, lambda d: "追記" in (d.find_element(By.ID, "row-1-remedy").get_attribute("value") if d.find_elements(By.ID, "row-1-remedy") else ""),
                 what="the draft's second row after reopening")
        finally:
            if driver is not None:
                driver.quit()
            if server.poll() is None:
                server.send_signal(signal.SIGINT)
                try:
                    server.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()
            log.close()
        print(f"RESULT group form served: submitted {GROUP}.md (201), the projection page shows threat 3, 6-1 and both rows")


if __name__ == "__main__":
    if not os.path.isfile(WORKSHOP):
        print(f"REASON no workshop binary at {WORKSHOP}")
        sys.exit(1)
    unittest.main(verbosity=2)
