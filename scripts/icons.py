#!/usr/bin/env python3
"""Writes the app icons (public/icon-192.png, public/icon-512.png) from the shape of
public/favicon.svg: the white house on the dark blue square, drawn with the standard library
only. The house keeps inside the central 80 % so the icons also serve as "maskable" icons.
Run: python3 scripts/icons.py"""
import struct
import zlib
from pathlib import Path

BLUE = (0x15, 0x42, 0x73)
WHITE = (0xFF, 0xFF, 0xFF)
# favicon.svg: M6 16 16 7l10 9v10H19v-6h-6v6H6z on a 32 x 32 grid.
HOUSE = [(6, 16), (16, 7), (26, 16), (26, 26), (19, 26), (19, 20), (13, 20), (13, 26), (6, 26)]


def inside(x, y, poly):
    hit = False
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def png(size):
    # The house (x 6..26, y 7..26 on 32) scaled to 60 % of the icon, centred.
    scale = size * 0.6 / 20
    ox = size / 2 - 16 * scale
    oy = size / 2 - 16.5 * scale
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            # 2 x 2 supersampling for smooth edges.
            n = sum(
                inside((px + dx - ox) / scale, (py + dy - oy) / scale, HOUSE)
                for dx in (0.25, 0.75)
                for dy in (0.25, 0.75)
            )
            row += bytes(round(b + (w - b) * n / 4) for b, w in zip(BLUE, WHITE))
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


public = Path(__file__).resolve().parent.parent / "public"
for size in (192, 512):
    (public / f"icon-{size}.png").write_bytes(png(size))
    print(f"public/icon-{size}.png")
