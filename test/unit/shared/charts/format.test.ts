import { describe, expect, it } from 'vitest';
import { formatCompact, formatDayLabel, formatWithUnit, parseDay } from '@shared/charts/format';

describe('formatCompact', () => {
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

describe('formatWithUnit', () => {
  it('writes units the way people do', () => {
    expect(formatWithUnit(3.2, 's')).toBe('3.2 s');
    expect(formatWithUnit(40, '%')).toBe('40%');
    expect(formatWithUnit(1200, '$')).toBe('$1.2k');
    expect(formatWithUnit(-5, '€')).toBe('-€5');
    expect(formatWithUnit(8, 'incidents')).toBe('8 incidents');
    expect(formatWithUnit(8, ' ')).toBe('8');
  });
});

describe('dates', () => {
  it('reads YYYY-MM-DD as a UTC day and rejects what is not a calendar day', () => {
    expect(parseDay('2027-02-28')?.toISOString()).toBe('2027-02-28T00:00:00.000Z');
    expect(parseDay('2027-02-30')).toBeNull();
    expect(parseDay('2027-2-3')).toBeNull();
    expect(parseDay('yesterday')).toBeNull();
  });

  it('labels days in English whatever the locale: 4 Jan, 1 Feb, 31 Dec 2026', () => {
    expect(formatDayLabel(parseDay('2027-01-04')!)).toBe('4 Jan');
    expect(formatDayLabel(parseDay('2027-02-01')!)).toBe('1 Feb');
    expect(formatDayLabel(parseDay('2026-12-31')!, true)).toBe('31 Dec 2026');
  });
});
