import { describe, expect, it } from 'vitest';
import { PATH_GROUPS, parseOptions } from '../../../../scripts/bench/options';
import { formatTable, shapeProblem, type BenchResults } from '../../../../scripts/bench/report';
import { summarizePath } from '../../../../scripts/bench/stats';
import { LARGE, QUICK_LARGE } from '../../../../scripts/bench/workload';

function results(): BenchResults {
  return {
    paths: [
      summarizePath({ name: 'cold start (large) vs floor', app: [602, 650], floor: [106, 110] }),
      summarizePath({
        name: 'CLI export',
        app: [2300, 2500],
        floor: [900, 1000],
        details: { peak_rss_mb: 410, peak_rss_median_ratio: 2 },
      }),
    ],
    initial_js_gzip_bytes: 299_602,
    max_dom_nodes: 1393,
    meta: { mode: 'full' },
  };
}

describe('bench results', () => {
  it('have the shape other tools read, through a JSON round trip', () => {
    const json = JSON.parse(JSON.stringify(results())) as unknown;
    expect(shapeProblem(json)).toBeNull();
    expect(Object.keys((json as BenchResults).paths[0]!)).toEqual([
      'name',
      'app_ms',
      'floor_ms',
      'ratio_min',
      'ratio_median',
      'ratio_max',
      'runs',
    ]);
  });

  it('name what is wrong with a broken shape', () => {
    const broken = results();
    expect(shapeProblem({ ...broken, max_dom_nodes: 1.5 })).toMatch(/max_dom_nodes/);
    expect(shapeProblem({ ...broken, paths: [] })).toMatch(/paths/);
    const row = { ...broken.paths[0]!, ratio_min: 9 };
    expect(shapeProblem({ ...broken, paths: [row] })).toMatch(/min ≤ median ≤ max/);
    const { runs: _runs, ...noRuns } = broken.paths[0]!;
    expect(shapeProblem({ ...broken, paths: [noRuns] })).toMatch(/runs/);
  });

  it('print a table of path, app, floor and ratios, then the extras', () => {
    const lines = formatTable(results()).split('\n');
    expect(lines[0]).toMatch(/^path\s+\|\s+app \|\s+floor \| ratio min\/median\/max$/);
    expect(lines[2]).toMatch(/^cold start \(large\) vs floor \| +626 ms \| +108 ms \| 5\.68× \/ /);
    expect(lines[3]).toMatch(/^CLI export +\| +2\.4 s \| 950 ms \| 2\.50× \/ 2\.53× \/ 2\.56×$/);
    const text = lines.join('\n');
    expect(text).toContain('CLI export: peak rss 410 MB, peak rss median 2.00×');
    expect(text).toContain('initial renderer JS, gzip: 299.6 KB');
    expect(text).toContain('DOM nodes, largest screen: 1393');
  });
});

describe('bench options', () => {
  it('run 5 times on the large workspace, or 3 on 5 teams with --quick', () => {
    const all = new Set(PATH_GROUPS);
    expect(parseOptions([])).toEqual({ mode: 'full', runs: 5, large: LARGE, only: all });
    expect(parseOptions(['--quick'])).toEqual({
      mode: 'quick',
      runs: 3,
      large: QUICK_LARGE,
      only: all,
    });
    expect(parseOptions(['--only', 'cold,cli']).only).toEqual(new Set(['cold', 'cli']));
    expect(() => parseOptions(['--only', 'cold,warm'])).toThrow(/unknown group warm/);
    expect(parseOptions(['--quick', '--runs', '4']).runs).toBe(4);
  });

  it('refuse what they do not know, with the usage', () => {
    expect(() => parseOptions(['--fast'])).toThrow(/unknown argument --fast[\s\S]*usage/);
    expect(() => parseOptions(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseOptions(['--runs'])).toThrow(/--runs/);
  });
});
