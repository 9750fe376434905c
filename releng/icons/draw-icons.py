#!/usr/bin/env python3
"""Draws the workbench's 16x16 icons (and 32x32 @2x copies) as PNG: simple shapes in one palette,
so they read alike on light and dark themes. Run from the repository root; writes
bundles/org.mqsec.ui/icons/. No dependency beyond the standard library."""
import os, struct, zlib

OUT = os.path.join('bundles', 'org.mqsec.ui', 'icons')
BLUE, DARK, GOLD, GREEN, RED, GREY, WHITE = (37, 99, 175), (40, 48, 64), (214, 160, 40), (46, 139, 87), (192, 57, 43), (128, 136, 150), (255, 255, 255)


class Canvas:
    def __init__(self, size=16):
        self.n = size
        self.px = [[(0, 0, 0, 0)] * size for _ in range(size)]

    def dot(self, x, y, c):
        if 0 <= x < self.n and 0 <= y < self.n:
            self.px[y][x] = c + (255,)

    def rect(self, x0, y0, x1, y1, c):
        for y in range(y0, y1 + 1):
            for x in range(x0, x1 + 1):
                self.dot(x, y, c)

    def frame(self, x0, y0, x1, y1, c):
        for x in range(x0, x1 + 1):
            self.dot(x, y0, c); self.dot(x, y1, c)
        for y in range(y0, y1 + 1):
            self.dot(x0, y, c); self.dot(x1, y, c)

    def disc(self, cx, cy, r, c, hollow=False):
        for y in range(self.n):
            for x in range(self.n):
                d = (x - cx) ** 2 + (y - cy) ** 2
                if d <= r * r and (not hollow or d >= (r - 1.2) ** 2):
                    self.dot(x, y, c)

    def scaled(self, k):
        big = Canvas(self.n * k)
        for y in range(self.n):
            for x in range(self.n):
                for dy in range(k):
                    for dx in range(k):
                        big.px[y * k + dy][x * k + dx] = self.px[y][x]
        return big

    def png(self, path):
        raw = b''.join(b'\x00' + b''.join(struct.pack('4B', *p) for p in row) for row in self.px)
        def chunk(kind, data):
            return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
        with open(path, 'wb') as f:
            f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', self.n, self.n, 8, 6, 0, 0, 0))
                    + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def key(c):          # a key repository: a key
    c.disc(4, 8, 3, GOLD); c.disc(4, 8, 1, (255, 255, 255)); c.rect(7, 7, 14, 8, GOLD); c.rect(12, 9, 12, 10, GOLD); c.rect(14, 9, 14, 11, GOLD)

def lock(c, colour=BLUE):  # TLS: a padlock
    c.rect(5, 2, 5, 7, colour); c.rect(10, 2, 10, 7, colour); c.rect(6, 1, 9, 1, colour)
    c.rect(3, 7, 12, 14, colour); c.rect(7, 9, 8, 12, WHITE)

def shield(c):       # security overview
    for y in range(1, 15):
        w = 6 if y < 9 else max(0, 6 - (y - 8))
        c.rect(8 - w, y, 7 + w, y, GREEN)
    c.rect(5, 7, 6, 8, WHITE); c.rect(7, 9, 7, 10, WHITE); c.rect(8, 5, 10, 8, WHITE)

def records(c):      # CHLAUTH records: a list with a stop mark
    for y in (2, 6, 10):
        c.rect(1, y, 2, y + 1, RED); c.rect(4, y, 14, y + 1, DARK)
    c.rect(4, 14, 10, 14, GREY)

def envelope(c):     # AMS: a sealed envelope
    c.frame(1, 4, 14, 12, BLUE)
    for i in range(7):
        c.dot(1 + i, 4 + i, BLUE); c.dot(14 - i, 4 + i, BLUE)
    c.disc(12, 11, 3, GOLD)

def server(c):       # a queue manager
    for y in (1, 6, 11):
        c.rect(2, y, 13, y + 3, DARK); c.rect(4, y + 1, 5, y + 2, GREEN)

def tree(c):         # the navigator
    c.rect(1, 1, 6, 4, BLUE); c.rect(3, 5, 3, 13, GREY); c.rect(4, 8, 6, 8, GREY); c.rect(4, 13, 6, 13, GREY)
    c.rect(7, 6, 14, 10, GREEN); c.rect(7, 11, 14, 15, GOLD)

def chip(c):         # a PKCS#11 token
    c.rect(4, 4, 11, 11, DARK)
    for i in (5, 8, 10):
        c.rect(i, 1, i, 3, GREY); c.rect(i, 12, i, 14, GREY); c.rect(1, i, 3, i, GREY); c.rect(12, i, 14, i, GREY)
    c.rect(6, 6, 9, 9, GOLD)

def cipher(c):       # CipherSpecs: a green padlock
    lock(c, GREEN)

def channel(c):      # new TLS channel: two ends joined by a locked line
    c.rect(0, 6, 3, 10, DARK); c.rect(12, 6, 15, 10, DARK); c.rect(4, 8, 11, 8, BLUE); c.rect(6, 5, 9, 11, GOLD); c.rect(7, 7, 8, 9, WHITE)

def newrepo(c):      # new key repository: a key and a plus
    key(c); c.rect(11, 1, 11, 5, GREEN); c.rect(9, 3, 13, 3, GREEN)

def report(c):       # audit report: a page with a bar chart
    c.frame(2, 1, 13, 14, GREY); c.rect(4, 10, 5, 12, GREEN); c.rect(7, 7, 8, 12, GOLD); c.rect(10, 4, 11, 12, RED)


ICONS = {'keystore': key, 'new_keystore': newrepo, 'tls_channel': channel, 'security': shield, 'chlauth': records,
         'ams': envelope, 'qmgr': server, 'navigator': tree, 'token': chip, 'ciphers': cipher, 'report': report}

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for name, draw in ICONS.items():
        canvas = Canvas()
        draw(canvas)
        canvas.png(os.path.join(OUT, name + '.png'))
        canvas.scaled(2).png(os.path.join(OUT, name + '@2x.png'))
        print(os.path.join(OUT, name + '.png'))
    if os.environ.get('MONTAGE'):
        sheet = Canvas(16 * len(ICONS))
        for i, draw in enumerate(ICONS.values()):
            one = Canvas()
            draw(one)
            for y in range(16):
                for x in range(16):
                    sheet.px[y][i * 16 + x] = one.px[y][x]
        sheet.scaled(4).png(os.environ['MONTAGE'])
