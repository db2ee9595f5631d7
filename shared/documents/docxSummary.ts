import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { type CellSpec, columnWidths, table } from './docxTables';
import {
  type Block,
  MUTED,
  TEXT_WIDTH,
  bullet,
  contentsEntry,
  heading,
  labelled,
  para,
  runs,
} from './docxText';
import {
  hasNoObjectives,
  noObjectivesText,
  OVERRIDE_NOTE,
  SECTION_TITLES,
  scorecardCells,
  scorecardColumns,
  summaryBlocks,
  summaryFigures,
} from './outline';
import type { ReviewDocument } from './types';

/** Bookmarks the contents link to. */
export const ANCHORS = {
  summary: 'summary',
  scorecard: 'scorecard',
  objective: (n: number) => `objective-${n}`,
  retro: 'retro',
  dependencies: 'dependencies',
  carryForward: 'carry-forward',
  appendix: 'appendix',
} as const;

/** Page one: title, the team's headline, the figures and the named misses, risks and asks. */
export function front(doc: ReviewDocument): Block[] {
  const c = doc.cover;
  const s = doc.executive;
  const out: Block[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: runs(`${c.teamName}: ${doc.title}`),
    }),
    para(`${c.teamFunction} · ${c.dateRange} · generated ${c.generatedOn}`, {
      color: MUTED,
      after: 120,
    }),
  ];
  if (c.businessNeed.trim()) out.push(labelled('Business need', c.businessNeed));
  if (c.engineeringLever.trim()) out.push(labelled('Engineering lever', c.engineeringLever));
  out.push(heading(SECTION_TITLES.summary, 1, { anchor: ANCHORS.summary }));
  if (hasNoObjectives(doc)) {
    if (s.headline) out.push(para(s.headline, { size: 23, after: 160 }));
    out.push(para(noObjectivesText(c.quarter), { after: 120 }));
    return out;
  }
  if (doc.kind !== 'plan') {
    out.push(
      s.headline
        ? para(s.headline, { size: 23, after: 160 })
        : para('No headline yet: the team writes it in the cycle retrospective.', {
            color: MUTED,
          }),
    );
  }
  const figures = summaryFigures(doc);
  out.push(
    new Paragraph({
      spacing: { after: 120 },
      children: [
        ...(doc.kind === 'plan'
          ? []
          : [new TextRun({ text: `Overall score ${s.overallScoreText}`, bold: true, size: 26 })]),
        ...figures.map(
          (f, i) =>
            new TextRun({ text: `${doc.kind !== 'plan' || i > 0 ? '  ·  ' : ''}${f}`, bold: true }),
        ),
      ],
    }),
  );
  if (s.distribution.length > 0) {
    const bands = s.distribution.map((d) => `${d.count} ${d.label.toLowerCase()} (${d.range})`);
    out.push(para(`Key results by band: ${bands.join(' · ')}.`, { color: MUTED, after: 120 }));
  }
  for (const block of summaryBlocks(doc)) {
    out.push(heading(block.title, 3));
    block.items.forEach((item, i) =>
      out.push(bullet(item, { keepNext: i < block.items.length - 1 })),
    );
  }
  return out;
}

/** The contents, for a long review: every section, linked, with its page number. */
export function contents(doc: ReviewDocument): Block[] {
  const entries: [string, string][] = [
    [SECTION_TITLES.summary, ANCHORS.summary],
    ...(hasNoObjectives(doc)
      ? []
      : [
          [
            doc.kind === 'plan' ? SECTION_TITLES.plan : SECTION_TITLES.scorecard,
            ANCHORS.scorecard,
          ] satisfies [string, string],
        ]),
    ...doc.objectives.map((o): [string, string] => [
      `${o.number}. ${o.title}`,
      ANCHORS.objective(o.number),
    ]),
  ];
  if (doc.cycleRetro || doc.kind === 'review') entries.push([SECTION_TITLES.retro, ANCHORS.retro]);
  if (doc.dependencies.length > 0)
    entries.push([SECTION_TITLES.dependencies, ANCHORS.dependencies]);
  if (doc.carryForward.length > 0)
    entries.push([SECTION_TITLES.carryForward, ANCHORS.carryForward]);
  if (doc.objectives.some((o) => o.keyResults.some((kr) => kr.checkIns.length > 0))) {
    entries.push([SECTION_TITLES.appendix, ANCHORS.appendix]);
  }
  return [
    new Paragraph({
      keepNext: true,
      children: [new TextRun({ text: 'Contents', bold: true, size: 24 })],
      spacing: { after: 80 },
    }),
    ...entries.map(([text, anchor], i) => contentsEntry(text, anchor, i < entries.length - 1)),
  ];
}

/** The scorecard's font size (half-points): small enough for every key result on one page. */
const SCORECARD_SIZE = 16;

/** Every key result in one table, under its objective's row. */
export function scorecard(doc: ReviewDocument): Block[] {
  // The summary has said there are no objectives: no table of nothing under a heading.
  if (hasNoObjectives(doc)) return [];
  const columns = scorecardColumns(doc.kind);
  const numeric = columns.flatMap((c, i) => (c.isNumeric ? [i] : []));
  const krRows: CellSpec[][] = doc.objectives.flatMap((o) =>
    o.keyResults.map((kr) => {
      const cells = scorecardCells(kr);
      return columns.map((c) => ({
        text: cells[c.key],
        isNumeric: c.isNumeric,
        ...(c.key === 'verdict' ? { tone: kr.tone } : {}),
      }));
    }),
  );
  const widths = columnWidths(
    columns.map((c) => c.label),
    krRows,
    TEXT_WIDTH,
    SCORECARD_SIZE,
  );
  const rows: CellSpec[][] = doc.objectives.flatMap((o) => {
    const score = doc.kind === 'plan' ? '' : `   ${o.scoreText} · ${o.verdict}`;
    const group: CellSpec[] = [
      {
        text: `${o.number}. ${o.title} (${o.kindLabel.toLowerCase()})${score}`,
        bold: true,
        span: columns.length,
        fill: 'F5F7FA',
      },
    ];
    const own = krRows.splice(0, o.keyResults.length);
    return [group, ...own];
  });
  const title = doc.kind === 'plan' ? SECTION_TITLES.plan : SECTION_TITLES.scorecard;
  const out: Block[] = [
    heading(title, 1, { anchor: ANCHORS.scorecard }),
    table(
      columns.map((c) => c.label),
      rows,
      { numeric, widths, keepTogether: true, size: SCORECARD_SIZE },
    ),
  ];
  if (doc.objectives.some((o) => o.keyResults.some((kr) => kr.isOverridden))) {
    out.push(para(OVERRIDE_NOTE, { color: MUTED, size: 16 }));
  }
  return out;
}
