import { formatCount } from '../domain/format';
import type { DocumentKind, KeyResultSection, ObjectiveSection, ReviewDocument } from './types';

/**
 * The review's words, shared by every writer so that the Markdown, HTML and Word versions say
 * the same things in the same order: section titles, the summary's lists, and the scorecard's
 * columns and cells as plain text (each writer escapes and styles them).
 */

export const SECTION_TITLES = {
  summary: 'Summary',
  scorecard: 'Scorecard',
  plan: 'The plan',
  retro: 'Cycle retrospective',
  dependencies: 'Dependencies',
  carryForward: 'Carry forward',
  appendix: 'Appendix: check-in log',
} as const;

/** Said once, in formats without charts. */
export const CHARTS_ELSEWHERE =
  'The charts of these check-ins are in the HTML, PDF and Word versions.';

/**
 * What every review format says, in place of the summary's figures and the scorecard, when the
 * quarter has no objectives: one plain sentence instead of empty tables and headings over
 * nothing. The export dialog says it too, before exporting.
 */
export function noObjectivesText(quarter: string): string {
  return `No objectives were set for ${quarter}.`;
}

/** Whether the document has no objectives, so its writers say {@link noObjectivesText} instead. */
export function hasNoObjectives(doc: Pick<ReviewDocument, 'objectives'>): boolean {
  return doc.objectives.length === 0;
}

/** What the value at the end is called: final in a review, latest before that. */
export function valueWord(kind: DocumentKind): string {
  return kind === 'review' ? 'Final' : 'Latest';
}

/** A titled list on the summary page; `tone` marks lists of bad news. */
export type SummaryBlock = { title: string; items: string[]; tone: 'bad' | 'neutral' };

/**
 * The summary page's lists, in reading order, each only when it has something to say: the
 * objectives that missed, the key results at 0.0–0.3, every override, the dependencies that
 * failed or are at risk, the asks and what carries forward. A plan lists what it carries in and
 * its open dependencies instead.
 */
export function summaryBlocks(doc: ReviewDocument): SummaryBlock[] {
  const s = doc.executive;
  const blocks: SummaryBlock[] = [];
  const add = (title: string, items: string[], tone: SummaryBlock['tone'] = 'neutral') => {
    if (items.length > 0) blocks.push({ title, items, tone });
  };
  if (doc.kind !== 'plan') {
    add(
      'Objectives below expectation',
      s.misses.map(
        (o) =>
          `${o.title} (objective ${o.number}, ${o.kindLabel.toLowerCase()}): ${o.scoreText}, ${o.verdict}`,
      ),
      'bad',
    );
    add(
      'Key results scored 0.0–0.3',
      s.lowKeyResults.map((kr) => `${ref(doc, kr.id)} ${kr.title}: ${kr.scoreText}`),
      'bad',
    );
    add(
      'Overridden scores',
      s.overrides.map(
        (o) =>
          `${ref(doc, o.id)} ${o.title}: ${o.scoreText} instead of the computed ${o.computedScoreText}. ${o.reason}`,
      ),
    );
  }
  add(
    doc.kind === 'plan'
      ? 'Dependencies at risk or late'
      : 'Dependencies that failed or are at risk',
    s.riskyDependencies.map(
      (d) => `${d.team}: ${d.need}${d.forTitle ? ` (for ${d.forTitle})` : ''}. ${d.outcomeLabel}.`,
    ),
    'bad',
  );
  add('Asks for next quarter', s.asks);
  add('Carried into next quarter', s.carriedForward);
  add(
    'Carried in from earlier quarters',
    s.carriedIn.map((kr) => `${ref(doc, kr.id)} ${kr.title}: ${lineageText(doc, kr.id)}`),
  );
  return blocks;
}

function find(doc: ReviewDocument, id: string): KeyResultSection | undefined {
  return doc.objectives.flatMap((o) => o.keyResults).find((kr) => kr.id === id);
}

function ref(doc: ReviewDocument, id: string): string {
  return find(doc, id)?.ref ?? '';
}

function lineageText(doc: ReviewDocument, id: string): string {
  return find(doc, id)?.lineage?.text ?? '';
}

/** The line of figures under the headline: overall score and the verdict per kind. */
export function summaryFigures(doc: ReviewDocument): string[] {
  const s = doc.executive;
  if (doc.kind === 'plan') {
    const committed = doc.objectives.filter((o) => o.kind === 'committed').length;
    return [
      `${formatCount(s.objectiveCount, 'objective')} (${committed} committed, ${s.objectiveCount - committed} aspirational)`,
      formatCount(s.keyResultCount, 'key result'),
    ];
  }
  return s.verdicts.map((v) => v.text);
}

/** One column of the scorecard. */
export type ScorecardColumn = {
  key:
    'ref' | 'title' | 'owner' | 'range' | 'final' | 'score' | 'verdict' | 'confidence' | 'lineage';
  label: string;
  isNumeric: boolean;
};

/** The scorecard's columns: a plan has no final value, score or confidence yet. */
export function scorecardColumns(kind: DocumentKind): ScorecardColumn[] {
  const all: ScorecardColumn[] = [
    { key: 'ref', label: '#', isNumeric: false },
    { key: 'title', label: 'Key result', isNumeric: false },
    { key: 'owner', label: 'Owner', isNumeric: false },
    { key: 'range', label: 'Baseline → target', isNumeric: true },
    { key: 'final', label: valueWord(kind), isNumeric: true },
    { key: 'score', label: 'Score', isNumeric: true },
    { key: 'verdict', label: 'Verdict', isNumeric: false },
    { key: 'confidence', label: 'Conf.', isNumeric: true },
    { key: 'lineage', label: 'Carried', isNumeric: false },
  ];
  if (kind !== 'plan') return all;
  return all.filter((c) => !['final', 'score', 'verdict', 'confidence'].includes(c.key));
}

/** `from 2026-Q4`, `→ next`, both, or empty: where a key result comes from and goes. */
export function carriedText(kr: KeyResultSection): string {
  const parts: string[] = [];
  if (kr.lineage)
    parts.push(kr.lineage.carriedFrom ? `from ${kr.lineage.carriedFrom}` : 'carried in');
  if (kr.isCarriedForward) parts.push('to next quarter');
  return parts.join('; ');
}

/** The mark after an overridden score, explained under the scorecard. */
export const OVERRIDE_MARK = '*';
export const OVERRIDE_NOTE = `${OVERRIDE_MARK} Score overridden by the team; the computed score and the reason are on the summary page and with the key result.`;

/** A key result's scorecard cells as plain text, by column key. */
export function scorecardCells(kr: KeyResultSection): Record<ScorecardColumn['key'], string> {
  return {
    ref: kr.ref,
    title: kr.title,
    owner: kr.owner || '–',
    range: kr.baselineToTarget,
    final: kr.finalValueText,
    score: `${kr.scoreText}${kr.isOverridden ? OVERRIDE_MARK : ''}`,
    verdict: kr.verdict,
    confidence: kr.lastConfidenceText,
    lineage: carriedText(kr),
  };
}

/** An objective's row in the scorecard: number, title, kind, score and verdict. */
export function objectiveLine(o: ObjectiveSection, kind: DocumentKind): string {
  const head = `${o.number}. ${o.title} · ${o.kindLabel.toLowerCase()}`;
  return kind === 'plan' ? head : `${head} · ${o.scoreText} ${o.verdict}`;
}
