#!/usr/bin/env bash
# First command: install what is missing, build the tool, and build the sample
# site from Content/ into Output/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product workshop
.build/release/workshop check --root Content
.build/release/workshop build --root Content --output Output
echo "The site is in Output/ (open Output/index.html)."
