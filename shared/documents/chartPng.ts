import { gzipSync, zlibSync } from 'fflate';
import { CHART_THEME, SERIES_STROKES } from '../charts/theme';
import type { ChartModel } from '../charts/types';

/**
 * A chart model drawn as a small PNG, without text: the grid, the axis and every series. Word
 * needs a raster fallback beside an SVG image for applications that cannot show SVG; this keeps
 * the lines visible there without a canvas or a native image library; fflate (which docx brings)
 * compresses the pixels. Pure: model in, bytes out.
 */
export function chartToPng(model: ChartModel): Uint8Array {
  const width = Math.max(1, Math.round(model.width));
  const height = Math.max(1, Math.round(model.height));
  const palette: string[] = [CHART_THEME.paper, CHART_THEME.grid, CHART_THEME.axis];
  const colour = (hex: string): number => {
    const at = palette.indexOf(hex);
    return at >= 0 ? at : palette.push(hex) - 1;
  };
  const pixels = new Uint8Array(width * height);
  const dot = (x: number, y: number, c: number, size: number): void => {
    const r = Math.floor(size / 2);
    for (let dy = -r; dy < size - r; dy++) {
      for (let dx = -r; dx < size - r; dx++) {
        const px = Math.round(x) + dx;
        const py = Math.round(y) + dy;
        if (px >= 0 && py >= 0 && px < width && py < height) pixels[py * width + px] = c;
      }
    }
  };
  const line = (
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    c: number,
    size: number,
    dash = 0,
  ) => {
    const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1)));
    for (let i = 0; i <= steps; i++) {
      if (dash > 0 && Math.floor(i / dash) % 2 === 1) continue;
      dot(x1 + ((x2 - x1) * i) / steps, y1 + ((y2 - y1) * i) / steps, c, size);
    }
  };
  const { plot } = model;
  for (const tick of model.yTicks)
    line(plot.x, tick.y, plot.x + plot.width, tick.y, colour(CHART_THEME.grid), 1);
  const bottom = plot.y + plot.height;
  line(plot.x, bottom, plot.x + plot.width, bottom, colour(CHART_THEME.axis), 1);
  for (const tick of model.xTicks)
    line(tick.x, bottom, tick.x, bottom + 4, colour(CHART_THEME.axis), 1);
  for (const s of model.series) {
    const stroke = SERIES_STROKES[s.style];
    const c = colour(stroke.stroke);
    const size = Math.max(1, Math.round(stroke.strokeWidth));
    const dash = stroke.dash === undefined ? 0 : 5;
    s.points.slice(1).forEach((p, i) => {
      const prev = s.points[i]!;
      line(prev.x, prev.y, p.x, p.y, c, size, dash);
    });
    if (stroke.hasMarkers) for (const p of s.points) dot(p.x, p.y, c, CHART_THEME.markerRadius * 2);
  }
  return encodePng(width, height, palette, pixels);
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
  return Uint8Array.from([...u32(data.length), ...body, ...u32(crc32(body))]);
}

function encodePng(
  width: number,
  height: number,
  palette: string[],
  pixels: Uint8Array,
): Uint8Array {
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++)
    raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const plte = Uint8Array.from(
    palette.flatMap((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) || 0)),
  );
  const parts = [
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Uint8Array.from([...u32(width), ...u32(height), 8, 3, 0, 0, 0])),
    chunk('PLTE', plte),
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
