# Sourced by the scripts that drive the workshop binary (serve-probe.sh,
# rehearse-day.sh): sets REPO and BIN (an absolute path), building the debug
# binary unless WORKSHOP names one, and turns colour off.
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [[ -n "${WORKSHOP:-}" ]]; then
  BIN=$(cd "$(dirname "$WORKSHOP")" && pwd)/$(basename "$WORKSHOP")
else
  (cd "$REPO" && swift build --product workshop >/dev/null)
  BIN=$REPO/.build/debug/workshop
fi
export NO_COLOR=1
