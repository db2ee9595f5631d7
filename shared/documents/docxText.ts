import {
  Bookmark,
  HeadingLevel,
  InternalHyperlink,
  PageReference,
  Paragraph,
  TabStopType,
  type Table,
  TextRun,
} from 'docx';
import type { Tone } from '../domain/scoring/judgement';
import { documentText } from './sanitize';

/** Building blocks of the Word review: the page, the colours, text runs, headings, contents. */

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
