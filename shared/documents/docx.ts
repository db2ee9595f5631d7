import type { Table } from 'docx';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import type { Tone } from '../domain/scoring/judgement';
import {
  type Block,
  type CellSpec,
  MUTED,
  PAGE_MARGIN,
  TEXT_WIDTH,
  bullet,
  chart,
  columnWidths,
  fact,
  heading,
  labelled,
  para,
  sideBySide,
  table,
} from './docxParts';
import { ANCHORS, contents, front, scorecard } from './docxSummary';
import { SECTION_TITLES, valueWord } from './outline';
import { documentText } from './sanitize';
import type { KeyResultSection, ObjectiveSection, ReviewDocument } from './types';

/** Width of the chart beside the key facts: about two thirds of the line. */
const CHART_COLUMN = Math.round(TEXT_WIDTH * 0.7);
/** Twips in a CSS pixel, as Word places images (96 px to the inch). */
const TWIPS_PER_PX = 15;

/** The key facts of a key result, beside its chart. */
function facts(kr: KeyResultSection, doc: ReviewDocument): Paragraph[] {
  const list: [string, string, Tone | 'none' | undefined][] = [];
  if (doc.kind !== 'plan') list.push(['Score', `${kr.scoreText} · ${kr.verdict}`, kr.tone]);
  list.push(['Baseline → target', kr.baselineToTarget, undefined]);
  if (doc.kind !== 'plan') {
    list.push([valueWord(doc.kind), kr.finalValueText, undefined]);
    if (kr.progressText) list.push(['Progress', kr.progressText, undefined]);
    if (kr.lastConfidence !== null)
      list.push(['Last confidence', kr.lastConfidenceText, undefined]);
  }
  list.push(['Owner', kr.owner || '–', undefined]);
  if (kr.lineage) list.push(['Lineage', kr.lineage.text, undefined]);
  if (kr.isCarriedForward) list.push(['Next quarter', 'Carried forward', undefined]);
  return list.map(([label, value, tone], i) =>
    fact(label, value, { keepNext: i < list.length - 1, ...(tone ? { tone } : {}) }),
  );
}

/**
 * A key result's details. Its heading and notes keep with one table row that never splits: the
 * chart, what changed and the retro answers on the left, the key facts on the right, so the key
 * result stays on one page in Word and in LibreOffice alike.
 */
function keyResult(kr: KeyResultSection, doc: ReviewDocument): Block[] {
  const out: Block[] = [heading(`${kr.ref} ${kr.title}`, 2)];
  const metric = kr.metric
    ? `${kr.metric}${kr.measuredBy ? `, measured by ${kr.measuredBy}` : ''}`
    : kr.measuredBy;
  if (metric) out.push(para(metric, { color: MUTED, keepNext: true }));
  if (kr.isOverridden) {
    out.push(
      labelled(
        `Score overridden from a computed ${kr.computedScoreText}`,
        kr.overrideReason || 'no reason given',
        { keepNext: true },
      ),
    );
  }
  const left: Paragraph[] = [];
  if (kr.chart) {
    left.push(
      chart(kr.chart, `kr-${kr.ref.replace('.', '-')}`, {
        keepNext: true,
        widthPx: (CHART_COLUMN - 120) / TWIPS_PER_PX,
      }),
    );
  }
  for (const c of kr.notableCheckIns) {
    const said = [
      c.changed.trim(),
      c.blockers.trim() ? `blocked: ${c.blockers.trim()}` : '',
      c.isCorrection ? '(a correction)' : '',
    ].filter(Boolean);
    left.push(bullet(`${c.dateText}, ${c.valueText}, ${c.confidence}%: ${said.join('; ')}`));
  }
  if (kr.retro) {
    const answers: [string, string][] = [
      ['What worked', kr.retro.worked],
      ['What did not work', kr.retro.didNotWork],
      ['What we learned', kr.retro.learned],
    ];
    for (const [label, text] of answers.filter(([, t]) => t.trim() !== '')) {
      left.push(labelled(label, text));
    }
  }
  const list = facts(kr, doc);
  if (left.length === 0) {
    // A plan: no chart or notes yet, so the facts take both columns.
    const half = Math.ceil(list.length / 2);
    out.push(sideBySide(list.slice(0, half), list.slice(half), Math.round(TEXT_WIDTH / 2)));
  } else {
    out.push(sideBySide(left, list, CHART_COLUMN));
  }
  return out;
}

