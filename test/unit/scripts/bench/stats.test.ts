import { describe, expect, it } from 'vitest';
import { median, summarizePath } from '../../../../scripts/bench/stats';

describe('bench statistics', () => {
  it('take the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('pair each app run with the floor run taken beside it', () => {
    const result = summarizePath({
      name: 'cold start',
      app: [600, 300, 900],
      floor: [100, 100, 300],
    });
    // Ratios 6, 3, 3: a ratio of medians (600 / 100) would say 6.
    expect(result).toEqual({
      name: 'cold start',
      app_ms: 600,
      floor_ms: 100,
      ratio_min: 3,
      ratio_median: 3,
      ratio_max: 6,
      runs: 3,
    });
  });

  it('round times to 0.1 ms and ratios to three places, and keep details', () => {
    const result = summarizePath({
      name: 'backup',
      app: [10.04, 20.06],
      floor: [3, 3],
      details: { longest_task_ms: 900 },
    });
    expect(result.app_ms).toBe(15.1);
    expect(result.ratio_min).toBe(3.347);
    expect(result.ratio_max).toBe(6.687);
    expect(result.details).toEqual({ longest_task_ms: 900 });
  });

  it('refuse runs that cannot be paired, and floors of no time', () => {
    expect(() => summarizePath({ name: 'x', app: [1, 2], floor: [1] })).toThrow(/as many/);
    expect(() => summarizePath({ name: 'x', app: [], floor: [] })).toThrow(/as many/);
    expect(() => summarizePath({ name: 'x', app: [1], floor: [0] })).toThrow(/no time/);
  });
});
