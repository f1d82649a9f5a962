#!/usr/bin/env python3
"""Checks that a public build holds nothing of the original photos.

Usage: check_photo_leaks.py CONTENT PUBLIC_OUTPUT

Fails (exit 1) when any output file contains an original photo's bytes (a
256-byte piece from the middle of each original, and its whole file), the
`WS-CANARY` EXIF strings the sample and canary photos carry, or, where
exiftool is installed, an image with GPS, EXIF, XMP or IPTC metadata.
Prints one line of what was checked.
"""
import json
import os
import shutil
import subprocess
import sys

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".avif")


def originals(content):
    events = os.path.join(content, "events")
    for event in sorted(os.listdir(events)):
        folder = os.path.join(events, event, "photos")
        if os.path.isdir(folder):
            for name in sorted(os.listdir(folder)):
                if name.lower().endswith(IMAGE_EXTENSIONS):
                    yield os.path.join(folder, name)


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    content, output = argv[1], argv[2]
    pieces = []
    for path in originals(content):
        with open(path, "rb") as f:
            data = f.read()
        middle = len(data) // 2
        pieces.append((os.path.relpath(path, content), data, data[middle:middle + 256]))
    if not pieces:
        print("no photos in the content: nothing to check")
        return 1
    problems = []
    images = []
    files = 0
    for folder, _, names in os.walk(output):
        for name in names:
            path = os.path.join(folder, name)
            files += 1
            with open(path, "rb") as f:
                data = f.read()
            if b"WS-CANARY" in data:
                problems.append(f"{os.path.relpath(path, output)}: holds a WS-CANARY EXIF string")
            for original, whole, piece in pieces:
                if data == whole or piece in data:
                    problems.append(f"{os.path.relpath(path, output)}: holds bytes of {original}")
            if name.lower().endswith(IMAGE_EXTENSIONS):
                images.append(path)
    exif = "exiftool not installed: metadata read back skipped"
    tool = shutil.which("exiftool")
    if tool and images:
        result = subprocess.run([tool, "-json", "-a", "-G1", *images], capture_output=True, text=True)
        for record in json.loads(result.stdout or "[]"):
            groups = {key.split(":")[0] for key in record if ":" in key}
            leaked = sorted(g for g in groups if g.startswith(("GPS", "IFD0", "ExifIFD", "XMP", "IPTC", "ICC")))
            if leaked:
                problems.append(f"{os.path.relpath(record['SourceFile'], output)}: metadata {', '.join(leaked)}")
        exif = f"exiftool read back {len(images)} images: no GPS, EXIF, XMP, IPTC or ICC"
    if problems:
        print("\n".join(problems[:20]))
        return 1
    print(f"photos: none of {len(pieces)} originals' bytes in {files} files; {exif}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
