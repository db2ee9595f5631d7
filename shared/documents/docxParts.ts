import {
  BorderStyle,
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { chartToSvg } from '../charts/svg';
import type { Band } from '../domain/scoring/bands';
import { chartToPng } from './chartPng';
import { documentText } from './sanitize';
import type { KeyResultSection } from './types';

/** Building blocks of the Word review: text runs, headings, tables and chart images. */

export type Block = Paragraph | Table;

const BAND_COLOURS: Record<Band | 'unscored', { fill: string; ink: string }> = {
  failed: { fill: 'FDE8E7', ink: '9B1C14' },
  short: { fill: 'FFF1D6', ink: '8A5300' },
  strong: { fill: 'E1F4E8', ink: '1C6B40' },
  perfect: { fill: 'E3ECFC', ink: '1F4FAE' },
  unscored: { fill: 'EEF0F3', ink: '5B6578' },
};
export const MUTED = '5B6578';
const LINE = 'DFE3EA';

/** Text runs with line breaks where the text has them. */
export function runs(text: string, style: { bold?: boolean; color?: string } = {}): TextRun[] {
  return documentText(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

export function para(text: string, style: { bold?: boolean; color?: string } = {}): Paragraph {
  return new Paragraph({ children: runs(text.trim() === '' ? '–' : text.trim(), style) });
}

export function heading(text: string, level: 1 | 2 | 3, pageBreakBefore = false): Paragraph {
  const levels = {
    1: HeadingLevel.HEADING_1,
    2: HeadingLevel.HEADING_2,
    3: HeadingLevel.HEADING_3,
  };
  return new Paragraph({
    heading: levels[level],
    children: runs(text),
    keepNext: true,
    pageBreakBefore,
  });
}

export function labelled(label: string, text: string): Paragraph {
  return new Paragraph({
    spacing: { after: 80 },
    children: [new TextRun({ text: `${label}: `, bold: true }), ...runs(text.trim() || '–')],
  });
}

export function cell(content: string | Paragraph, band?: Band | null): TableCell {
  const colours = band === undefined ? undefined : BAND_COLOURS[band ?? 'unscored'];
  const paragraph =
    typeof content === 'string'
      ? new Paragraph({
          children: runs(content, colours ? { bold: true, color: colours.ink } : {}),
        })
      : content;
  return new TableCell({
    children: [paragraph],
    shading: colours ? { type: ShadingType.CLEAR, fill: colours.fill, color: 'auto' } : undefined,
  });
}

const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

export function table(header: string[], rows: TableCell[][]): Table {
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: header.map(
      (h) =>
        new TableCell({
          children: [
            new Paragraph({ children: [new TextRun({ text: h, bold: true, color: MUTED })] }),
          ],
          shading: { type: ShadingType.CLEAR, fill: 'F5F7FA', color: 'auto' },
        }),
    ),
  });
  const border = { style: BorderStyle.SINGLE, size: 4, color: LINE };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    // Cell margins once for the table, not once per cell: a quarter of 27,000 check-ins is
    // 135,000 cells, and every option is an object the Word writer keeps until it is done.
    margins: CELL_MARGINS,
    borders: {
      top: border,
      bottom: border,
      insideHorizontal: border,
      left: none,
      right: none,
      insideVertical: none,
    },
    rows: [head, ...rows.map((children) => new TableRow({ children, cantSplit: true }))],
  });
}

export function chart(kr: KeyResultSection, id: string): Paragraph {
  const svg = chartToSvg(kr.chart, { idPrefix: id });
  const scale = Math.min(1, 600 / kr.chart.width);
  const height = Number(/ height="([\d.]+)"/.exec(svg)?.[1] ?? kr.chart.height);
  return new Paragraph({
    keepNext: true,
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(svg),
        fallback: { type: 'png', data: chartToPng(kr.chart) },
        transformation: { width: kr.chart.width * scale, height: height * scale },
        altText: {
          name: documentText(kr.chart.title),
          description: documentText(kr.chart.description),
          title: documentText(kr.chart.title),
        },
      }),
    ],
  });
}
