import type { Paragraph, Table } from 'docx';
import { sideBySide } from './docxCharts';
import { ANCHORS } from './docxSummary';
import { type Block, heading, para, TEXT_WIDTH } from './docxText';
import { type CellSpec, columnWidths, table } from './docxTables';
import { SECTION_TITLES } from './outline';
import type { KeyResultSection, ReviewDocument } from './types';

/*
 * The review's appendix: every key result's check-in log, two side by side, small print.
 */

/** Twips between the appendix's two columns. */
const COLUMN_GAP = 300;
const LOG_WIDTH = Math.floor((TEXT_WIDTH - COLUMN_GAP) / 2);
/** The log's font size, half-points. */
const LOG_SIZE = 15;

/** One key result's check-in log: its name over a small table. */
function log(kr: KeyResultSection): (Paragraph | Table)[] {
  const header = ['Date', 'Value', 'Conf.', 'Notes'];
  const rows = kr.checkIns.map((c): CellSpec[] => [
    { text: c.dateText },
    { text: c.valueText, isNumeric: true },
    { text: `${c.confidence}%`, isNumeric: true },
    {
      text: [
        c.changed.trim(),
        c.blockers.trim() ? `Blocked: ${c.blockers.trim()}` : '',
        c.isCorrection ? '(corrected)' : '',
      ]
        .filter(Boolean)
        .join(' · '),
    },
  ]);
  return [
    para(`${kr.ref} ${kr.title}`, { bold: true, size: 17, keepNext: true }),
    table(header, rows, {
      numeric: [1, 2],
      size: LOG_SIZE,
      widths: columnWidths(header, rows, LOG_WIDTH - 120, LOG_SIZE),
    }),
    // A cell must end with a paragraph; this one also spaces the logs apart.
    para(' ', { size: 8 }),
  ];
}

/**
 * The check-in log, two key results side by side per row of a borderless layout table, so it
 * takes half the pages; a row never splits across pages.
 */
export function appendix(doc: ReviewDocument): Block[] {
  const krs = doc.objectives.flatMap((o) => o.keyResults).filter((kr) => kr.checkIns.length > 0);
  if (krs.length === 0) return [];
  const pairs = Array.from({ length: Math.ceil(krs.length / 2) }, (_, i) =>
    krs.slice(2 * i, 2 * i + 2),
  );
  return [
    heading(SECTION_TITLES.appendix, 1, { anchor: ANCHORS.appendix }),
    // One small table per pair, a thin paragraph between: tables that touch merge into one,
    // which a page can then only take whole.
    ...pairs.flatMap(([left, right]) => [
      sideBySide(
        left ? log(left) : [para(' ')],
        right ? log(right) : [para(' ')],
        LOG_WIDTH + COLUMN_GAP,
      ),
      para(' ', { size: 4, after: 0 }),
    ]),
  ];
}
