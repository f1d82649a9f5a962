#!/bin/sh
# Installs the workshop tool: a release build copied to PREFIX/bin/workshop
# (PREFIX defaults to /usr/local). The binary carries the default theme and
# the starter catalogues, so it works from any folder; it needs the Swift
# runtime libraries of the toolchain it was built with and Debian's
# libcmark-gfm (scripts/install-deps.sh).
#
# Usage: scripts/install.sh [PREFIX]
# Environment: CONFIGURATION=debug installs the debug build instead (the
# site tests use it to avoid a second, release build).
set -eu
prefix=${1:-/usr/local}
configuration=${CONFIGURATION:-release}
cd "$(dirname "$0")/.."
swift build -c "$configuration" --product workshop
bin=$(swift build -c "$configuration" --show-bin-path)
mkdir -p "$prefix/bin"
# Through a temporary name and a rename, so a running copy is never half-written.
cp "$bin/workshop" "$prefix/bin/.workshop.tmp.$$"
chmod 0755 "$prefix/bin/.workshop.tmp.$$"
mv -f "$prefix/bin/.workshop.tmp.$$" "$prefix/bin/workshop"
echo "installed $prefix/bin/workshop"
