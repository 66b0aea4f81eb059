#!/usr/bin/env python3
"""Writes the app icons from one shape, the white house on the dark blue square, drawn with the
standard library only:
- public/favicon.png (48 x 48, rounded corners, transparent outside them): the tab icon. A PNG,
  not an SVG: in traces, headless Chromium fetched the tab icon again on every change of route,
  and for an SVG built an image document on the main thread each time (issue 14, see
  docs/benchmark.md).
- public/icon-192.png and public/icon-512.png (square): the installed app's icons. The house
  keeps inside the central 80 % so they also serve as "maskable" icons.
Run: python3 scripts/icons.py"""
import struct
import zlib
from pathlib import Path

BLUE = (0x15, 0x42, 0x73)
WHITE = (0xFF, 0xFF, 0xFF)
# The house on a 32 x 32 grid (as an SVG path: M6 16 16 7l10 9v10H19v-6h-6v6H6z).
HOUSE = [(6, 16), (16, 7), (26, 16), (26, 26), (19, 26), (19, 20), (13, 20), (13, 26), (6, 26)]
# The tab icon's corner radius on the same grid.
RADIUS = 6
SAMPLES = [(i + 0.5) / 4 for i in range(4)]


def inside(x, y, poly):
    hit = False
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def in_rounded_square(x, y):
    """Inside the 32 x 32 square with corners of RADIUS."""
    cx = min(max(x, RADIUS), 32 - RADIUS)
    cy = min(max(y, RADIUS), 32 - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS**2


def png(size, tab_icon):
    """The tab icon: the 32-grid drawing at full size, with rounded corners (RGBA). An app icon:
    the house scaled to 60 % of a full blue square, centred (RGB)."""
    if tab_icon:
        scale, ox, oy = size / 32, 0.0, 0.0
    else:
        scale = size * 0.6 / 20
        ox = size / 2 - 16 * scale
        oy = size / 2 - 16.5 * scale
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            # 4 x 4 supersampling for smooth edges.
            points = [((px + dx - ox) / scale, (py + dy - oy) / scale) for dx in SAMPLES for dy in SAMPLES]
            white = sum(inside(x, y, HOUSE) for x, y in points) / len(points)
            row += bytes(round(b + (w - b) * white) for b, w in zip(BLUE, WHITE))
            if tab_icon:
                row.append(round(255 * sum(in_rounded_square(x, y) for x, y in points) / len(points)))
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    colour_type = 6 if tab_icon else 2
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, colour_type, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


public = Path(__file__).resolve().parent.parent / "public"
for name, size, tab_icon in (("favicon", 48, True), ("icon-192", 192, False), ("icon-512", 512, False)):
    (public / f"{name}.png").write_bytes(png(size, tab_icon))
    print(f"public/{name}.png")
