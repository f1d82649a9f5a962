#!/usr/bin/env python3
"""`workshop serve --collect` in the room, in a real browser (headless Chromium through selenium).

Issue 7, "What was seen" 1-3, each in a browser:
- the confirmation stays: after 提出する the form keeps 「提出しました」 and the
  server's findings (the page does not reload itself);
- another participant's open form does not reload on someone else's submission;
- a worksheet with errors (`### 6-4` in group B's sheet) and a blank sheet from
  `workshop new worksheet` take down neither the projected `groups/A/present/`
  nor the forms: they keep answering 200 with their last good content;
- the projector keeps its slide when its page reloads.

Run by scripts/site-tests.sh; by hand:
  WORKSHOP=.build/debug/workshop /usr/bin/python3 Tests/Browser/test_serve_live.py [TestClass.test_name]
Environment as for test_fill_form.py (WORKSHOP, CONTENT, BROWSER_WORK).
On failure the first line starting with "REASON " says why.
"""
import os
import signal
import subprocess
import sys
import time
import unittest
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_fill_form import (FACILITATOR_KEY, JOIN_CODE, WORK, WORKSHOP, browser, click, copy_content, fill_worksheet,  # noqa: E402
                            first_event, free_port, reason, wait, wait_for_port)
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402

BROKEN_SHEET = """---
participant: B-09
group: B
industry: 小売業
---

## ① 事業影響の認識

### 脅威 3
- 事業内容: 小売
- 影響: 情報が漏れると信用を失う。
- 影響度: 高

## ② 有効な実施手順

### 6-4
- 脅威: 3
- 理由: 壊れた版です。
"""


PARTICIPANT = f"workshop-join={JOIN_CODE}"


def get(url, cookie=f"workshop-key={FACILITATOR_KEY}"):
    """(status, body) of a GET, as the facilitator unless another cookie is given; errors give their status."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Cookie": cookie}), timeout=10) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


class ServeRoom:
    """A copy of the content served with --collect on a free loopback port."""

    def __init__(self, name):
        self.root = copy_content(name)
        self.folder = os.path.dirname(self.root)
        self.slug = first_event(self.root)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}/"
        self.log_path = os.path.join(self.folder, "serve.log")
        self.log = open(self.log_path, "w")
        self.server = subprocess.Popen([WORKSHOP, "serve", "--collect", "--join-code", JOIN_CODE, "--facilitator-key", FACILITATOR_KEY,
                                        "--port", str(self.port),
                                        "--root", self.root, "--output", os.path.join(self.folder, "Output"),
                                        "--state", os.path.join(self.folder, "state")],
                                       stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        if not wait_for_port(self.port, self.server):
            self.log.flush()
            reason(f"serve did not listen on port {self.port}: " + open(self.log_path).read()[-400:])

    def join(self, driver):
        """The participant's browser: the join code once (as from the QR code), kept in a cookie."""
        driver.get(self.base + f"?code={JOIN_CODE}")

    def path(self, *parts):
        return os.path.join(self.root, "events", self.slug, *parts)

    def log_text(self):
        self.log.flush()
        return open(self.log_path, encoding="utf-8").read()

    def wait_log(self, text, after=0, seconds=30):
        deadline = time.time() + seconds
        while time.time() < deadline:
            if text in self.log_text()[after:]:
                return
            time.sleep(0.1)
        reason(f"the serve log never said {text!r}: {self.log_text()[-600:]}")

    def stop(self):
        if self.server.poll() is None:
            self.server.send_signal(signal.SIGINT)
            try:
                self.server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait()
        self.log.close()


def submit_status(driver):
    box = driver.find_element(By.ID, "submit-status")
    return (box.get_attribute("data-status") or "") + " " + box.text


