import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatOrdinal,
  formatValueColumn,
  formatCompact,
  formatDate,
  formatDateTime,
  formatNumber,
  formatOptionalValue,
  formatScore,
  formatShortDate,
  formatValue,
  pluralOf,
} from '@shared/domain/format';
import { parseNumber } from '@shared/domain/numbers';
import { computedScore } from '@shared/domain/scoring/score';

describe('formatNumber', () => {
  it('groups thousands and shows every stored digit, in English whatever the locale', () => {
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatNumber(0.085)).toBe('0.085');
    expect(formatNumber(0.00005)).toBe('0.00005');
    expect(formatNumber(-3)).toBe('-3');
    expect(formatNumber(12_345_678.123)).toBe('12,345,678.123');
  });

  it('drops the float noise of arithmetic and never shows −0', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('shows any number a person could type (15 significant digits) so it reads back the same', () => {
    fc.assert(
      fc.property(fc.double({ min: -9.99e14, max: 9.99e14, noNaN: true }), (n) => {
        const typed = Number(n.toPrecision(15)) + 0;
        expect(parseNumber(formatNumber(typed))).toEqual({ ok: true, value: typed });
      }),
    );
  });
});

describe('formatValue', () => {
  it.each([
    [3.2, 's', '3.2 s'],
    [94, '%', '94%'],
    [8, 'incidents', '8 incidents'],
    [8, 'count', '8'],
    [8, ' ', '8'],
    [1.5, '$', '$1.50'],
    [2, '$', '$2'],
    [1200, '$', '$1,200'],
    [1234.5, '£', '£1,234.50'],
    [-5, '€', '-€5'],
    [3, 'x', '3x'],
    [21.5, '°C', '21.5°C'],
    [1234567, 'users', '1,234,567 users'],
    [1, 'days', '1 day'],
    [1, 'incidents', '1 incident'],
    [-1, 'queries', '-1 query'],
    [1, 'patches', '1 patch'],
    [1, 's', '1 s'],
    [1, 'mins', '1 min'],
    [1, 'hrs', '1 hr'],
    [1, 'ms', '1 ms'],
    [1, 'process', '1 process'],
    [2, 'days', '2 days'],
  ])('writes %d %j as %j', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it('shows as many digits as a score needs to be recomputed from the page', () => {
    // A stored 0.085 once printed as $0.09, so the page seemed to contradict its own score.
    expect(formatValue(0.085, '$')).toBe('$0.085');
    const kr = { baseline: 0.1, target: 0.05, direction: 'decrease' as const, isMilestone: false };
    const printed = formatValue(0.085, '$').slice(1);
    expect(computedScore(kr, Number(printed))).toBe(computedScore(kr, 0.085));
  });

  it('writes a missing value as an en dash', () => {
    expect(formatOptionalValue(null, 's')).toBe('–');
    expect(formatOptionalValue(2, 's')).toBe('2 s');
  });
});

describe('formatScore', () => {
  it('writes a score with one decimal, or an en dash', () => {
    expect(formatScore(0.7)).toBe('0.7');
    expect(formatScore(1)).toBe('1.0');
    expect(formatScore(0)).toBe('0.0');
    expect(formatScore(null)).toBe('–');
  });
});

describe('formatCompact (chart axes)', () => {
  it('writes numbers short: 1.5, 120, 99.95, 1.2k, 3.4M', () => {
    expect(formatCompact(1.5)).toBe('1.5');
    expect(formatCompact(120)).toBe('120');
    expect(formatCompact(99.95)).toBe('99.95');
    expect(formatCompact(1200)).toBe('1.2k');
    expect(formatCompact(18500)).toBe('18.5k');
    expect(formatCompact(3_400_000)).toBe('3.4M');
    expect(formatCompact(0.0042)).toBe('0.0042');
    expect(formatCompact(-2.5)).toBe('-2.5');
    expect(formatCompact(-0)).toBe('0');
    expect(formatCompact(Number.NaN)).toBe('–');
  });

  it('gives axis ticks the precision of their step, so neighbours never read the same', () => {
    const ticks = [1000, 1250, 1500, 1750, 2000];
    expect(ticks.map((t) => formatCompact(t, 250))).toEqual(['1k', '1.25k', '1.5k', '1.75k', '2k']);
    expect([0, 0.5, 1].map((t) => formatCompact(t, 0.5))).toEqual(['0', '0.5', '1']);
    expect([99.9, 99.95, 100].map((t) => formatCompact(t, 0.05))).toEqual(['99.9', '99.95', '100']);
  });
});

describe('formatBytes', () => {
  it('formats sizes the way people read them', () => {
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
  });
});

describe('dates', () => {
  it('writes a day in English whatever the locale: 4 Jan 2027, 14 Feb', () => {
    expect(formatDate('2027-01-04')).toBe('4 Jan 2027');
    expect(formatDate('2026-12-31')).toBe('31 Dec 2026');
    expect(formatShortDate('2027-02-14')).toBe('14 Feb');
    expect(formatShortDate('2027-01-05')).toBe('5 Jan');
    expect(formatShortDate('2027-12-31')).toBe('31 Dec');
  });

  it('shows the day of a timestamp, and text that is not a day as it is', () => {
    expect(formatDate('2027-04-02T09:30:00.000Z')).toBe('2 Apr 2027');
    expect(formatDate('someday')).toBe('someday');
    expect(formatShortDate('2027-02-30')).toBe('2027-02-30');
  });

  it('writes a moment as the local day and a 24-hour time', () => {
    expect(formatDateTime(new Date(2027, 0, 4, 9, 5))).toBe('4 Jan 2027, 09:05');
    expect(formatDateTime(new Date(2027, 11, 31, 23, 59))).toBe('31 Dec 2027, 23:59');
  });
});

describe('formatValueColumn', () => {
  it('gives every value in a column the decimals of the most precise one, never fewer', () => {
    expect(formatValueColumn([96, 96.6, null], '%')).toEqual(['96.0%', '96.6%', '–']);
    expect(formatValueColumn([3, 2.5], 's')).toEqual(['3.0 s', '2.5 s']);
    expect(formatValueColumn([0.12, 0.085, 0.1], '$')).toEqual(['$0.120', '$0.085', '$0.100']);
    expect(formatValueColumn([2, 1.5], '$')).toEqual(['$2.00', '$1.50']);
    expect(formatValueColumn([1200, 8], 'count')).toEqual(['1,200', '8']);
    expect(formatValueColumn([0.1 + 0.2, 1], '')).toEqual(['0.3', '1.0']);
  });

  it('keeps every stored digit: each text reads back as its value', () => {
    const typed = fc
      .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 9 }))
      .map(([n, k]) => n / 10 ** k + 0);
    fc.assert(
      fc.property(fc.array(typed, { maxLength: 6 }), (xs) => {
        formatValueColumn(xs, '').forEach((text, i) => {
          expect(parseNumber(text)).toEqual({ ok: true, value: xs[i] });
        });
      }),
    );
  });

  it('writes a column of tiny values (more than 20 decimals) instead of failing', () => {
    // Intl on Node 20 refuses more than 20 fraction digits; the export of such a quarter failed.
    expect(formatValueColumn([1e-21, 1], 'm')).toEqual([
      '0.000000000000000000001 m',
      '1.000000000000000000000 m',
    ]);
  });
});

describe('counts and ordinals', () => {
  it.each([
    [4, 'dependency', '4 dependencies'],
    [1, 'dependency', '1 dependency'],
    [1, 'day', '1 day'],
    [3, 'day', '3 days'],
    [0, 'key result', '0 key results'],
    [2, 'match', '2 matches'],
    [1200, 'check-in', '1,200 check-ins'],
  ])('counts %d %s as %j', (n, noun, text) => {
    expect(formatCount(n, noun)).toBe(text);
  });

  it('takes an irregular plural and pluralises the last word of a phrase', () => {
    expect(formatCount(3, 'person', 'people')).toBe('3 people');
    expect(pluralOf('quarter retro')).toBe('quarter retros');
  });

  it('names the first ten places in words, then in figures', () => {
    expect([1, 2, 3, 10].map(formatOrdinal)).toEqual(['first', 'second', 'third', 'tenth']);
    expect([11, 12, 13, 21, 22, 23, 101].map(formatOrdinal)).toEqual([
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
    ]);
  });
});
