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
import { appendix } from './docxAppendix';
import { chart, fact, sideBySide } from './docxCharts';
import { closing, effortSection } from './docxClosing';
import { ANCHORS, contents, front, scorecard } from './docxSummary';
import {
  type Block,
  bullet,
  heading,
  labelled,
  MUTED,
  PAGE_MARGIN,
  para,
  TEXT_WIDTH,
} from './docxText';
import { valueWord } from './outline';
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
