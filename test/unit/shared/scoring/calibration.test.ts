import { describe, expect, it } from 'vitest';
import {
  calibrateQuarter,
  calibrationHistory,
  historyFindings,
} from '../../../../shared/domain/scoring/calibration';
import type { QuarterScores } from '../../../../shared/domain/scoring/calibration';

const QUARTER_START: Record<string, string> = {
  '2026-Q1': '2026-01-01',
  '2026-Q2': '2026-04-01',
  '2026-Q3': '2026-07-01',
  '2026-Q4': '2026-10-01',
};

/** A quarter whose KRs scored `scores`, with last confidences when given. */
function quarter(
  label: string,
  scores: readonly (number | null)[],
  confidences: readonly (number | null)[] = [],
): QuarterScores {
  return {
    cycleId: `c-${label}`,
    label,
    startDate: QUARTER_START[label] ?? '2027-01-01',
    scores: scores.map((score, i) => ({
      keyResultId: `${label}-kr${i}`,
      score,
      lastConfidence: confidences[i] ?? null,
    })),
  };
}

describe('calibrateQuarter', () => {
  it('averages the scored KRs and counts the shares at 1.0 and at 0.3 or below', () => {
    const q = quarter('2026-Q1', [1, 0.7, 0.4, 0.2, null], [90, 70, 50, 20, 60]);
    const c = calibrateQuarter(q);
    expect(c).toMatchObject({ cycleId: 'c-2026-Q1', label: '2026-Q1', scored: 4 });
    expect(c.averageScore).toBeCloseTo(0.575, 10);
    expect(c.shareAtOne).toBe(0.25);
    expect(c.shareAtOrBelow03).toBe(0.25);
  });

  it('measures how far the last confidence was from the final score', () => {
    const q = quarter('2026-Q1', [1, 0.7, 0.4, 0.2, null], [90, 70, 50, 20, 60]);
    const c = calibrateQuarter(q);
    // |0.9−1| + |0.7−0.7| + |0.5−0.4| + |0.2−0.2| = 0.2 over 4 pairs.
    expect(c.confidenceError).toBeCloseTo(0.05, 10);
    // Pearson r: sxy 0.3075 / √(sxx 0.2675 × syy 0.3675).
    expect(c.confidenceCorrelation).toBeCloseTo(0.3075 / Math.sqrt(0.2675 * 0.3675), 10);
    expect(c.confidenceCorrelation).toBeCloseTo(0.9807, 4);
  });

  it('finds a perfect and an inverse correlation', () => {
    const right = calibrateQuarter(quarter('2026-Q1', [0.2, 0.5, 0.8], [20, 50, 80]));
    expect(right.confidenceError).toBeCloseTo(0, 10);
    expect(right.confidenceCorrelation).toBeCloseTo(1, 10);
    const wrong = calibrateQuarter(quarter('2026-Q1', [0.8, 0.5, 0.2], [20, 50, 80]));
    expect(wrong.confidenceError).toBeCloseTo(0.4, 10);
    expect(wrong.confidenceCorrelation).toBeCloseTo(-1, 10);
  });

  it('gives no correlation with fewer than three pairs or no variance', () => {
    expect(calibrateQuarter(quarter('2026-Q1', [0.2, 0.8], [20, 80])).confidenceCorrelation).toBe(
      null,
    );
    // Three scores but only two with a confidence.
    const twoPairs = calibrateQuarter(quarter('2026-Q1', [0.2, 0.5, 0.8], [20, null, 80]));
    expect(twoPairs.confidenceCorrelation).toBeNull();
    expect(twoPairs.confidenceError).toBeCloseTo(0, 10);
    const flatScores = calibrateQuarter(quarter('2026-Q1', [1, 1, 1], [20, 50, 80]));
    expect(flatScores.confidenceCorrelation).toBeNull();
    const flatConfidence = calibrateQuarter(quarter('2026-Q1', [0.2, 0.5, 0.8], [70, 70, 70]));
    expect(flatConfidence.confidenceCorrelation).toBeNull();
  });

  it('judges the shares on rounded scores', () => {
    const c = calibrateQuarter(quarter('2026-Q1', [0.96, 0.34, 0.35, 0.5]));
    expect(c.shareAtOne).toBe(0.25);
    expect(c.shareAtOrBelow03).toBe(0.25);
  });

  it('is all null for a quarter with nothing scored', () => {
    expect(calibrateQuarter(quarter('2026-Q1', [null, null], [50, 60]))).toEqual({
      cycleId: 'c-2026-Q1',
      label: '2026-Q1',
      averageScore: null,
      shareAtOne: null,
      shareAtOrBelow03: null,
      scored: 0,
      confidenceError: null,
      confidenceCorrelation: null,
    });
  });
});

