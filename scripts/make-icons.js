// Draws BC06's icons (assets/icon-{16,32,64,80}.png): a blue tile, a white report sheet with table lines and
// a green check badge. Run `node scripts/make-icons.js` after changing the drawing; the PNGs are committed.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];
const LINE = [160, 190, 220];
const GREEN = [16, 124, 16];

/** Signed distance to a rounded rectangle (negative inside); coordinates in a 0..1 unit square. */
function roundedRect(x, y, x0, y0, x1, y1, r) {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return Math.hypot(dx, dy) - r;
}

function distanceToSegment(x, y, ax, ay, bx, by) {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/** Colour of one point of the icon, or null where it is transparent. Later layers paint over earlier ones. */
function paint(x, y) {
  let colour = null;
  if (roundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.18) <= 0) colour = BLUE;
  if (roundedRect(x, y, 0.2, 0.14, 0.7, 0.86, 0.05) <= 0) {
    colour = WHITE;
    for (const lineY of [0.3, 0.45, 0.6])
      if (Math.abs(y - lineY) < 0.035 && x > 0.28 && x < 0.62) colour = LINE;
  }
  const badge = Math.hypot(x - 0.7, y - 0.72);
  if (badge <= 0.22) colour = WHITE;
  if (badge <= 0.18) colour = GREEN;
  const tick = Math.min(
    distanceToSegment(x, y, 0.61, 0.72, 0.68, 0.79),
    distanceToSegment(x, y, 0.68, 0.79, 0.8, 0.65),
  );
  if (badge <= 0.18 && tick < 0.035) colour = WHITE;
  return colour;
}

/** RGBA pixels with 4×4 supersampling so that small sizes stay smooth. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!c) continue;
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
          sum[3] += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (sum[3] > 0) for (let i = 0; i < 3; i++) pixels[o + i] = Math.round(sum[i] / sum[3]);
      pixels[o + 3] = Math.round((255 * sum[3]) / (samples * samples));
    }
  }
  return pixels;
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80]) {
  const file = path.join(__dirname, "..", "assets", `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, render(size)));
  console.log(`${file} (${size}×${size})`);
}
