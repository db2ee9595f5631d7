import type { Paragraph } from 'docx';
import { ANCHORS } from './docxSummary';
import { type Block, bullet, heading, MUTED, para } from './docxText';
import { table } from './docxTables';
import { SECTION_TITLES } from './outline';
import type { ReviewDocument } from './types';

/** Time spent on the cycle against the budget, by phase, with the records behind it. */
export function effortSection(doc: ReviewDocument): Block[] {
  const { effort } = doc;
  if (effort.records.length === 0) {
    return doc.kind === 'review'
      ? [heading('Effort', 1), para(effort.message, { color: MUTED })]
      : [];
  }
  return [
    heading('Effort', 1),
    para(effort.message),
    table(
      ['Phase', 'Person-hours', 'Records'],
      effort.phases.map((p) => [
        { text: p.label },
        { text: p.hoursText, isNumeric: true },
        { text: String(p.records), isNumeric: true },
      ]),
      { numeric: [1, 2] },
    ),
    table(
      ['Date', 'What', 'Phase', 'Minutes', 'People', 'Person-hours'],
      effort.records.map((r) => [
        { text: r.dateText },
        { text: r.label },
        { text: r.phaseLabel },
        { text: String(r.minutes), isNumeric: true },
        { text: String(r.attendees), isNumeric: true },
        { text: r.hoursText, isNumeric: true },
      ]),
      { numeric: [3, 4, 5] },
    ),
  ];
}

/**
 * The review's closing sections: the cycle retrospective, the dependencies and what carries
 * forward into next quarter.
 */
export function closing(doc: ReviewDocument): Block[] {
  const out: Block[] = [];
  const r = doc.cycleRetro;
  if (r) {
    out.push(heading(SECTION_TITLES.retro, 1, { anchor: ANCHORS.retro }));
    const bullets = (items: string[], empty: string): Paragraph[] =>
      items.length === 0 ? [para(empty, { color: MUTED })] : items.map((t) => bullet(t));
    out.push(
      heading('Badly calibrated', 3),
      ...bullets(
        r.calibration.map((c) => `${c.keyResultTitle}: ${c.verdictLabel}`),
        'None marked.',
      ),
      heading('Objectives that mattered less than we thought', 3),
      ...bullets(r.objectivesMatteredLess, 'None.'),
      heading('Working assumptions that were wrong', 3),
      para(r.wrongAssumptions),
    );
    if (r.notes.trim()) out.push(heading('Notes', 3), para(r.notes));
  } else if (doc.kind === 'review') {
    out.push(
      heading(SECTION_TITLES.retro, 1, { anchor: ANCHORS.retro }),
      para('The cycle retrospective has not been held.', { color: MUTED }),
    );
  }
  if (doc.dependencies.length > 0) {
    out.push(
      heading(SECTION_TITLES.dependencies, 1, { anchor: ANCHORS.dependencies }),
      table(
        ['Team', 'Need', 'For', 'By', 'Status'],
        doc.dependencies.map((d) => [
          { text: d.team },
          { text: d.need },
          { text: d.forTitle || 'Whole quarter' },
          { text: d.byDateText },
          {
            text: d.outcomeLabel,
            ...(d.outcome === 'failed' || d.outcome === 'at-risk' ? { tone: 'bad' as const } : {}),
          },
        ]),
      ),
    );
  }
  if (doc.carryForward.length > 0) {
    out.push(
      heading(SECTION_TITLES.carryForward, 1, { anchor: ANCHORS.carryForward }),
      table(
        ['Key result', 'Objective', 'Last value (next baseline)'],
        doc.carryForward.map((c) => [
          { text: c.title },
          { text: c.objectiveTitle },
          { text: c.lastValueText, isNumeric: true },
        ]),
        { numeric: [2] },
      ),
    );
  }
  return out;
}
