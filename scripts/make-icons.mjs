// Draws the toolbar icons (public/icon/<size>.png): an amber rounded square with a white
// bookmark. Run once with `node scripts/make-icons.mjs`; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SUPERSAMPLE = 4;

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Colour at a point of the unit square, or undefined outside the icon. */
function shade(u, v) {
  const radius = 0.2;
  const dx = Math.max(radius - u, 0, u - (1 - radius));
  const dy = Math.max(radius - v, 0, v - (1 - radius));
  if (dx * dx + dy * dy > radius * radius) return undefined;
  // Bookmark: a white ribbon with a notch at the bottom.
  const inRibbon = u > 0.32 && u < 0.68 && v > 0.18 && v < 0.82;
  const inNotch = v > 0.64 && Math.abs(u - 0.5) < (v - 0.64) * 1.0;
  if (inRibbon && !inNotch) return [255, 255, 255];
  return [180, 83, 9];
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const data = png(size, (x, y) => {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let i = 0; i < SUPERSAMPLE; i++) {
      for (let j = 0; j < SUPERSAMPLE; j++) {
        const colour = shade(
          (x + (i + 0.5) / SUPERSAMPLE) / size,
          (y + (j + 0.5) / SUPERSAMPLE) / size,
        );
        if (!colour) continue;
        r += colour[0];
        g += colour[1];
        b += colour[2];
        a += 1;
      }
    }
    if (a === 0) return [0, 0, 0, 0];
    return [r / a, g / a, b / a, (255 * a) / SUPERSAMPLE ** 2].map(Math.round);
  });
  writeFileSync(`public/icon/${size}.png`, data);
}
