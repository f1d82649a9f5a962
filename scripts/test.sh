#!/usr/bin/env bash
# Second command: the whole test suite (Swift tests, the form script's tests,
# and the browser/site tests). Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test

status=0
step() { echo; echo "== $*"; }

step "Swift tests"
swift build --build-tests
swift test --skip-build || status=1

step "Fuzz targets build and run briefly (5 × 10 s; docs/fuzzing.md)"
scripts/fuzz.sh --ci 10 || status=1

if [[ -d Tests/JS ]] && command -v node >/dev/null 2>&1; then
  step "Form script tests (node --test)"
  node --test Tests/JS/ || status=1
fi

if [[ -x scripts/site-tests.sh ]]; then
  step "Site tests (HTML validity, PDF, browser)"
  scripts/site-tests.sh || status=1
fi

echo
if [[ $status -eq 0 ]]; then echo "All test suites passed."; else echo "Some test suites FAILED."; fi
exit $status
