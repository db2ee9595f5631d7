import { crc32, inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chartFrame, legendLayout } from '@shared/charts/geometry';
import { chartToSvg } from '@shared/charts/svg';
import { chartToPng } from '@shared/documents/chartPng';
import { toDocx } from '@shared/documents/docx';
import { buildReviewDocument } from '@shared/documents/model';
import { quarterFixture } from './fixture';
import { realisticQuarter } from './realisticQuarter';

describe('toDocx', () => {
  it('writes a Word zip with headings, tables and SVG charts with PNG fallbacks', async () => {
    const bytes = await toDocx(buildReviewDocument(quarterFixture()));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes.subarray(0, 2))).toBe('PK');
    const files = unzipSync(bytes);
    const xml = new TextDecoder().decode(files['word/document.xml']);
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Heading2"');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Cut p95 payment latency to 1.5 s');
    expect(xml).toContain('svgBlip');
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(4);
    expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(4);
  });
});

/** The PNG's chunks, each CRC checked against Node's own CRC-32, and its pixels as RGB rows. */
function readPng(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset);
  const chunks: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const body = png.subarray(at + 4, at + 8 + length);
    expect(view.getUint32(at + 8 + length)).toBe(crc32(body));
    chunks.push({ type: new TextDecoder().decode(body.subarray(0, 4)), data: body.subarray(4) });
    at += 12 + length;
  }
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const raw = inflateSync(chunks.find((c) => c.type === 'IDAT')!.data);
  const pixel = (x: number, y: number) => {
    const at = y * (width * 3 + 1) + 1 + x * 3;
    return [raw[at]!, raw[at + 1]!, raw[at + 2]!];
  };
  /** Pixels in a box (chart units × scale) that are not white paper. */
  const inkIn = (x0: number, y0: number, x1: number, y1: number): number => {
    let ink = 0;
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(height, y1); y++)
      for (let x = Math.max(0, Math.floor(x0)); x < Math.min(width, x1); x++)
        if (pixel(x, y).some((c) => c < 200)) ink += 1;
    return ink;
  };
  return { chunks, width, height, raw, inkIn };
}

describe('chartToPng', () => {
  const chart = buildReviewDocument(quarterFixture()).objectives[0]!.keyResults[0]!.chart!;

  it('draws the chart at twice its size with room for the legend, as the SVG does', () => {
    const png = chartToPng(chart);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const { chunks, width, height, raw } = readPng(png);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const svgHeight = Number(/ height="([\d.]+)"/.exec(chartToSvg(chart))?.[1]);
    expect(width).toBe(chart.width * 2);
    expect(height).toBe(svgHeight * 2);
    expect(raw.length).toBe((width * 3 + 1) * height);
  });

  it('writes the axis values, the axis labels and the legend where the SVG has them', () => {
    const { inkIn } = readPng(chartToPng(chart));
    const frame = chartFrame(chart);
    const s = 2;
    // Each y tick's value, left of the plot.
    for (const tick of chart.yTicks) {
      const y = (tick.y + frame.yTickLabelDy) * s;
      expect(inkIn(0, y - 18, chart.plot.x * s - 8, y + 2), tick.label).toBeGreaterThan(10);
    }
    // The date labels under the axis.
    expect(
      inkIn(0, (frame.xTickLabelY - 10) * s, chart.width * s, frame.xTickLabelY * s + 4),
    ).toBeGreaterThan(60);
    // The y axis label above the plot.
    expect(
      inkIn(0, (frame.yAxisLabel.y - 10) * s, 120 * s, frame.yAxisLabel.y * s + 4),
    ).toBeGreaterThan(40);
    // Every legend entry's text, the target's value included.
    for (const item of legendLayout(chart).items) {
      const x = (item.x + 28) * s;
      expect(inkIn(x, (item.y - 10) * s, x + 40 * s, item.y * s + 4), item.label).toBeGreaterThan(
        40,
      );
    }
  });

  it('draws the confidence axis on the right when the chart has one', () => {
    const doc = buildReviewDocument(realisticQuarter());
    const withConfidence = doc.objectives[0]!.keyResults[0]!.chart!;
    expect(withConfidence.secondary).toBeDefined();
    const { inkIn } = readPng(chartToPng(withConfidence));
    const right = (withConfidence.plot.x + withConfidence.plot.width) * 2;
    const top = withConfidence.secondary!.ticks.at(-1)!.y * 2;
    expect(inkIn(right + 8, top - 14, withConfidence.width * 2, top + 14)).toBeGreaterThan(20);
  });
});
