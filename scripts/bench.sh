#!/usr/bin/env bash
# The build benchmark: builds the release `workshop` and `workshop-bench`,
# then builds a synthetic series of 2,000 worksheets (and, where `hugo` is
# installed, the same Markdown with Hugo) and prints wall time, files/s and
# peak memory. Extra arguments go to workshop-bench, e.g.
#   scripts/bench.sh --worksheets 500 --runs 5 --no-hugo --profile
# Set SCRATCH to use another build folder (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="${SCRATCH:-.build}"
# Hugo from Debian, for the comparison (skipped with --no-hugo).
[[ " $* " == *" --no-hugo "* ]] || scripts/install-deps.sh --bench
swift build -c release --scratch-path "$scratch" --product workshop
swift build -c release --scratch-path "$scratch" --product workshop-bench
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)"
exec "$bin/workshop-bench" --worksheets 2000 --content Content --workshop "$bin/workshop" "$@"
