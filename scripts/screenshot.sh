#!/usr/bin/env bash
# Visual QA for the generated site: headless-Chromium screenshots of the pages
# in OUTPUT_DIR, plus A4 PDFs (rendered to PNG) of the printable pages.
#
#   scripts/screenshot.sh [OUTPUT_DIR] [SHOT_DIR]
#
#   OUTPUT_DIR  the built site (default: Output)
#   SHOT_DIR    where the pictures go (default: /tmp/shots); keep it outside
#               the repository
#
# Environment:
#   PAGES    space-separated shell patterns, relative to OUTPUT_DIR, of the
#            pages to shoot (default: every index.html, at most MAX of them)
#   WIDTHS   window widths (default: "1280 360")
#   HEIGHT   window height (default: 900; projection pages always use 720)
#   MAX      at most this many pages (default: 40)
#   PRINT    patterns of pages to print to PDF as well
#            (default: "*print* *report*")
#   CHROMIUM the browser binary (default: first of chromium, chromium-browser,
#            google-chrome found on PATH)
#
# Needs: chromium (or chrome), pdftoppm (poppler-utils), and a CJK font such
# as fonts-noto-cjk, e.g.  apt-get install -y chromium fonts-noto-cjk poppler-utils
set -euo pipefail

OUTPUT_DIR=${1:-Output}
SHOT_DIR=${2:-/tmp/shots}
WIDTHS=${WIDTHS:-"1280 360"}
HEIGHT=${HEIGHT:-900}
MAX=${MAX:-40}
PRINT=${PRINT:-"*print* *report*"}

if [[ ! -d "$OUTPUT_DIR" ]]; then
  echo "screenshot.sh: no such folder: $OUTPUT_DIR (build the site first: swift run workshop build)" >&2
  exit 2
fi

browser=${CHROMIUM:-}
if [[ -z "$browser" ]]; then
  for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
  done
fi
if [[ -z "$browser" ]]; then
  echo "screenshot.sh: Chromium not found; install it (apt-get install -y chromium fonts-noto-cjk poppler-utils)" >&2
  exit 2
fi

root=$(cd "$OUTPUT_DIR" && pwd)
mkdir -p "$SHOT_DIR"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

chrome() {
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$profile" --no-first-run --disable-extensions \
    --virtual-time-budget=3000 \
    "$@" >/dev/null 2>&1
}

# "events/x/groups/a/index.html" → "events-x-groups-a"
name_of() {
  local rel=${1%index.html}
  rel=${rel%.html}
  rel=${rel%/}
  rel=${rel//\//-}
  echo "${rel:-home}"
}

matches() { # matches PATH PATTERNS…
  local path=$1 pattern
  shift
  for pattern in "$@"; do
    # shellcheck disable=SC2053
    [[ "$path" == $pattern ]] && return 0
  done
  return 1
}

mapfile -t pages < <(cd "$root" && find . -name '*.html' -not -path './assets/*' | sed 's|^\./||' | sort)
if [[ -n "${PAGES:-}" ]]; then
  read -r -a wanted <<<"$PAGES"
  selected=()
  for page in "${pages[@]}"; do
    if matches "$page" "${wanted[@]}"; then selected+=("$page"); fi
  done
  pages=("${selected[@]}")
fi
pages=("${pages[@]:0:$MAX}")
read -r -a print_patterns <<<"$PRINT"
read -r -a widths <<<"$WIDTHS"

count=0
for page in "${pages[@]}"; do
  name=$(name_of "$page")
  url="file://$root/$page"
  for width in "${widths[@]}"; do
    height=$HEIGHT
    if [[ "$page" == *present* ]] && (( width >= 1024 )); then height=720; fi
    shot="$SHOT_DIR/$name@$width.png"
    chrome --window-size="$width,$height" --screenshot="$shot" "$url"
    echo "$shot"
    count=$((count + 1))
  done
  if matches "$page" "${print_patterns[@]}"; then
    pdf="$SHOT_DIR/$name.pdf"
    chrome --no-pdf-header-footer --print-to-pdf="$pdf" "$url"
    if command -v pdftoppm >/dev/null 2>&1 && [[ -s "$pdf" ]]; then
      rm -f "$SHOT_DIR/$name-print"-*.png
      pdftoppm -png -r 60 "$pdf" "$SHOT_DIR/$name-print"
      sheets=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
      echo "$pdf (${sheets:-?} A4 pages)"
    else
      echo "$pdf"
    fi
  fi
done

echo "screenshot.sh: $count screenshots of ${#pages[@]} pages in $SHOT_DIR" >&2
