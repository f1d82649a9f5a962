#!/usr/bin/python3
"""Draws the sample photos of session 6 (no real people: shapes only) with
camera EXIF, a camera serial and a GPS position, as a phone would leave
them, so the site shows that processing strips them and blurs the regions.
Usage: scripts/make-sample-photos.py OUTPUT_FOLDER"""
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw

# A planted position and serial the tests look for in the output (they must never appear there).
GPS = {1: "N", 2: (35.0, 41.0, 22.11), 3: "E", 4: (139.0, 41.0, 43.21)}
SERIAL = "WS-CANARY-SERIAL-4711"


def person(draw, x, y, scale, shirt):
    r = int(18 * scale)
    draw.ellipse([x - r, y - r, x + r, y + r], fill=(234, 196, 160), outline=(90, 60, 40), width=2)
    draw.ellipse([x - r // 2, y - r // 4, x - r // 4, y], fill=(40, 30, 30))
    draw.ellipse([x + r // 4, y - r // 4, x + r // 2, y], fill=(40, 30, 30))
    draw.arc([x - r // 2, y, x + r // 2, y + r // 2], 20, 160, fill=(120, 40, 40), width=2)
    draw.rounded_rectangle([x - int(r * 1.6), y + r, x + int(r * 1.6), y + int(r * 4)], radius=10, fill=shirt)


def scene(kind, seed):
    rnd = random.Random(seed)
    image = Image.new("RGB", (1200, 800), (236, 238, 242))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 560, 1200, 800], fill=(190, 170, 140))
    heads = []
    if kind == "seminar":
        draw.rectangle([380, 60, 820, 300], fill=(255, 255, 255), outline=(60, 60, 60), width=4)
        for i in range(6):
            draw.line([420, 100 + i * 30, 780 - rnd.randint(0, 200), 100 + i * 30], fill=(30, 80, 160), width=8)
        for row in range(2):
            for col in range(5):
                x, y = 160 + col * 220 + row * 40, 420 + row * 110
                person(draw, x, y, 1.2 + row * 0.2, (rnd.randint(40, 200), 90, 140))
                heads.append((x, y, 1.2 + row * 0.2))
    else:
        draw.rectangle([300, 430, 900, 560], fill=(150, 110, 80))
        for i in range(4):
            draw.rectangle([340 + i * 140, 450, 440 + i * 140, 520], fill=(255, 250, 220), outline=(120, 120, 120))
        for i, x in enumerate([250, 450, 650, 850, 1000][: 3 + seed % 3]):
            person(draw, x, 330, 1.6, (70, 120 + i * 20, 90))
            heads.append((x, 330, 1.6))
    return image, heads


def region(x, y, scale, width=1200, height=800):
    r = 18 * scale * 1.6
    return (round((x - r) / width, 3), round((y - r) / height, 3), round(2 * r / width, 3), round(2 * r / height, 3))


def save(image, path):
    exif = image.getexif()
    exif[0x010F] = "Canary Camera Co."       # Make
    exif[0x0110] = "WS-CANARY-MODEL"         # Model
    exif[0x0131] = "WS-CANARY-SOFTWARE"      # Software
    exif[0x013B] = "WS-CANARY-ARTIST"        # Artist
    exif[0x8769] = {0xA431: SERIAL}          # Exif IFD: BodySerialNumber
    exif[0x8825] = dict(GPS)                 # GPS IFD: 35°41'22.11"N 139°41'43.21"E
    image.save(path, "JPEG", quality=70, exif=exif.tobytes())


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    regions = {}
    for name, kind, seed in [("seminar-room.jpg", "seminar", 1), ("individual-work.jpg", "workshop", 2),
                             ("team-discussion.jpg", "workshop", 3), ("presentation.jpg", "workshop", 4)]:
        image, heads = scene(kind, seed)
        image = image.resize((900, 600))
        save(image, out / name)
        regions[name] = [region(x * 0.75, y * 0.75, s * 0.75, 900, 600) for x, y, s in heads]
    for name, found in regions.items():
        print(name)
        for r in found:
            print("  - {x: %.3f, y: %.3f, width: %.3f, height: %.3f}" % r)


if __name__ == "__main__":
    main()
