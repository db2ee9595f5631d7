import type { ObjectiveKind } from '../enums';
import { formatCount, formatScore } from '../format';
import { type Band, BAND_TONE, bandOf, expectationFor, type Tone } from './bands';
import { roundScore } from './score';

/**
 * How a score reads for a person: the same number means different things for a committed
 * objective (expected to be fully met: 0.8 is a miss) and an aspirational one (a stretch: 0.7
 * is success). Every document, and any screen that judges a score, asks here.
 */

export type { Tone } from './bands';

export type Judgement = {
  band: Band;
  /** The score meets what its kind expects: 1.0 when committed, 0.7 when aspirational. */
  isMet: boolean;
  /** A short label for a chip or a table cell: `Met`, `Missed: close`, `Success`. */
  label: string;
  /** One sentence on what it tells the team. */
  meaning: string;
  /**
   * The score's colour: its band's (see `BAND_TONE`), never the verdict's, so one score is one
   * colour on every screen and in every export. The verdict for the kind is said in words.
   */
  tone: Tone;
};

type Wording = Pick<Judgement, 'label' | 'meaning'>;

const WORDING: Record<ObjectiveKind, Record<Band, Wording>> = {
  committed: {
    perfect: { label: 'Met', meaning: 'Committed and fully met.' },
    strong: {
      label: 'Missed: close',
      meaning: 'Committed but not fully met: a near miss, still a miss.',
    },
    short: {
      label: 'Missed',
      meaning: 'Committed and well short: a miss to explain.',
    },
    failed: {
      label: 'Failed',
      meaning: 'Committed and failed or did not start: investigate why.',
    },
  },
  aspirational: {
    perfect: {
      label: 'Perfect',
      meaning: 'A stretch fully met: the goal may have been too easy.',
    },
    strong: {
      label: 'Success',
      meaning: 'A stretch at 0.7 or more: the sweet spot.',
    },
    short: {
      label: 'Progress but short',
      meaning: 'Progress but short: expected for a stretch; information, not failure.',
    },
    failed: {
      label: 'Failed',
      meaning: 'Failed or did not start: investigate why.',
    },
  },
};

/** Whether a score meets its kind's expectation (see `expectationFor`), judged on the rounded score. */
export function meetsExpectation(score: number, kind: ObjectiveKind): boolean {
  return roundScore(score) >= expectationFor(kind).target;
}

/**
 * A score judged by its objective's kind: a committed objective (or one of its key results)
 * below 1.0 is a miss; an aspirational one succeeds at 0.7. A milestone is done or not done.
 */
export function judgeScore(
  score: number,
  kind: ObjectiveKind,
  options: { isMilestone?: boolean } = {},
): Judgement {
  const band = bandOf(score);
  const isMet = meetsExpectation(score, kind);
  if (options.isMilestone) {
    const isDone = band === 'perfect';
    return {
      band,
      isMet: isDone,
      label: isDone ? 'Done' : 'Not done',
      meaning: isDone ? 'Delivered.' : 'Not delivered by the end of the quarter.',
      tone: BAND_TONE[band],
    };
  }
  return { band, isMet, tone: BAND_TONE[band], ...WORDING[kind][band] };
}

/** How the objectives of one kind did against their expectation. */
export type KindVerdict = {
  kind: ObjectiveKind;
  /** Objectives of this kind with a score. */
  scored: number;
  /** Scored objectives below the expectation: the misses. */
  missed: number;
  /** Objectives of this kind without a score yet. */
  unscored: number;
  /** `2 of 3 committed objectives below 1.0`, `0 of 2 aspirational objectives below 0.7`. */
  text: string;
};

/**
 * The quarter's verdict per kind (committed first), for the objectives that exist: how many are
 * below what their kind expects. Kinds with no objective are left out.
 */
export function kindVerdicts(
  objectives: readonly { kind: ObjectiveKind; score: number | null }[],
): KindVerdict[] {
  return (['committed', 'aspirational'] as const).flatMap((kind) => {
    const own = objectives.filter((o) => o.kind === kind);
    if (own.length === 0) return [];
    const scores = own.flatMap((o) => (o.score === null ? [] : [o.score]));
    const missed = scores.filter((s) => !meetsExpectation(s, kind)).length;
    const target = formatScore(expectationFor(kind).target);
    const noun = `${kind} objective`;
    const unscored = own.length - scores.length;
    let text =
      scores.length === 0
        ? `${formatCount(own.length, noun)}, none scored yet`
        : `${missed} of ${formatCount(scores.length, noun)} below ${target}`;
    if (unscored > 0 && scores.length > 0) text += ` (${unscored} not scored)`;
    return [{ kind, scored: scores.length, missed, unscored, text }];
  });
}

/** The quarter's overall score: the mean of its objectives' scores, unscored ones left out. */
export function quarterScore(objectiveScores: readonly (number | null)[]): number | null {
  const scores = objectiveScores.filter((s): s is number => s !== null && Number.isFinite(s));
  if (scores.length === 0) return null;
  return roundScore(scores.reduce((a, b) => a + b, 0) / scores.length);
}
