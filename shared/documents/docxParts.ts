import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  PageReference,
  Paragraph,
  ShadingType,
  TabStopType,
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
import { documentText } from './sanitize';

/** Building blocks of the Word review: text runs, headings, tables sized to content, charts. */

export type Block = Paragraph | Table;

/** A4 less the side margins, in twips: the width every table fills. */
export const PAGE_MARGIN = 1020;
export const TEXT_WIDTH = 11906 - 2 * PAGE_MARGIN;

export const TONE_COLOURS: Record<Tone | 'none', { fill: string; ink: string }> = {
  bad: { fill: 'FDE8E7', ink: '9B1C14' },
  warn: { fill: 'FFF1D6', ink: '8A5300' },
  good: { fill: 'E1F4E8', ink: '1C6B40' },
  info: { fill: 'E3ECFC', ink: '1F4FAE' },
  none: { fill: 'EEF0F3', ink: '5B6578' },
};
export const MUTED = '5B6578';
const LINE = 'DFE3EA';
const SOFT = 'F5F7FA';

type RunStyle = { bold?: boolean; color?: string; size?: number };
/** Paragraph keeping: with the next paragraph (a key result's parts) and its own lines together. */
export type Keep = { keepNext?: boolean };

/** Text runs with line breaks where the text has them. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return documentText(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

export function para(text: string, style: RunStyle & Keep & { after?: number } = {}): Paragraph {
  const { keepNext, after, ...run } = style;
  return new Paragraph({
    keepNext,
    keepLines: true,
    spacing: after === undefined ? undefined : { after },
    children: runs(text.trim() === '' ? '–' : text.trim(), run),
  });
}

const LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** A heading, kept with what follows; `anchor` makes it a bookmark the contents link to. */
export function heading(
  text: string,
  level: 1 | 2 | 3,
  options: { pageBreakBefore?: boolean; anchor?: string } = {},
): Paragraph {
  const children = runs(text);
  return new Paragraph({
    heading: LEVELS[level],
    children: options.anchor ? [new Bookmark({ id: options.anchor, children })] : children,
    keepNext: true,
    keepLines: true,
    pageBreakBefore: options.pageBreakBefore,
  });
}

/** `Label: text`, the label bold. */
export function labelled(label: string, text: string, keep: Keep = {}): Paragraph {
  return new Paragraph({
    keepNext: keep.keepNext,
    keepLines: true,
    spacing: { after: 60 },
    children: [new TextRun({ text: `${label}: `, bold: true }), ...runs(text.trim() || '–')],
  });
}

export function bullet(text: string, keep: Keep = {}): Paragraph {
  return new Paragraph({
    bullet: { level: 0 },
    keepNext: keep.keepNext,
    keepLines: true,
    spacing: { after: 40 },
    children: runs(text),
  });
}

/** One entry of the contents: a link to a heading's bookmark, dot leader, its page number. */
export function contentsEntry(text: string, anchor: string, keepNext = false): Paragraph {
  return new Paragraph({
    keepNext,
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: 'dot' }],
    spacing: { after: 40 },
    children: [
      new InternalHyperlink({ anchor, children: runs(text) }),
      new TextRun({ children: ['\t', new PageReference(anchor)] }),
    ],
  });
}

/** A cell's content and look. `tone` colours it as a verdict chip does. */
export type CellSpec = {
  text: string;
  isNumeric?: boolean;
  tone?: Tone | 'none';
  bold?: boolean;
  /** Spans this many columns (an objective's row in the scorecard). */
  span?: number;
  fill?: string;
};

function cellOf(spec: CellSpec, width: number, keepNext: boolean, size?: number): TableCell {
  const colours = spec.tone === undefined ? undefined : TONE_COLOURS[spec.tone];
  const fill = colours?.fill ?? spec.fill;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: spec.span,
    margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
    shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
    children: [
      new Paragraph({
        alignment: spec.isNumeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { after: 0 },
        keepNext,
        keepLines: true,
        children: runs(spec.text.trim() === '' ? ' ' : spec.text, {
          bold: spec.bold || colours !== undefined,
          color: colours?.ink,
          size,
        }),
      }),
    ],
  });
}

