#!/bin/sh
# Regenerates the catalogue texts `workshop init` writes into a new site
# (Sources/WorkshopScaffold/Starter*2024*.swift) from Content/catalogs/
# (Japanese editions, with English titles) and Sources/WorkshopScaffold/Catalogues/en/ (English editions,
# with Japanese titles, for `workshop init --lang en`).
# ScaffoldTests fails when they drift apart; run this after editing a catalogue.
set -eu
cd "$(dirname "$0")/.."
embed() { # source-yaml swift-file property
  python3 - "$1" "$2" "$3" <<'EOF'
import os, sys
src, out, prop = sys.argv[1:4]
name = src
text = open(src, encoding='utf-8').read()
if '"""#' in text or '\r' in text:
    sys.exit(f'{src}: cannot embed (contains """# or CR line endings)')
header = f'''// Generated from {name} — do not edit by hand.
// `workshop init` writes this text into a new site, so the tool works without
// the repository. ScaffoldTests checks it equals the repository's file byte
// for byte; to regenerate after changing the catalogue, run
// `scripts/embed-catalogues.sh`.

extension StarterCatalogues {{
    /// The text of `{name}`.
    static let {prop} = #"""
'''
# A multi-line literal drops the line break before its closing delimiter,
# so a file ending in a line break needs one more.
body = text + ('\n' if text.endswith('\n') else '')
with open(out, 'w', encoding='utf-8') as f:
    f.write(header + body + '"""#\n}\n')
EOF
}
embed Content/catalogs/threats-2024.yaml Sources/WorkshopScaffold/StarterThreats2024.swift threats2024
embed Content/catalogs/controls-2024.yaml Sources/WorkshopScaffold/StarterControls2024.swift controls2024
embed Sources/WorkshopScaffold/Catalogues/en/threats-2024.yaml Sources/WorkshopScaffold/StarterThreats2024English.swift threats2024English
embed Sources/WorkshopScaffold/Catalogues/en/controls-2024.yaml Sources/WorkshopScaffold/StarterControls2024English.swift controls2024English