function objective(o: ObjectiveSection, doc: ReviewDocument): Block[] {
  const meta = [o.expectation];
  if (doc.kind !== 'plan') meta.push(`score ${o.scoreText}: ${o.verdict}`);
  if (o.parentTitle) meta.push(`aligned to ${o.parentTitle}`);
  const out: Block[] = [
    heading(`${o.number}. ${o.title}`, 1, { anchor: ANCHORS.objective(o.number) }),
    para(meta.join(' · '), { color: MUTED, keepNext: true }),
  ];
  if (o.description.trim()) out.push(para(o.description, { keepNext: true }));
  if (o.keyResults.length === 0) out.push(para('No key results.', { color: MUTED }));
  for (const kr of o.keyResults) out.push(...keyResult(kr, doc));
  return out;
}

/** Time spent on the cycle against the budget, by phase, with the records behind it. */
function effortSection(doc: ReviewDocument): Block[] {
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

function closing(doc: ReviewDocument): Block[] {
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
function appendix(doc: ReviewDocument): Block[] {
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

const MARGINS = {
  top: PAGE_MARGIN,
  bottom: PAGE_MARGIN,
  left: PAGE_MARGIN,
  right: PAGE_MARGIN,
  header: 500,
  footer: 500,
};

const small = (text: string) => new TextRun({ text: documentText(text), color: MUTED, size: 16 });

/**
 * The quarterly review as a Word document, conclusions first: the summary on page one, then a
 * table of contents (when it runs past four pages) and the scorecard, the details per objective
 * and key result, the closing sections and the check-in log as an appendix. A running header
 * names team and quarter; the footer numbers the pages. Headings have space before them, tables
 * are sized to their content with numbers right-aligned, and each key result is kept together.
 * Charts are SVG images with a PNG fallback. Works in Node and the browser.
 */
export async function toDocx(doc: ReviewDocument): Promise<Uint8Array> {
  const name = `${doc.cover.teamName} · ${doc.title}`;
  const file = new Document({
    creator: 'Quarterdeck',
    title: documentText(`${doc.cover.teamName}: ${doc.title}`),
    // Word fills in the contents' page numbers when it opens the file.
    features: { updateFields: doc.isLong },
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 19 }, paragraph: { spacing: { after: 80 } } },
        title: {
          run: { size: 40, bold: true, color: '1D2433' },
          paragraph: { spacing: { after: 60 } },
        },
        heading1: {
          run: { size: 28, bold: true, color: '1D2433' },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { size: 22, bold: true, color: '1D2433' },
          paragraph: { spacing: { before: 280, after: 80 }, keepNext: true },
        },
        heading3: {
          run: { size: 19, bold: true, color: MUTED },
          paragraph: { spacing: { before: 160, after: 40 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { margin: MARGINS },
        },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [small(name)] })],
          }),
        },
        footers: (() => {
          const footer = new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
                children: [
                  small(`Generated by Quarterdeck on ${doc.cover.generatedOn}`),
                  new TextRun({
                    children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                    color: MUTED,
                    size: 16,
                  }),
                ],
              }),
            ],
          });
          return { first: footer, default: footer };
        })(),
        children: [
          ...front(doc),
          ...scorecard(doc),
          ...(doc.isLong ? contents(doc) : []),
          ...doc.objectives.flatMap((o) => objective(o, doc)),
          ...closing(doc),
          ...effortSection(doc),
          ...appendix(doc),
        ],
      },
    ],
  });
  return Packer.pack(file, 'uint8array');
}
