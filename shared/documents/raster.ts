import { gzipSync, unzlibSync, zlibSync } from 'fflate';
import { CHART_FONT_METRICS, CHART_FONT_PIXELS, CHART_FONT_SIZE } from './chartFont';

/**
 * A tiny RGB raster for drawing a chart without a canvas (Node and the browser alike):
 * anti-aliased lines and dots, text from the glyphs in `chartFont.ts`, and PNG encoding with
 * fflate. Coordinates are pixels; colours are `#rrggbb`.
 */
export type Raster = { width: number; height: number; rgb: Uint8Array };

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb {
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16) || 0;
  return [n(1), n(3), n(5)];
}

/** A raster filled with `background`. */
export function createRaster(width: number, height: number, background: string): Raster {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const rgb = new Uint8Array(w * h * 3);
  const [r, g, b] = rgbOf(background);
  for (let i = 0; i < rgb.length; i += 3) {
    rgb[i] = r;
    rgb[i + 1] = g;
    rgb[i + 2] = b;
  }
  return { width: w, height: h, rgb };
}

/** Paints pixel (x, y) with `colour` at `coverage` (0..1) over what is there. */
function blend(raster: Raster, x: number, y: number, colour: Rgb, coverage: number): void {
  if (coverage <= 0 || x < 0 || y < 0 || x >= raster.width || y >= raster.height) return;
  const a = Math.min(1, coverage);
  const at = (y * raster.width + x) * 3;
  for (let c = 0; c < 3; c++) {
    raster.rgb[at + c] = Math.round(raster.rgb[at + c]! * (1 - a) + colour[c]! * a);
  }
}

export type Stroke = { colour: string; width: number; opacity?: number; dash?: number[] };

/**
 * A polyline, anti-aliased: each pixel is covered by its distance to the nearest segment. A dash
 * pattern runs on along the whole line, as SVG's `stroke-dasharray` does.
 */
export function strokePolyline(raster: Raster, points: [number, number][], stroke: Stroke): void {
  const colour = rgbOf(stroke.colour);
  const half = stroke.width / 2;
  const opacity = stroke.opacity ?? 1;
  const dash = stroke.dash && stroke.dash.length > 0 ? stroke.dash : null;
  const period = dash ? dash.reduce((a, b) => a + b, 0) : 0;
  const isInk = (along: number): boolean => {
    if (!dash) return true;
    let t = ((along % period) + period) % period;
    for (let i = 0; i < dash.length; i++) {
      if (t < dash[i]!) return i % 2 === 0;
      t -= dash[i]!;
    }
    return true;
  };
  const cover = new Map<number, number>();
  let start = 0;
  for (const [[x1, y1], [x2, y2]] of pieces(points)) {
    const length = Math.hypot(x2 - x1, y2 - y1);
    const [minX, maxX] = [Math.min(x1, x2) - half - 1, Math.max(x1, x2) + half + 1];
    const [minY, maxY] = [Math.min(y1, y2) - half - 1, Math.max(y1, y2) + half + 1];
    for (let py = Math.floor(minY); py <= Math.ceil(maxY); py++) {
      for (let px = Math.floor(minX); px <= Math.ceil(maxX); px++) {
        const cx = px + 0.5;
        const cy = py + 0.5;
        const t =
          length === 0
            ? 0
            : Math.max(
                0,
                Math.min(1, ((cx - x1) * (x2 - x1) + (cy - y1) * (y2 - y1)) / length ** 2),
              );
        const d = Math.hypot(cx - (x1 + t * (x2 - x1)), cy - (y1 + t * (y2 - y1)));
        const c = Math.min(1, half + 0.5 - d);
        if (c <= 0 || !isInk(start + t * length)) continue;
        const key = py * raster.width + px;
        // Where segments meet, a pixel takes its best coverage once, not twice.
        if (px >= 0 && px < raster.width && c > (cover.get(key) ?? 0)) cover.set(key, c);
      }
    }
    start += length;
  }
  for (const [key, c] of cover) {
    blend(raster, key % raster.width, Math.floor(key / raster.width), colour, c * opacity);
  }
}

/** PIECE px at most: a long diagonal's bounding box would cover most of the picture. */
const PIECE = 8;

/** The polyline's segments, long ones cut into pieces of at most {@link PIECE} px. */
function pieces(points: [number, number][]): [[number, number], [number, number]][] {
  const out: [[number, number], [number, number]][] = [];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i - 1]!;
    const [x2, y2] = points[i]!;
    const n = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / PIECE));
    for (let k = 0; k < n; k++) {
      out.push([
        [x1 + ((x2 - x1) * k) / n, y1 + ((y2 - y1) * k) / n],
        [x1 + ((x2 - x1) * (k + 1)) / n, y1 + ((y2 - y1) * (k + 1)) / n],
      ]);
    }
  }
  return out;
}

