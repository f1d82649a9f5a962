#!/usr/bin/env bash
# In-process fuzzing with libFuzzer (docs/fuzzing.md).
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer options…]   run one target for a bounded time
#   scripts/fuzz.sh --ci [SECONDS]                         every target for SECONDS (default 10) each
#   FUZZ_CONFIGURATION=release FUZZ_SANITIZERS=fuzzer scripts/fuzz.sh TARGET 0 -runs=1000000
#                                                          optimised, without ASan: the long runs
#
# TARGET: worksheet | group-sheet | yaml | csv | markdown.
# The targets are built with -sanitize=fuzzer,address into .build-fuzz (ignored
# by git). Seeds come from Content/ and Tests/Fixtures; the growing corpus is
# kept in .build-fuzz/corpus/TARGET, and any crash, hang (> 1 s per input) or
# allocation past 512 MB is written to .build-fuzz/findings/TARGET/ and makes
# the script fail. Turn each finding into a fixture test.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(worksheet group-sheet yaml csv markdown)
build=.build-fuzz
configuration=${FUZZ_CONFIGURATION:-debug}

# FUZZ_SANITIZERS=fuzzer drops AddressSanitizer for long optimised runs: our
# code is Swift (memory-safe) and Debian's libcmark-gfm is not instrumented
# either way, so ASan mostly costs speed there; the CI run keeps it.
sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
[[ $sanitizers == fuzzer,address ]] || build=$build-${sanitizers//,/-}
build_targets() {
  swift build -c "$configuration" --scratch-path "$build" --product workshop-fuzz \
    -Xswiftc -sanitize="$sanitizers" -Xswiftc -parse-as-library -Xswiftc -DFUZZING >&2
}

seed() {
  local target=$1 dir=$build/seeds/$1
  rm -rf "$dir"; mkdir -p "$dir"
  local files=()
  case $target in
    worksheet) mapfile -t files < <(find Content Tests/Fixtures -path '*/worksheets/*.md' -type f) ;;
    group-sheet) mapfile -t files < <(find Content Tests/Fixtures -path '*/groups/*.md' -type f) ;;
    yaml) mapfile -t files < <(find Content Tests/Fixtures -name '*.yaml' -type f -size -64k) ;;
    csv) mapfile -t files < <(find Content Tests/Fixtures -name '*.csv' -type f) ;;
    markdown) mapfile -t files < <(find Content Tests/Fixtures -name '*.md' -type f) ;;
    *) echo "unknown target: $target (one of: ${targets[*]})" >&2; exit 2 ;;
  esac
  local i=0
  for file in "${files[@]}"; do cp "$file" "$dir/seed-$((i++))"; done
  echo "$dir"
}

run_target() {
  local target=$1 seconds=$2; shift 2
  local seeds; seeds=$(seed "$target")
  local corpus=$build/corpus/$target findings=$build/findings/$target
  mkdir -p "$corpus" "$findings"
  echo "== fuzz $target for ${seconds}s" >&2
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} WORKSHOP_FUZZ_TARGET=$target "$build/$configuration/workshop-fuzz" \
    -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -malloc_limit_mb=512 \
    -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$findings/" "$@" "$corpus" "$seeds"
}

if [[ ${1:-} == --ci ]]; then
  seconds=${2:-10}
  build_targets
  status=0
  for target in "${targets[@]}"; do run_target "$target" "$seconds" || status=1; done
  exit $status
fi

if [[ $# -lt 2 ]]; then
  echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options…] | scripts/fuzz.sh --ci [SECONDS]" >&2
  exit 2
fi
target=$1 seconds=$2; shift 2
build_targets
run_target "$target" "$seconds" "$@"
