#!/usr/bin/env python3
"""The fill-in form in a real browser (headless Chromium through selenium).

- FillFormFileTests: open the form of a facilitator build from file://, fill
  it as a participant would, read the Markdown (the textarea and the
  downloaded file), drop it into a copy of the content, and
  `workshop check --strict` passes on it. In Japanese and in English.
- FillFormServeTests: under `workshop serve --collect`, submit from the
  browser: the server answers 201, the file appears, the site is rebuilt,
  the worksheets page lists the participant, and an open page reloads.

Run by scripts/site-tests.sh; by hand:
  WORKSHOP=.build/debug/workshop /usr/bin/python3 Tests/Browser/test_fill_form.py [TestClass.test_name]
Environment: WORKSHOP (the binary, required), CONTENT (default: the repo's
Content/), BROWSER_WORK (a scratch folder, default: a temporary one).
On failure the first line starting with "REASON " says why.
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORKSHOP = os.environ.get("WORKSHOP", os.path.join(REPO, ".build", "debug", "workshop"))
CONTENT = os.environ.get("CONTENT", os.path.join(REPO, "Content"))
WORK = os.environ.get("BROWSER_WORK") or tempfile.mkdtemp(prefix="workshop-browser.")
os.makedirs(WORK, exist_ok=True)

JOIN_CODE = "TEST42"
FACILITATOR_KEY = "TESTKEY23456"


def reason(text):
    """Prints the failure's reason where site-tests.sh looks for it, then fails."""
    print("REASON " + text, flush=True)
    raise AssertionError(text)


def first_event(root):
    return sorted(os.listdir(os.path.join(root, "events")))[0]


def run(*args, **kwargs):
    return subprocess.run([WORKSHOP, *args], capture_output=True, text=True, timeout=300, **kwargs)


def copy_content(name, language=None):
    """A fresh copy of the content under WORK/name/Content, optionally in another language."""
    target = os.path.join(WORK, name, "Content")
    shutil.rmtree(os.path.join(WORK, name), ignore_errors=True)
    shutil.copytree(CONTENT, target)
    if language:
        path = os.path.join(target, "site.yaml")
        with open(path, encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if not l.startswith("language:")]
        lines.insert(1, f"language: {language}")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
    return target


def browser(download_dir=None, console=False):
    options = webdriver.ChromeOptions()
    if console:
        # The console's messages, for driver.get_log("browser").
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,2000", f"--user-data-dir={tempfile.mkdtemp(prefix='chrome.', dir=WORK)}"):
        options.add_argument(argument)
    for binary in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if os.path.exists(binary):
            options.binary_location = binary
            break
    if download_dir:
        options.add_experimental_option("prefs", {
            "download.default_directory": download_dir,
            "download.prompt_for_download": False,
            "download.directory_upgrade": True,
            "safebrowsing.enabled": False,
        })
    driver_path = "/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else shutil.which("chromedriver")
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    if download_dir:
        # Headless Chromium needs downloads allowed explicitly.
        try:
            driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": download_dir})
        except WebDriverException:
            pass
    driver.set_page_load_timeout(60)
    return driver


def wait(driver, condition, seconds=20, what="a condition"):
    try:
        return WebDriverWait(driver, seconds, poll_frequency=0.1).until(condition)
    except Exception:
        reason(f"timed out after {seconds}s waiting for {what}")