/** Twips a character takes at 9.5 pt, roughly; a smaller font scales it. */
const PER_CHAR_AT_BODY = 100;
const BODY_SIZE = 19;
/** Left and right cell margins, twips. */
const CELL_MARGIN = 70;
/**
 * Column widths (twips, adding up to `total`) sized to content. Every column first gets room for
 * its longest word (a number and a header never wrap); the rest of the line is shared out by how
 * much text each column holds, up to what its longest cell needs on one line, so the key result's
 * title gets the room and a score column stays narrow.
 */
export function columnWidths(
  header: readonly string[],
  rows: readonly CellSpec[][],
  total = TEXT_WIDTH,
  size = BODY_SIZE,
): number[] {
  const perChar = (PER_CHAR_AT_BODY * size) / BODY_SIZE;
  const pad = 2 * CELL_MARGIN + 40;
  const needs = header.map((h, i) => {
    const cells = rows.flatMap((r) => (r[i] && !r[i]!.span ? [r[i]!] : []));
    const texts = cells.map((c) => c.text);
    // A number may break only after an arrow (`2.4 s →` / `1.5 s`); words break at spaces.
    const pieces = cells.flatMap((c) =>
      c.isNumeric ? c.text.split(/(?<=→)\s+/) : c.text.split(/\s+/),
    );
    // A bold header needs a little more room a letter than the cells.
    const headerWord = Math.max(...h.split(/\s+/).map((w) => w.length)) * 1.3;
    const longestPiece = Math.max(headerWord, ...pieces.map((w) => w.length));
    const longest = Math.max(longestPiece, ...texts.map((t) => t.length));
    return {
      floor: longestPiece * perChar + pad,
      cap: longest * perChar + pad,
      text: Math.max(
        1,
        texts.reduce((n, t) => n + t.length, 0),
      ),
    };
  });
  const widths = needs.map((c) => c.floor);
  let spare = total - widths.reduce((n, w) => n + w, 0);
  if (spare < 0) return widths.map((w) => Math.floor((w * total) / (total - spare)));
  // Water-filling: share the spare by text, stop each column at its cap, share again the rest.
  for (let round = 0; round < needs.length && spare > 1; round++) {
    const open = needs.map((c, i) => i).filter((i) => widths[i]! < needs[i]!.cap);
    if (open.length === 0) break;
    const weight = open.reduce((n, i) => n + needs[i]!.text, 0);
    let used = 0;
    for (const i of open) {
      const add = Math.min((spare * needs[i]!.text) / weight, needs[i]!.cap - widths[i]!);
      widths[i] = widths[i]! + add;
      used += add;
    }
    spare -= used;
  }
  // Every column has all it needs: the most text takes what is left.
  if (spare > 1) {
    const most = needs.reduce((best, c, i) => (c.text > needs[best]!.text ? i : best), 0);
    widths[most] = widths[most]! + spare;
  }
  return widths.map((w) => Math.floor(w));
}

/**
 * A table filling the text width with columns sized to content, numbers right-aligned, a header
 * row repeated on every page, rows that never split; `keepTogether` keeps it with what follows.
 */
export function table(
  header: readonly string[],
  rows: readonly CellSpec[][],
  options: {
    numeric?: readonly number[];
    keepTogether?: boolean;
    widths?: number[];
    /** Font size in half-points, for a dense table. */
    size?: number;
  } = {},
): Table {
  const widths = options.widths ?? columnWidths(header, rows, TEXT_WIDTH, options.size);
  const keep = options.keepTogether ?? false;
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: header.map((h, i) =>
      cellOf(
        { text: h, isNumeric: options.numeric?.includes(i), bold: true, fill: SOFT },
        widths[i]!,
        true,
        options.size,
      ),
    ),
  });
  const body = rows.map(
    (cells) =>
      new TableRow({
        cantSplit: true,
        children: cells.map((c, i) => {
          const span = c.span ?? 1;
          const width = widths.slice(i, i + span).reduce((a, b) => a + b, 0);
          return cellOf(c, width, keep, options.size);
        }),
      }),
  );
  const border = { style: BorderStyle.SINGLE, size: 4, color: LINE };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      insideHorizontal: border,
      left: none,
      right: none,
      insideVertical: none,
    },
    rows: [head, ...body],
  });
}

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