class ServeLiveTests(unittest.TestCase):
    def setUp(self):
        self.room = None
        self.driver = None

    def tearDown(self):
        if self.driver is not None:
            self.driver.quit()
        if self.room is not None:
            self.room.stop()

    def test_confirmation_stays_and_other_forms_do_not_reload(self):
        self.room = room = ServeRoom("live-confirm")
        self.driver = driver = browser()
        room.join(driver)
        fill = room.base + f"events/{room.slug}/fill/index.html"

        # Another participant's form, half filled, open in a tab.
        driver.get(fill)
        wait(driver, lambda d: d.find_elements(By.ID, "participant"), what="the other form (#participant)")
        driver.find_element(By.ID, "participant").send_keys("OTHER-1")
        driver.execute_script("window.__marker = 'other';")
        other = driver.current_window_handle

        driver.switch_to.new_window("tab")
        driver.get(fill)
        fill_worksheet(driver, "LIVE-01")
        # A warning the server reports back: an obstacle without a remedy.
        driver.find_element(By.ID, "procedure-6-1-remedy-0").clear()
        click(driver, driver.find_element(By.ID, "participant"))
        driver.find_element(By.ID, "join-code").send_keys(JOIN_CODE)
        driver.execute_script("window.__marker = 'mine';")
        log_size = len(room.log_text())
        click(driver, driver.find_element(By.ID, "submit"))
        wait(driver, lambda d: submit_status(d).startswith("201"), seconds=30, what="the server's 201 in #submit-status")
        confirmation = submit_status(driver)
        findings = driver.find_elements(By.CSS_SELECTOR, "#server-findings li, .fill-server-findings li")
        # The rebuild after the submission has happened and been announced to every page.
        room.wait_log("LIVE-01", after=log_size)
        deadline = time.time() + 10
        while time.time() < deadline and get(room.base + f"events/{room.slug}/worksheets/LIVE-01/")[0] != 200:
            time.sleep(0.1)
        time.sleep(2.5)
        if driver.execute_script("return window.__marker") != "mine":
            reason("the form reloaded itself after the submission")
        if submit_status(driver) != confirmation or "提出しました" not in confirmation:
            reason(f"the confirmation did not stay: was {confirmation!r}, now {submit_status(driver)!r}")
        after = driver.find_elements(By.CSS_SELECTOR, "#server-findings li, .fill-server-findings li")
        if len(after) != len(findings):
            reason(f"the server's findings did not stay: {len(findings)} then {len(after)}")

        driver.switch_to.window(other)
        if driver.execute_script("return window.__marker") != "other":
            reason("another participant's form reloaded on someone else's submission")
        if driver.find_element(By.ID, "participant").get_attribute("value") != "OTHER-1":
            reason("another participant's form lost what was typed")
        print(f"RESULT confirmation {confirmation!r} stayed with {len(after)} server findings; the other form did not reload")

    def test_joined_through_the_qr_code_submits_without_typing_the_code(self):
        self.room = room = ServeRoom("live-qr")
        self.driver = driver = browser()
        # The QR code's address: the join code once, kept in a cookie.
        driver.get(room.base + f"__workshop/join?code={JOIN_CODE}")
        driver.get(room.base + f"events/{room.slug}/fill/index.html")
        fill_worksheet(driver, "QR-01")
        code = driver.find_element(By.ID, "join-code")
        code.clear()
        click(driver, driver.find_element(By.ID, "submit"))
        wait(driver, lambda d: (d.find_element(By.ID, "submit-status").get_attribute("data-status") or "") != "", seconds=30,
             what="the server's answer in #submit-status")
        status = submit_status(driver)
        if not status.startswith("201"):
            reason(f"a participant who joined through the QR code could not submit without typing the code: {status!r}")
        # The cookie gone while the form is open (a restart with a new code): an empty code field asks for the code.
        driver.delete_all_cookies()
        driver.execute_script("document.getElementById('submit-status').removeAttribute('data-status');")
        field = driver.find_element(By.ID, "participant")
        field.clear()
        field.send_keys("QR-02")
        driver.find_element(By.ID, "join-code").clear()
        click(driver, driver.find_element(By.ID, "submit"))
        wait(driver, lambda d: (d.find_element(By.ID, "submit-status").get_attribute("data-status") or "") != "", seconds=30,
             what="the answer without a code")
        asked = submit_status(driver)
        if not asked.startswith("403") or "参加コードを入力してください" not in asked:
            reason(f"without the cookie and with no code typed, the form did not ask for the code: {asked!r}")
        print(f"RESULT joined through the QR code: {status!r}; without the cookie: {asked!r}")

    def test_server_pages_pass_axe(self):
        """The pages only the server writes (join page, facilitator-only page, dashboard, join slide): no critical or serious axe-core finding."""
        from test_site_pages import axe, axe_script
        source = open(axe_script(), encoding="utf-8").read()
        self.room = room = ServeRoom("live-axe")
        self.driver = driver = browser()
        bad = []
        pages = [("join", f"events/{room.slug}/fill/index.html"), ("facilitator only", f"events/{room.slug}/worksheets/"),
                 ("dashboard", f"__workshop/?key={FACILITATOR_KEY}"), ("join slide", "__workshop/join")]
        for name, path in pages:
            driver.get(room.base + path)
            time.sleep(0.3)
            for impact, rule, text, targets in axe(driver, source):
                if impact in ("critical", "serious"):
                    bad.append(f"{name}: {impact} {rule} ({text}) at {targets}")
        if bad:
            reason(f"{len(bad)} critical/serious axe-core violations: " + " | ".join(bad[:8]))
        print(f"RESULT axe-core: no critical or serious finding on {', '.join(name for name, _ in pages)}")

    def test_errors_take_down_neither_the_projector_nor_the_forms(self):
        self.room = room = ServeRoom("live-errors")
        self.driver = driver = browser()
        room.join(driver)
        present = room.base + f"events/{room.slug}/groups/A/present/"
        fill = room.base + f"events/{room.slug}/fill/index.html"
        status, good_present = get(present, cookie=PARTICIPANT)
        if status != 200:
            reason(f"the projected page answered {status} before any error")
        group_text = "共通認識"
        driver.get(present)
        wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "section.slide"), what="the slides")
        driver.execute_script("window.__marker = 'present';")
        driver.switch_to.new_window("tab")
        driver.get(fill)
        wait(driver, lambda d: d.find_elements(By.ID, "participant"), what="the form (#participant)")
        driver.execute_script("window.__marker = 'form';")

        log_size = len(room.log_text())
        with open(room.path("worksheets", "B-09.md"), "w", encoding="utf-8") as f:
            f.write(BROKEN_SHEET)
        subprocess.run([WORKSHOP, "new", "worksheet", "--root", room.root, "--event", room.slug, "--participant", "C-09",
                        "--group", "C"], capture_output=True, timeout=60)
        room.wait_log("除外", after=log_size)
        for _ in range(20):
            status, body = get(present, cookie=PARTICIPANT)
            if status != 200 or group_text not in body:
                reason(f"the projected page answered {status} while a worksheet had errors")
            status, body = get(fill, cookie=PARTICIPANT)
            if status != 200 or "fill-app" not in body:
                reason(f"the fill-in form answered {status} while a worksheet had errors")
            time.sleep(0.1)
        if get(room.base + f"events/{room.slug}/worksheets/B-09/")[0] != 404:
            reason("the worksheet with errors got a page")
        if driver.execute_script("return window.__marker") != "form" or driver.find_elements(By.ID, "workshop-errors") and \
                "500" in driver.title:
            reason("the open form was replaced")
        # The error changed no page participants open: the form is not told it has a newer version.
        time.sleep(1.0)
        if driver.find_elements(By.ID, "workshop-update"):
            reason("a worksheet with errors elsewhere told the open form that a newer version exists")
        driver.switch_to.window(driver.window_handles[0])
        wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "section.slide"), what="the slides after the error")
        if "500" in driver.title or not driver.find_elements(By.CSS_SELECTOR, "section.slide"):
            reason("the projected page shows an error page")
        print("RESULT a worksheet with errors and a blank sheet: projector and form answered 200 with their last good content")

    def test_projector_keeps_its_slide_across_a_reload(self):
        self.room = room = ServeRoom("live-slide")
        self.driver = driver = browser()
        room.join(driver)
        driver.get(room.base + f"events/{room.slug}/groups/A/present/")
        wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "section.slide"), what="the slides")
        body = driver.find_element(By.TAG_NAME, "body")
        body.send_keys(Keys.ARROW_RIGHT)
        time.sleep(1.0)
        body.send_keys(Keys.ARROW_RIGHT)
        wait(driver, lambda d: d.execute_script("return location.hash") == "#slide-3", what="slide 3 in the address")
        driver.execute_script("window.__marker = 'before';")
        sheet = room.path("groups", "A.md")
        with open(sheet, encoding="utf-8") as f:
            text = f.read()
        with open(sheet, "w", encoding="utf-8") as f:
            f.write(text.replace("## ヒント\n", "## ヒント\n投影中に直したヒントです。\n", 1))
        wait(driver, lambda d: d.execute_script("return window.__marker") is None, seconds=30,
             what="the projected page to reload after its group sheet changed")
        wait(driver, lambda d: "投影中に直したヒントです。" in d.page_source, what="the new hint on the reloaded page")
        time.sleep(0.5)
        hash_now = driver.execute_script("return location.hash")
        current = driver.execute_script(
            "var s = document.querySelector('section.slide[aria-current]'); return s ? s.id : null;")
        if hash_now != "#slide-3" or current != "slide-3":
            reason(f"the projector lost its slide: hash {hash_now!r}, current slide {current!r}")
        print("RESULT the projector reloaded on slide 3 and stayed there")


if __name__ == "__main__":
    if not os.path.isfile(WORKSHOP):
        print(f"REASON no workshop binary at {WORKSHOP}")
        sys.exit(1)
    unittest.main(verbosity=2)