def click(driver, element):
    """Clicks like a user, with the element scrolled to the middle (sticky bars cover the edges)."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element)
    try:
        element.click()
    except WebDriverException:
        time.sleep(0.3)
        driver.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element)
        element.click()


def fill_worksheet(driver, participant, language="ja"):
    """Fills the form like a participant: about you, threat 3, procedure 6-1 found by search, one obstacle."""
    ja = language == "ja"
    wait(driver, lambda d: d.find_elements(By.ID, "participant"), what="the form (#participant)")
    driver.execute_script("try { localStorage.clear(); } catch (e) {}")
    field = driver.find_element(By.ID, "participant")
    field.clear()
    field.send_keys(participant)
    Select(driver.find_element(By.ID, "group")).select_by_value("A")
    industry = driver.find_element(By.ID, "industry")
    industry.clear()
    industry.send_keys("電子部品の卸売業" if ja else "Wholesale of electronic parts")

    click(driver, driver.find_element(By.CSS_SELECTOR, 'input[data-threat="3"]'))
    wait(driver, lambda d: d.find_elements(By.ID, "threat-3-business"), what="the fields of threat 3")
    driver.find_element(By.ID, "threat-3-business").send_keys("電子部品の卸売" if ja else "We sell electronic parts")
    driver.find_element(By.ID, "threat-3-impact").send_keys(
        "取引先情報が漏れると、顧客と仕入先が直接取引を始めるおそれがある。" if ja else "A leaked customer list lets customers buy directly.")
    Select(driver.find_element(By.ID, "threat-3-severity")).select_by_value("high")

    search = driver.find_element(By.ID, "procedure-search")
    search.send_keys("６－１")  # full-width, as a participant on a Japanese keyboard types it
    option = wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, '#procedure-options button[data-procedure="6-1"]'),
                  what="procedure 6-1 in the search results")[0]
    click(driver, option)
    wait(driver, lambda d: d.find_elements(By.ID, "procedure-6-1-reason"), what="the reason field of 6-1")
    link = driver.find_elements(By.ID, "procedure-6-1-link-3")
    if link and not link[0].is_selected():
        click(driver, link[0])
    driver.find_element(By.ID, "procedure-6-1-reason").send_keys(
        "人的対策が最も効果的だと考えたため。" if ja else "People are the last line of defence.")

    if not driver.find_elements(By.ID, "procedure-6-1-obstacle-0"):
        click(driver, driver.find_element(By.ID, "add-obstacle-6-1"))
    wait(driver, lambda d: d.find_elements(By.ID, "procedure-6-1-obstacle-0"), what="the first obstacle of 6-1")
    driver.find_element(By.ID, "procedure-6-1-obstacle-0").send_keys("社内に教育できる人材がいない。" if ja else "Nobody can teach it in house.")
    driver.find_element(By.ID, "procedure-6-1-remedy-0").send_keys("外部研修を活用する。" if ja else "Use free public courses.")
    # Leave the last field so every check and the Markdown are up to date.
    click(driver, driver.find_element(By.ID, "participant"))
    time.sleep(0.3)


def form_errors(driver):
    return [e.get_attribute("data-code") + ": " + e.text
            for e in driver.find_elements(By.CSS_SELECTOR, '#findings li[data-severity="error"]')]


def markdown_of(driver, participant):
    text = wait(driver, lambda d: (d.find_element(By.ID, "markdown-output").get_attribute("value") or "")
                if participant in (d.find_element(By.ID, "markdown-output").get_attribute("value") or "") else False,
                what="the participant in #markdown-output")
    return text


def check_in_copy(name, markdown, participant, language=None):
    """Writes the worksheet into a copy of the content; returns the check's result."""
    copy = copy_content(name, language)
    folder = os.path.join(copy, "events", first_event(copy), "worksheets")
    with open(os.path.join(folder, participant + ".md"), "w", encoding="utf-8") as f:
        f.write(markdown)
    return run("check", "--strict", "--root", copy), copy


class FillFormFileTests(unittest.TestCase):
    """The form from file://, as a participant without network would use it."""

    def fill_download_check(self, language):
        participant = "E2E-" + language.upper()
        root = copy_content(f"file-{language}", language if language != "ja" else None)
        out = os.path.join(WORK, f"file-{language}", "Output")
        built = run("build", "--root", root, "--output", out, "--audience", "facilitator")
        if built.returncode != 0:
            reason(f"workshop build failed: {built.stderr.strip()[-400:]}")
        slug = first_event(root)
        page = os.path.join(out, "events", slug, "fill", "index.html")
        if not os.path.isfile(page):
            reason(f"no fill-in form at events/{slug}/fill/index.html")

        downloads = os.path.join(WORK, f"file-{language}", "downloads")
        os.makedirs(downloads, exist_ok=True)
        driver = browser(downloads)
        try:
            driver.get("file://" + page)
            lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
            if not (lang or "").startswith(language):
                reason(f"the page's lang is '{lang}', expected '{language}'")
            fill_worksheet(driver, participant, language)
            stray = driver.execute_script("return Array.from(document.getElementById('fill-form').childNodes)"
                                          ".filter(n => n.nodeType === 3 && n.textContent.trim()).map(n => n.textContent)")
            if stray:
                reason(f"stray text in the form (a null appended?): {stray}")
            errors = form_errors(driver)
            if errors:
                reason("the form reports errors after filling: " + "; ".join(errors))
            markdown = markdown_of(driver, participant)
            click(driver, driver.find_element(By.ID, "download"))
            target = os.path.join(downloads, participant + ".md")
            deadline = time.time() + 20
            while time.time() < deadline and not os.path.isfile(target):
                time.sleep(0.2)
            if not os.path.isfile(target):
                reason(f"Download did not save {participant}.md (found: {os.listdir(downloads)})")
            time.sleep(0.3)
            with open(target, encoding="utf-8") as f:
                downloaded = f.read()
        finally:
            driver.quit()

        if downloaded.strip() != markdown.strip():
            reason("the downloaded file differs from the Markdown shown in #markdown-output")
        for expected in ([f"participant: {participant}", "6-1", "3"] +
                         (["1. Business impact", "Obstacle"] if language == "en" else ["事業内容", "課題"])):
            if expected not in markdown:
                reason(f"the Markdown has no '{expected}':\n{markdown}")
        result, _ = check_in_copy(f"file-{language}-check", downloaded, participant, language if language != "ja" else None)
        if result.returncode != 0:
            reason(f"workshop check --strict exited {result.returncode} on the downloaded worksheet: "
                   + (result.stdout + result.stderr).strip()[-600:])
        print(f"RESULT {language}: filled, downloaded {participant}.md ({len(downloaded.encode())} bytes), check --strict passes")

    def test_fill_download_check_ja(self):
        self.fill_download_check("ja")

    def test_fill_download_check_en(self):
        self.fill_download_check("en")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, process, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.2)
    return False