describe('calibrationHistory', () => {
  it('calibrates every quarter, oldest first', () => {
    const history = calibrationHistory([
      quarter('2026-Q4', [1]),
      quarter('2026-Q2', [0.5]),
      quarter('2026-Q3', []),
    ]);
    expect(history.map((c) => [c.label, c.averageScore])).toEqual([
      ['2026-Q2', 0.5],
      ['2026-Q3', null],
      ['2026-Q4', 1],
    ]);
  });
});

describe('historyFindings', () => {
  const findingsFor = (...quarters: QuarterScores[]) =>
    historyFindings(calibrationHistory(quarters));

  it('flags sandbagging when most KRs scored 1.0 in each of the two latest quarters', () => {
    const findings = findingsFor(
      quarter('2026-Q3', [1, 1, 1, 1, 0.6]),
      quarter('2026-Q4', [1, 1, 1, 0.7]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'sandbagging-history',
      severity: 'warning',
      message: 'In 2026-Q3 and 2026-Q4, 80% and 75% of key results scored 1.0.',
      quarters: ['2026-Q3', '2026-Q4'],
    });
    expect(findings[0]?.why).not.toBe('');
    expect(findings[0]?.suggestion).not.toBe('');
  });

  it('says nothing when only one of the two quarters was mostly at 1.0', () => {
    expect(
      findingsFor(quarter('2026-Q3', [1, 1, 1, 1, 0.6]), quarter('2026-Q4', [1, 1, 0.7, 0.5])),
    ).toEqual([]);
    // An older sandbagged pair does not count once the latest quarter is healthy.
    expect(
      findingsFor(
        quarter('2026-Q2', [1, 1, 1]),
        quarter('2026-Q3', [1, 1, 0.5]),
        quarter('2026-Q4', [0.7, 0.8]),
      ),
    ).toEqual([]);
  });

  it('needs more than half, not half', () => {
    expect(findingsFor(quarter('2026-Q3', [1, 0.5]), quarter('2026-Q4', [1, 1, 1]))).toEqual([]);
  });

  it('says nothing with a single scored quarter', () => {
    expect(findingsFor(quarter('2026-Q4', [1, 1, 1]))).toEqual([]);
    expect(historyFindings([])).toEqual([]);
  });

  it('flags disconnection when most KRs scored 0.3 or below twice running', () => {
    const findings = findingsFor(
      quarter('2026-Q1', [0.1, 0.2, 0, 0.9]),
      quarter('2026-Q2', [0.3, 0.3, 0.5]),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'disconnected-history',
        severity: 'warning',
        message: 'In 2026-Q1 and 2026-Q2, 75% and 67% of key results scored 0.3 or below.',
        quarters: ['2026-Q1', '2026-Q2'],
      }),
    ]);
  });

  it('skips quarters with no scores', () => {
    const findings = findingsFor(
      quarter('2026-Q2', [1, 1, 1]),
      quarter('2026-Q3', [1, 1, 0.5]),
      quarter('2026-Q4', [null, null]),
    );
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      ['sandbagging-history', 'In 2026-Q2 and 2026-Q3, 100% and 67% of key results scored 1.0.'],
    ]);
  });
});
