import { crc32, inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chartToPng } from '@shared/documents/chartPng';
import { toDocx } from '@shared/documents/docx';
import { buildReviewDocument } from '@shared/documents/model';
import { quarterFixture } from './fixture';

describe('toDocx', () => {
  it('writes a Word zip with headings, tables and SVG charts with PNG fallbacks', async () => {
    const bytes = await toDocx(buildReviewDocument(quarterFixture()));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes.subarray(0, 2))).toBe('PK');
    const files = unzipSync(bytes);
    const xml = new TextDecoder().decode(files['word/document.xml']);
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Heading2"');
    expect(xml).toContain('w:val="Heading3"');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Cut p95 payment latency to 1.5 s');
    expect(xml).toContain('svgBlip');
    const media = Object.keys(files).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(4);
    expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(4);
  });
});

describe('chartToPng', () => {
  it('draws the chart into a valid PNG of the chart size', () => {
    const doc = buildReviewDocument(quarterFixture());
    const model = doc.objectives[0]!.keyResults[0]!.chart;
    const png = chartToPng(model);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBe(model.width);
    expect(view.getUint32(20)).toBe(model.height);
  });

  it('writes chunks with correct CRCs and pixels that inflate to one filtered row per line', () => {
    const model = buildReviewDocument(quarterFixture()).objectives[0]!.keyResults[0]!.chart;
    const png = chartToPng(model);
    const view = new DataView(png.buffer, png.byteOffset);
    const chunks: { type: string; data: Uint8Array }[] = [];
    for (let at = 8; at < png.length;) {
      const length = view.getUint32(at);
      const body = png.subarray(at + 4, at + 8 + length);
      // Checked against Node's own CRC-32, not the one the encoder used.
      expect(view.getUint32(at + 8 + length)).toBe(crc32(body));
      chunks.push({ type: new TextDecoder().decode(body.subarray(0, 4)), data: body.subarray(4) });
      at += 12 + length;
    }
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    const pixels = inflateSync(chunks[2]!.data);
    expect(pixels.length).toBe((model.width + 1) * model.height);
  });
});
