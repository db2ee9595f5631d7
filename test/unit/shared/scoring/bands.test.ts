import { describe, expect, it } from 'vitest';
import {
  BAND_INFO,
  bandDistribution,
  bandOf,
  expectationFor,
} from '../../../../shared/domain/scoring/bands';

describe('bandOf', () => {
  it.each([
    [0, 'failed'],
    [0.3, 'failed'],
    [0.34, 'failed'],
    [0.1 + 0.2, 'failed'],
    [0.35, 'short'],
    [0.4, 'short'],
    [0.6, 'short'],
    [0.64, 'short'],
    [0.65, 'strong'],
    [0.7, 'strong'],
    [0.9, 'strong'],
    [0.94, 'strong'],
    [0.95, 'perfect'],
    [1, 'perfect'],
  ] as const)('puts %s in %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
  });

  it('puts out-of-range scores at the ends', () => {
    expect(bandOf(-0.2)).toBe('failed');
    expect(bandOf(1.3)).toBe('perfect');
  });
});

describe('BAND_INFO', () => {
  it('names each band, its range and what it means', () => {
    expect(BAND_INFO.failed).toEqual({
      label: 'Failed or did not start',
      range: '0.0–0.3',
      meaning: 'Failed or did not start: investigate why.',
    });
    expect(BAND_INFO.short.range).toBe('0.4–0.6');
    expect(BAND_INFO.short.meaning).toContain('expected for stretch goals');
    expect(BAND_INFO.strong).toMatchObject({ label: 'Strong delivery', range: '0.7–0.9' });
    expect(BAND_INFO.strong.meaning).toContain('the sweet spot');
    expect(BAND_INFO.perfect).toMatchObject({ label: 'Perfect', range: '1.0' });
    expect(BAND_INFO.perfect.meaning).toContain('the goal may have been too easy');
  });
});

describe('expectationFor', () => {
  it('judges committed objectives against 1.0 and aspirational ones against 0.7', () => {
    expect(expectationFor('committed')).toEqual({
      target: 1,
      label: 'Committed: judged against 1.0',
    });
    expect(expectationFor('aspirational')).toEqual({
      target: 0.7,
      label: 'Aspirational: 0.7 is success',
    });
  });
});

describe('bandDistribution', () => {
  it('counts scores per band and the unscored', () => {
    expect(bandDistribution([0, 0.3, 0.35, 0.6, 0.7, 0.9, 1, 1, null, null])).toEqual({
      failed: 2,
      short: 2,
      strong: 2,
      perfect: 2,
      unscored: 2,
    });
  });

  it('is all zeros for no scores', () => {
    expect(bandDistribution([])).toEqual({
      failed: 0,
      short: 0,
      strong: 0,
      perfect: 0,
      unscored: 0,
    });
  });
});
