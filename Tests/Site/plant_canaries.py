#!/usr/bin/env python3
"""Plants canary strings into the unpublished material of a content copy.

Usage: plant_canaries.py CONTENT_COPY

In every worksheet and group sheet whose front matter says `publish: false`
(or has no `publish`, which means false), appends a unique
`CANARY-PRIVATE-<n>` to every free-text value: the front matter's
`industry`, the `事業内容 / 影響 / 理由 / 課題 / 解決手段` fields (and their
English labels), the cells of ③ tables and the bullet lists of group sheets.
Then renames the first unpublished worksheet's participant to `ZZPRIV99`
(front matter and file name). The sheets stay valid for `workshop check`.
In every event folder, adds an unpublished photo (Tests/Fixtures/photos/canary.jpg,
whose EXIF holds `WS-CANARY-…` strings and a GPS position) captioned
`CANARY-PRIVATE-PHOTO`, listed in photos.yaml with `publish: false`.
Prints the number of canaries planted; exits 1 when nothing could be planted.
"""
import os
import re
import sys

FREE_TEXT_LABELS = {
    "事業内容", "影響", "理由", "課題", "解決手段",
    "business", "impact", "reason", "obstacle", "remedy",
}
FIELD = re.compile(r"^(\s*[-*+]\s+)([^:：]+?)(\s*[:：]\s*)(.+?)\s*$")
BULLET = re.compile(r"^([-*+]\s+)(\S.*?)\s*$")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_RULE = re.compile(r"^\s*\|[\s:|-]+\|\s*$")
PRIVATE_PARTICIPANT = "ZZPRIV99"


class Counter:
    def __init__(self):
        self.n = 0

    def next(self):
        self.n += 1
        return f"CANARY-PRIVATE-{self.n:04d}"


def split_front_matter(text):
    lines = text.split("\n")
    if not lines or lines[0].lstrip("\ufeff").strip() != "---":
        return None, lines
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return lines[: index + 1], lines[index + 1:]
    return None, lines


def is_unpublished(front):
    for line in front:
        match = re.match(r"^publish\s*:\s*(\S+)", line)
        if match:
            return match.group(1).strip("\"'").lower() in ("false", "no", "off")
    return True


def plant_front(front, counter):
    out = []
    for line in front:
        match = re.match(r"^(industry\s*:\s*)(.*?)\s*$", line)
        if match and match.group(2):
            value = match.group(2)
            if value[0] in "\"'":
                value = value[1:-1]
            value = value.replace("\\", "\\\\").replace('"', '\\"')
            line = f'{match.group(1)}"{value} {counter.next()}"'
        out.append(line)
    return out


def plant_body(body, counter, group_sheet):
    out = []
    for line in body:
        field = FIELD.match(line)
        if field and field.group(2).strip().lower() in FREE_TEXT_LABELS:
            line = f"{field.group(1)}{field.group(2)}{field.group(3)}{field.group(4)} {counter.next()}"
        elif TABLE_ROW.match(line) and not TABLE_RULE.match(line):
            cells = line.strip().strip("|").split("|")
            header = [c.strip() for c in cells]
            if not any(h in ("課題", "解決手段", "Obstacle", "Remedy", "obstacle", "remedy") for h in header):
                cells = [f"{c.rstrip()} {counter.next()} " for c in cells]
                line = "|" + "|".join(cells) + "|"
        elif group_sheet and not field:
            bullet = BULLET.match(line)
            if bullet:
                line = f"{bullet.group(1)}{bullet.group(2)} {counter.next()}"
            elif line.strip() and not line.lstrip().startswith(("#", "|", "-", "*", "+", ">", "`")):
                line = f"{line.rstrip()} {counter.next()}"
        out.append(line)
    return out


def plant(root):
    counter = Counter()
    renamed = None
    events = os.path.join(root, "events")
    for event in sorted(os.listdir(events)):
        for kind in ("worksheets", "groups"):
            folder = os.path.join(events, event, kind)
            if not os.path.isdir(folder):
                continue
            for name in sorted(os.listdir(folder)):
                if not name.endswith(".md"):
                    continue
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                front, body = split_front_matter(text)
                if front is None or not is_unpublished(front):
                    continue
                front = plant_front(front, counter)
                body = plant_body(body, counter, group_sheet=(kind == "groups"))
                if kind == "worksheets" and renamed is None:
                    front = [re.sub(r"^participant\s*:.*$", f"participant: {PRIVATE_PARTICIPANT}", l) for l in front]
                    os.remove(path)
                    path = os.path.join(folder, PRIVATE_PARTICIPANT + ".md")
                    renamed = os.path.relpath(path, root)
                with open(path, "w", encoding="utf-8") as f:
                    f.write("\n".join(front + body))
    return counter.n, renamed


PHOTO_FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures", "photos", "canary.jpg")


def plant_photos(root):
    """An unpublished photo in every event; returns how many were planted."""
    planted = 0
    events = os.path.join(root, "events")
    for event in sorted(os.listdir(events)):
        folder = os.path.join(events, event)
        if not os.path.isfile(os.path.join(folder, "event.yaml")):
            continue
        os.makedirs(os.path.join(folder, "photos"), exist_ok=True)
        with open(PHOTO_FIXTURE, "rb") as f:
            data = f.read()
        with open(os.path.join(folder, "photos", "zz-private-canary.jpg"), "wb") as f:
            f.write(data)
        listing = os.path.join(folder, "photos.yaml")
        entry = ("  - file: zz-private-canary.jpg\n    section: workshop\n    caption: \"CANARY-PRIVATE-PHOTO\"\n"
                 "    publish: false\n    reviewed: true\n")
        if os.path.isfile(listing):
            with open(listing, encoding="utf-8") as f:
                text = f.read()
            text = (text if text.endswith("\n") else text + "\n") + entry
        else:
            text = "photos:\n" + entry
        with open(listing, "w", encoding="utf-8") as f:
            f.write(text)
        planted += 1
    return planted


def main(argv):
    if len(argv) != 2:
        print("usage: plant_canaries.py CONTENT_COPY", file=sys.stderr)
        return 2
    count, renamed = plant(argv[1])
    photos = plant_photos(argv[1])
    print(f"planted {count} canaries; participant {PRIVATE_PARTICIPANT} in {renamed}; {photos} unpublished photos")
    return 0 if count > 0 and renamed and photos > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
