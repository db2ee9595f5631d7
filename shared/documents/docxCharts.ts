import {
  BorderStyle,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { chartToSvg } from '../charts/svg';
import type { ChartModel } from '../charts/types';
import type { Tone } from '../domain/scoring/judgement';
import { chartToPng } from './chartPng';
import { type Keep, MUTED, runs, TEXT_WIDTH, TONE_COLOURS } from './docxText';
import { documentText } from './sanitize';

/** A chart in the Word review (SVG with a PNG fallback) and the key facts set beside it. */

/**
 * Two columns without borders, side by side on one row that never splits: a chart and its key
 * facts. The row keeps with what follows when its paragraphs do.
 */
export function sideBySide(
  left: (Paragraph | Table)[],
  right: (Paragraph | Table)[],
  leftWidth: number,
  cantSplit = true,
): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const cell = (children: (Paragraph | Table)[], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 0, bottom: 0, left: 0, right: 120 },
      children,
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, TEXT_WIDTH - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: {
      top: none,
      bottom: none,
      left: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none,
    },
    rows: [
      new TableRow({
        cantSplit,
        children: [cell(left, leftWidth), cell(right, TEXT_WIDTH - leftWidth)],
      }),
    ],
  });
}

/** A fact beside the chart: a small muted label over its value. */
export function fact(
  label: string,
  value: string,
  options: Keep & { tone?: Tone | 'none' } = {},
): Paragraph {
  const colours = options.tone === undefined ? undefined : TONE_COLOURS[options.tone];
  return new Paragraph({
    keepNext: options.keepNext,
    keepLines: true,
    spacing: { after: 50 },
    children: [
      new TextRun({ text: label.toUpperCase(), color: MUTED, size: 14 }),
      new TextRun({ text: '', break: 1 }),
      ...runs(value.trim() || '–', { bold: true, color: colours?.ink }),
    ],
  });
}

/**
 * A chart as an SVG image with a PNG fallback (what LibreOffice and Google Docs show), kept with
 * what follows.
 */
export function chart(
  model: ChartModel,
  id: string,
  keep: Keep & { widthPx?: number } = {},
): Paragraph {
  const svg = chartToSvg(model, { idPrefix: id });
  const scale = Math.min(1, (keep.widthPx ?? 600) / model.width);
  const height = Number(/ height="([\d.]+)"/.exec(svg)?.[1] ?? model.height);
  return new Paragraph({
    keepNext: keep.keepNext,
    keepLines: true,
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(svg),
        fallback: { type: 'png', data: chartToPng(model) },
        transformation: { width: model.width * scale, height: height * scale },
        altText: {
          name: documentText(model.title),
          description: documentText(model.description),
          title: documentText(model.title),
        },
      }),
    ],
  });
}
