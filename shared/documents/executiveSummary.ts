import { formatScore } from '../domain/format';
import { BAND_INFO, BANDS, bandDistribution } from '../domain/scoring/bands';
import { kindVerdicts, quarterScore } from '../domain/scoring/judgement';
import type {
  BandCount,
  CycleRetroSection,
  DependencyRow,
  ExecutiveSummary,
  KeyResultSection,
  NamedKeyResult,
  ObjectiveSection,
} from './types';

function named(kr: KeyResultSection, objective: ObjectiveSection): NamedKeyResult {
  return {
    id: kr.id,
    title: kr.title,
    objectiveNumber: objective.number,
    scoreText: kr.scoreText,
    verdict: kr.verdict,
  };
}

/** Key results per band, worst first, leaving out empty bands; none when nothing is scored. */
function distributionOf(krs: readonly KeyResultSection[]): BandCount[] {
  const counts = bandDistribution(krs.map((kr) => kr.score));
  if (counts.unscored === krs.length) return [];
  const bands: BandCount[] = BANDS.map((band) => ({
    band,
    label: BAND_INFO[band].label,
    range: BAND_INFO[band].range,
    count: counts[band],
  }));
  bands.push({ band: 'unscored', label: 'Not scored', range: '–', count: counts.unscored });
  return bands.filter((b) => b.count > 0);
}

/** The asks, one a line, without bullets people typed themselves. */
function asksOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '');
}

/**
 * Page one, drawn from the same sections as the scorecard so the two always name the same
 * key results: the headline, the overall score, the verdict per kind and the objectives that
 * missed, the key results at 0.0–0.3, every override, the dependencies that failed or are at
 * risk, and what the team asks for and carries into next quarter.
 */
export function executiveSummary(
  objectives: readonly ObjectiveSection[],
  dependencies: readonly DependencyRow[],
  retro: CycleRetroSection | null,
): ExecutiveSummary {
  const pairs = objectives.flatMap((o) => o.keyResults.map((kr) => ({ kr, o })));
  const krs = pairs.map((p) => p.kr);
  const overall = quarterScore(objectives.map((o) => o.score));
  return {
    headline: retro?.headline.trim() ?? '',
    overallScore: overall,
    overallScoreText: formatScore(overall),
    verdicts: kindVerdicts(objectives),
    misses: objectives
      .filter((o) => o.isMet === false)
      .map((o) => ({
        id: o.id,
        number: o.number,
        title: o.title,
        kindLabel: o.kindLabel,
        scoreText: o.scoreText,
        verdict: o.verdict,
      })),
    lowKeyResults: pairs.filter(({ kr }) => kr.band === 'failed').map(({ kr, o }) => named(kr, o)),
    overrides: pairs
      .filter(({ kr }) => kr.isOverridden)
      .map(({ kr, o }) => ({
        ...named(kr, o),
        computedScoreText: kr.computedScoreText,
        reason: kr.overrideReason,
      })),
    riskyDependencies: dependencies.filter(
      (d) => d.outcome === 'failed' || d.outcome === 'at-risk',
    ),
    asks: asksOf(retro?.asks ?? ''),
    carriedForward: krs.filter((kr) => kr.isCarriedForward).map((kr) => kr.title),
    carriedIn: pairs.filter(({ kr }) => kr.lineage !== null).map(({ kr, o }) => named(kr, o)),
    distribution: distributionOf(krs),
    objectiveCount: objectives.length,
    keyResultCount: krs.length,
    scoredCount: krs.filter((kr) => kr.score !== null).length,
  };
}
