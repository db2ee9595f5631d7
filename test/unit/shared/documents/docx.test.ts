import { describe, expect, it } from 'vitest';
import { chartToPng } from '@shared/documents/chartPng';
import { toDocx } from '@shared/documents/docx';
import { buildReviewDocument } from '@shared/documents/model';
import { quarterFixture } from './fixture';
import { unzip } from './unzip';

describe('toDocx', () => {
  it('writes a Word zip with headings, tables and SVG charts with PNG fallbacks', async () => {
    const bytes = await toDocx(buildReviewDocument(quarterFixture()));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes.subarray(0, 2))).toBe('PK');
    const files = unzip(bytes);
    const xml = new TextDecoder().decode(files.get('word/document.xml'));
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Heading2"');
    expect(xml).toContain('w:val="Heading3"');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Cut p95 payment latency to 1.5 s');
    expect(xml).toContain('svgBlip');
    const media = [...files.keys()].filter((name) => name.startsWith('word/media/'));
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
});
