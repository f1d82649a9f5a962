#!/usr/bin/env python3
"""Makes a large content tree for build-time tests.

Usage: make_large_content.py CONTENT_COPY COUNT

Copies the worksheets of the first event of CONTENT_COPY until that event
has COUNT more worksheets: each copy keeps its group and text and gets a new
participant id (`<group>-S<n>`) and file name, so the content stays valid.
"""
import os
import re
import sys


def main(argv):
    if len(argv) != 3:
        print("usage: make_large_content.py CONTENT_COPY COUNT", file=sys.stderr)
        return 2
    root, count = argv[1], int(argv[2])
    events = sorted(os.listdir(os.path.join(root, "events")))
    folder = os.path.join(root, "events", events[0], "worksheets")
    samples = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".md"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                text = f.read()
            group = re.search(r"^group\s*:\s*(\S+)", text, re.M)
            if group and re.search(r"^participant\s*:", text, re.M):
                samples.append((group.group(1).strip("\"'"), text))
    if not samples:
        print("no sample worksheets in " + folder, file=sys.stderr)
        return 1
    for n in range(count):
        group, text = samples[n % len(samples)]
        participant = f"{group}-S{n:05d}"
        text = re.sub(r"^participant\s*:.*$", f"participant: {participant}", text, count=1, flags=re.M)
        with open(os.path.join(folder, participant + ".md"), "w", encoding="utf-8") as f:
            f.write(text)
    print(f"wrote {count} worksheets into {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
