#!/bin/sh
# Regenerates the default theme the binary carries
# (Sources/WorkshopRender/EmbeddedDefaultTheme+Files.swift) from Themes/default/,
# so that a `workshop` copied anywhere builds a site without a Themes/ folder.
# ThemeTests fails when the two drift apart; run this after editing the theme.
set -eu
cd "$(dirname "$0")/.."
python3 - Themes/default Sources/WorkshopRender/EmbeddedDefaultTheme+Files.swift <<'PY'
import os, sys
root, out = sys.argv[1:3]
paths = []
for folder, dirs, files in os.walk(root):
    dirs[:] = sorted(d for d in dirs if not d.startswith('.'))
    for name in sorted(files):
        if name.startswith('.'):
            continue
        paths.append(os.path.relpath(os.path.join(folder, name), root))
paths.sort()
delimiter = '####'
parts = ['''// Generated from Themes/default/ by scripts/embed-theme.sh — do not edit by hand.
// The binary carries the default theme so that it builds a site anywhere;
// ThemeTests checks every file equals the repository's byte for byte.

extension EmbeddedDefaultTheme {
    /// Every file of `Themes/default/`, by path inside it, with its text.
    static let files: [(path: String, text: String)] = [
''']
for path in paths:
    data = open(os.path.join(root, path), 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError:
        sys.exit(f'{path}: cannot embed (not UTF-8 text)')
    if '\r' in text or ('"""' + delimiter) in text:
        sys.exit(f'{path}: cannot embed (CR line endings or """{delimiter})')
    # A multi-line literal drops the line break before its closing delimiter,
    # so a file ending in a line break needs one more.
    body = text + ('\n' if text.endswith('\n') else '')
    parts.append(f'        ("{path}", {delimiter}"""\n{body}"""{delimiter}),\n')
parts.append('    ]\n}\n')
with open(out, 'w', encoding='utf-8') as f:
    f.write(''.join(parts))
PY