/** A filled dot of radius `r` centred on (x, y). */
export function fillDot(raster: Raster, x: number, y: number, r: number, colour: string): void {
  const rgb = rgbOf(colour);
  for (let py = Math.floor(y - r - 1); py <= Math.ceil(y + r + 1); py++) {
    for (let px = Math.floor(x - r - 1); px <= Math.ceil(x + r + 1); px++) {
      blend(raster, px, py, rgb, r + 0.5 - Math.hypot(px + 0.5 - x, py + 0.5 - y));
    }
  }
}

type Glyph = { advance: number; x: number; y: number; w: number; h: number; offset: number };

let font: { glyphs: Map<number, Glyph>; coverage: Uint8Array } | null = null;

/** The glyphs, unpacked on first use. */
function glyphs(): NonNullable<typeof font> {
  if (font) return font;
  const packed = unzlibSync(Uint8Array.from(atob(CHART_FONT_PIXELS), (c) => c.charCodeAt(0)));
  const coverage = new Uint8Array(packed.length * 2);
  packed.forEach((byte, i) => {
    coverage[i * 2] = (byte >> 4) * 17;
    coverage[i * 2 + 1] = (byte & 15) * 17;
  });
  const map = new Map<number, Glyph>();
  let offset = 0;
  for (const [cp, advance, x, y, w, h] of CHART_FONT_METRICS) {
    map.set(cp, { advance, x, y, w, h, offset });
    offset += w * h;
  }
  font = { glyphs: map, coverage };
  return font;
}

function glyphOf(ch: string): Glyph {
  const { glyphs: map } = glyphs();
  return map.get(ch.codePointAt(0) ?? 63) ?? map.get(63)!;
}

/** How wide `text` is at `size` px. */
export function textWidth(text: string, size: number): number {
  const scale = size / CHART_FONT_SIZE;
  return [...text].reduce((w, ch) => w + glyphOf(ch).advance * scale, 0);
}

/**
 * Writes `text` with its baseline at `y`, starting, centred or ending at `x`. Glyphs are drawn
 * at the size they were made; another `size` scales them by the nearest pixel.
 */
export function drawText(
  raster: Raster,
  text: string,
  x: number,
  y: number,
  options: { colour: string; size: number; anchor?: 'start' | 'middle' | 'end' },
): void {
  const colour = rgbOf(options.colour);
  const scale = options.size / CHART_FONT_SIZE;
  const width = textWidth(text, options.size);
  let pen = options.anchor === 'end' ? x - width : options.anchor === 'middle' ? x - width / 2 : x;
  const { coverage } = glyphs();
  for (const ch of text) {
    const g = glyphOf(ch);
    const left = Math.round(pen + g.x * scale);
    const top = Math.round(y + g.y * scale);
    const w = Math.round(g.w * scale);
    const h = Math.round(g.h * scale);
    for (let gy = 0; gy < h; gy++) {
      for (let gx = 0; gx < w; gx++) {
        const sx = Math.min(g.w - 1, Math.floor(gx / scale));
        const sy = Math.min(g.h - 1, Math.floor(gy / scale));
        blend(raster, left + gx, top + gy, colour, coverage[g.offset + sy * g.w + sx]! / 255);
      }
    }
    pen += g.advance * scale;
  }
}

/**
 * CRC-32 of `bytes`, as PNG chunks need it. fflate computes this very CRC (ISO 3309, as gzip
 * uses) but does not export it; a stored gzip of the bytes carries it in its trailer.
 */
function crc32(bytes: Uint8Array): number {
  const gzip = gzipSync(bytes, { level: 0 });
  return new DataView(gzip.buffer, gzip.byteOffset).getUint32(gzip.length - 8, true);
}

function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array(4 + data.length);
  body.set([...type].map((ch) => ch.charCodeAt(0)));
  body.set(data, 4);
  const out = new Uint8Array(body.length + 8);
  out.set(u32(data.length));
  out.set(body, 4);
  out.set(u32(crc32(body)), 4 + body.length);
  return out;
}

/** The raster as an 8-bit RGB PNG. */
export function encodePng(raster: Raster): Uint8Array {
  const { width, height, rgb } = raster;
  const stride = width * 3;
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++)
    raw.set(rgb.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const parts = [
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Uint8Array.from([...u32(width), ...u32(height), 8, 2, 0, 0, 0])),
    chunk('IDAT', zlibSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}
