import { describe, expect, it } from 'vitest';
import { buildReviewDocument, documentKind, reviewFileName } from '@shared/documents/model';
import { quarterFixture } from './fixture';

describe('buildReviewDocument', () => {
  const doc = buildReviewDocument(quarterFixture());

  it('puts team, quarter, dates and the generated date on the cover', () => {
    expect(doc.cover).toMatchObject({
      teamName: 'Payments Platform',
      teamFunction: 'Platform / infrastructure',
      quarter: '2027-Q1',
      startDate: '2027-01-04',
      endDate: '2027-03-31',
      dateRange: '4 Jan 2027 – 31 Mar 2027',
      generatedOn: '2 Apr 2027',
    });
  });

  it('orders objectives and key results by their order', () => {
    expect(doc.objectives.map((o) => o.id)).toEqual(['o-1', 'o-2']);
    expect(doc.objectives[0]!.keyResults.map((kr) => kr.id)).toEqual(['kr-1', 'kr-2']);
    expect(doc.objectives.map((o) => o.number)).toEqual([1, 2]);
  });

  it('judges objective scores by kind: a committed 0.8 is a miss, an aspirational 0.8 a success', () => {
    expect(doc.objectives.map((o) => [o.title, o.scoreText, o.verdict, o.isMet])).toEqual([
      ['Make checkout payments fast', '0.8', 'Missed: close', false],
      ['Make payment incidents rare', '0.8', 'Success', true],
    ]);
    expect(doc.objectives[1]!.expectation).toBe('Aspirational: 0.7 is success');
    const counts = Object.fromEntries(doc.executive.distribution.map((d) => [d.band, d.count]));
    expect(counts).toEqual({ short: 1, strong: 2, perfect: 1 });
  });

  it('gives each key result its values, score, verdict and override with the computed score', () => {
    const [kr1, kr2] = doc.objectives[0]!.keyResults;
    expect(kr1).toMatchObject({
      ref: '1.1',
      baselineToTarget: '2.4 s → 1.5 s',
      directionLabel: 'Decrease',
      finalValue: 1.7,
      finalValueText: '1.7 s',
      scoreText: '0.8',
      band: 'strong',
      verdict: 'Missed: close',
      progressText: '78% of the way to target',
      isOverridden: false,
      lastConfidenceText: '70%',
      isCarriedForward: true,
    });
    expect(kr2!.finalValueText).toBe('91%');
    const kr4 = doc.objectives[1]!.keyResults[1]!;
    expect(kr4).toMatchObject({
      scoreText: '0.5',
      verdict: 'Progress but short',
      isOverridden: true,
      computedScoreText: '0.5',
      overrideReason: 'Two incidents came from a vendor outage, not our code.',
    });
  });

  it('shows a milestone as Done or Not done, charted by its confidence alone', () => {
    const runbook = doc.objectives[1]!.keyResults[0]!;
    expect(runbook).toMatchObject({
      isMilestone: true,
      baselineToTarget: 'Milestone',
      finalValueText: 'Done',
      verdict: 'Done',
    });
    expect(runbook.chart?.series.map((s) => s.id)).toEqual(['at-risk', 'confidence']);
  });

  it('lists only effective check-ins, marks corrections, and charts them over the quarter', () => {
    const kr1 = doc.objectives[0]!.keyResults[0]!;
    expect(kr1.checkIns.map((c) => [c.date, c.value, c.isCorrection])).toEqual([
      ['2027-01-18', 2.3, false],
      ['2027-02-01', 2.1, true],
      ['2027-03-01', 1.7, false],
    ]);
    const actual = kr1.chart?.series.find((s) => s.id === 'actual');
    expect(actual?.points.map((p) => p.value)).toEqual([2.3, 2.1, 1.7]);
    // Confidence is drawn too, on its own axis, so a fall in confidence shows.
    const confidence = kr1.chart?.series.find((s) => s.id === 'confidence');
    expect(confidence?.points.map((p) => p.value)).toEqual([70, 70, 70]);
    expect(kr1.chart?.secondary?.label).toBe('Confidence');
  });

  it('never logs or charts a check-in outside the quarter, one held before it reads as of its first day', () => {
    const data = quarterFixture();
    const early = { ...data.checkIns[0]!, id: 'ci-early', date: '2026-12-01', value: 2.5 };
    const kr1 = buildReviewDocument({ ...data, checkIns: [early, ...data.checkIns] }).objectives[0]!
      .keyResults[0]!;
    expect(kr1.checkIns[0]).toMatchObject({ date: data.cycle.startDate, value: 2.5 });
    const actual = kr1.chart?.series.find((s) => s.id === 'actual');
    expect(actual?.points.every((p) => p.date >= data.cycle.startDate)).toBe(true);
  });

  it('carries retros, the cycle retro by title, dependencies and the carry-forward list', () => {
    expect(doc.objectives[0]!.keyResults[0]!.retro?.learned).toBe('Measure first.\nThen tune.');
    expect(doc.objectives[1]!.keyResults[0]!.retro).toBeNull();
    expect(
      doc.cycleRetro?.calibration.map((c) => `${c.keyResultTitle}: ${c.verdictLabel}`),
    ).toEqual([
      'Ship the PSP failover runbook: Too easy',
      'Reduce payment incidents to 2 a quarter: Too hard',
    ]);
    expect(doc.cycleRetro?.objectivesMatteredLess).toEqual(['Make payment incidents rare']);
    expect(doc.dependencies).toEqual([
      expect.objectContaining({
        team: 'Database Reliability',
        forTitle: 'Cut p95 payment latency to 1.5 s',
        byDateText: '15 Feb 2027',
        statusLabel: 'Resolved',
      }),
    ]);
    expect(doc.carryForward.map((c) => [c.title, c.lastValueText])).toEqual([
      ['Cut p95 payment latency to 1.5 s', '1.7 s'],
      ['Reduce payment incidents to 2 a quarter', '4 incidents'],
    ]);
  });

  it('copes with a quarter that has no retro, check-ins or key results', () => {
    const data = quarterFixture();
    const empty = buildReviewDocument({
      ...data,
      keyResults: [],
      checkIns: [],
      keyResultRetros: [],
      cycleRetro: null,
      dependencies: [],
    });
    expect(empty.objectives.every((o) => o.scoreText === '–' && o.verdict === 'Not scored')).toBe(
      true,
    );
    expect(empty.executive.distribution).toEqual([]);
    expect(empty.cycleRetro).toBeNull();
  });
});

describe('reviewFileName', () => {
  it('builds a safe name from team and quarter', () => {
    const doc = buildReviewDocument(quarterFixture());
    expect(reviewFileName(doc, 'md')).toBe('Payments-Platform-2027-Q1-review.md');
    expect(reviewFileName(doc, '.docx')).toBe('Payments-Platform-2027-Q1-review.docx');
    const odd = { ...doc, cover: { ...doc.cover, teamName: '../Équipe: A/B <x>' } };
    expect(reviewFileName(odd, 'html')).toBe('Equipe-A-B-x-2027-Q1-review.html');
    const blank = { ...doc, cover: { ...doc.cover, teamName: '***' } };
    expect(reviewFileName(blank, 'csv')).toBe('Team-2027-Q1-review.csv');
  });
});

describe('documentKind', () => {
  it('calls a quarter a plan only while it is set and nothing is checked in', () => {
    expect(documentKind('setting', false)).toBe('plan');
    expect(documentKind('setting', true)).toBe('progress');
    expect(documentKind('checkins', false)).toBe('progress');
    expect(documentKind('scoring', true)).toBe('review');
    expect(documentKind('closed', true)).toBe('review');
  });
});
