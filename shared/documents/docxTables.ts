import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { Tone } from '../domain/scoring/judgement';
import { runs, TEXT_WIDTH, TONE_COLOURS } from './docxText';

/** The Word review's tables: cells coloured as verdict chips, columns sized to their content. */

const LINE = 'DFE3EA';
const SOFT = 'F5F7FA';

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
