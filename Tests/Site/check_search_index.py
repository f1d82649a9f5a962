#!/usr/bin/env python3
"""Looks for words in a built site's search index (Pagefind's pagefind/ folder).

Usage: check_search_index.py OUTPUT [--expect] WORD...

Pagefind's index and fragments are gzip-compressed, so a grep of the output
cannot see into them: this reads every file under OUTPUT/pagefind/,
decompressed where it is gzip, and looks for each WORD (case-insensitive:
the index keeps words lowercased, the fragments as written; Japanese is
stored segmented by zero-width spaces, which are removed before looking).
Without --expect: exits 1 when any WORD is found (a leak), printing where.
With --expect: exits 1 when a WORD is not found (the positive control).
Exits 2 when OUTPUT has no pagefind/ folder. The last line is a summary.
"""
import gzip
import os
import sys


def main(argv):
    expect = "--expect" in argv
    args = [a for a in argv if a != "--expect"]
    if len(args) < 2:
        print(__doc__)
        return 2
    root, words = args[0], [w.lower() for w in args[1:]]
    bundle = os.path.join(root, "pagefind")
    if not os.path.isdir(bundle):
        print(f"no search index in {root} (no pagefind/)")
        return 2
    found = {w: [] for w in words}
    files = 0
    for folder, _, names in os.walk(bundle):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                data = f.read()
            if data[:2] == b"\x1f\x8b":
                try:
                    data = gzip.decompress(data)
                except OSError:
                    pass
            files += 1
            # Japanese text is stored segmented with zero-width spaces (多​要素​認証).
            lower = data.decode("utf-8", "ignore").replace("\u200b", "").lower()
            for w in words:
                if w in lower:
                    found[w].append(os.path.relpath(path, root))
    hits = {w: paths for w, paths in found.items() if paths}
    missing = [w for w, paths in found.items() if not paths]
    if expect:
        if missing:
            print(f"not in the index: {', '.join(missing)} ({files} files read)")
            return 1
        print(f"all of {', '.join(w for w in words)} in the index ({files} files read)")
        return 0
    if hits:
        for word, paths in hits.items():
            print(f"{word}: {', '.join(paths[:5])}")
        print(f"found in the index: {', '.join(hits)} ({files} files read)")
        return 1
    print(f"none of {', '.join(w for w in words)} in the {files} files of the search index")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