class FillFormServeTests(unittest.TestCase):
    """The form served by `workshop serve --collect`, submitting to the collection endpoint."""

    def test_submit_under_serve_collect(self):
        help_text = run("--help").stdout + run("--help").stderr
        serve_help = run("serve", "--help")
        if serve_help.returncode != 0 or "collect" not in (serve_help.stdout + serve_help.stderr):
            reason("serve not implemented: `workshop serve --collect` is not a command of this build")
        del help_text

        participant = "E2E-LIVE"
        root = copy_content("serve")
        out = os.path.join(WORK, "serve", "Output")
        slug = first_event(root)
        port = free_port()
        log_path = os.path.join(WORK, "serve", "serve.log")
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

            # A page left open in another tab: it must reload after the rebuild. It is the
            # facilitator's: the printed address with ?key= leaves the key in a cookie.
            driver.get(base + f"events/{slug}/worksheets/index.html?key={FACILITATOR_KEY}")
            if participant in driver.page_source:
                reason("the worksheets page lists the participant before the submission")
            driver.execute_script("window.__marker = 1;")
            watcher = driver.current_window_handle

            driver.switch_to.new_window("tab")
            driver.get(base + f"events/{slug}/fill/index.html")
            wait(driver, lambda d: d.find_elements(By.ID, "participant"), what="the form (#participant)")
            data = json.loads(driver.execute_script(
                "var e = document.getElementById('workshop-data'); return e ? e.textContent : '{}';") or "{}")
            if data.get("collect") is not True:
                reason("the fill-in page served by `serve --collect` has collection off (\"collect\": "
                       + json.dumps(data.get("collect")) + " in #workshop-data): no join code, no Submit")
            wait(driver, lambda d: d.find_elements(By.ID, "join-code"), what="the join-code field")
            fill_worksheet(driver, participant)
            errors = form_errors(driver)
            if errors:
                reason("the form reports errors after filling: " + "; ".join(errors))
            driver.find_element(By.ID, "join-code").send_keys(JOIN_CODE)
            # The page itself reloads after the rebuild: keep the answer in sessionStorage.
            driver.execute_script("""
                sessionStorage.removeItem('e2e-status');
                const box = document.getElementById('submit-status');
                new MutationObserver(() => {
                  const s = box.getAttribute('data-status');
                  if (s) sessionStorage.setItem('e2e-status', s + ' ' + box.textContent);
                }).observe(box, { attributes: true, childList: true, subtree: true, characterData: true });
            """)
            click(driver, driver.find_element(By.ID, "submit"))
            status = wait(driver, lambda d: d.execute_script("return sessionStorage.getItem('e2e-status')"),
                          seconds=30, what="#submit-status to show the server's answer")
            if not status.startswith("201"):
                reason(f"the server answered '{status}', expected 201")

            saved = os.path.join(root, "events", slug, "worksheets", participant + ".md")
            deadline = time.time() + 10
            while time.time() < deadline and not os.path.isfile(saved):
                time.sleep(0.1)
            if not os.path.isfile(saved):
                reason(f"worksheets/{participant}.md did not appear in the content folder")

            driver.switch_to.window(watcher)
            wait(driver, lambda d: d.execute_script("return window.__marker === undefined"), seconds=30,
                 what="the open worksheets page to reload after the rebuild")
            wait(driver, lambda d: participant in d.page_source, seconds=15,
                 what="the reloaded worksheets page to list the participant")

            request = urllib.request.Request(base + f"api/events/{slug}/submissions", headers={"X-Join-Code": JOIN_CODE})
            with urllib.request.urlopen(request, timeout=10) as answer:
                listing = answer.read().decode("utf-8")
            if participant not in listing:
                reason(f"GET /api/events/{slug}/submissions does not list {participant}: {listing[:300]}")
            json.loads(listing)

            result = run("check", "--strict", "--root", root)
            if result.returncode != 0:
                reason("workshop check --strict fails on the collected worksheet: " + (result.stdout + result.stderr)[-500:])
            print(f"RESULT submitted {participant} (201), file written, page reloaded, listed in submissions")
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


if __name__ == "__main__":
    if not os.path.isfile(WORKSHOP):
        print(f"REASON no workshop binary at {WORKSHOP}")
        sys.exit(1)
    unittest.main(verbosity=2)
