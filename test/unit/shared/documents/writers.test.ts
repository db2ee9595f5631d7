import { describe, expect, it } from 'vitest';
import { parseCsv } from '@shared/domain/csv';
import {
  CHECK_IN_CSV_COLUMNS,
  KEY_RESULT_CSV_COLUMNS,
  csvField,
  toCheckInsCsv,
  toKeyResultsCsv,
} from '@shared/documents/csv';
import { toHtml } from '@shared/documents/html';
import { toMarkdown } from '@shared/documents/markdown';
import { buildReviewDocument } from '@shared/documents/model';
import { quarterFixture } from './fixture';
import { realisticQuarter } from './realisticQuarter';

const doc = buildReviewDocument(quarterFixture());

function records(csv: string): string[][] {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.records.map((r) => r.fields);
}

describe('toMarkdown', () => {
  const md = toMarkdown(doc);

  it('has real headings for the document, summary, objectives, key results and closing sections', () => {
    expect(md.startsWith('# Payments Platform: 2027-Q1 quarterly review\n')).toBe(true);
    for (const heading of [
      '## Summary',
      '## Scorecard',
      '## 1. Make checkout payments fast',
      '## 2. Make payment incidents rare',
      '### 1.1 Cut p95 payment latency to 1.5 s',
      '## Cycle retrospective',
      '## Dependencies',
      '## Carry forward',
      '## Appendix: check-in log',
    ]) {
      expect(md).toContain(`\n${heading}\n`);
    }
  });

  it('shows the scorecard and the check-in log as tables with the values', () => {
    expect(md).toContain(
      '| # | Key result | Owner | Baseline → target | Final | Score | Verdict | Conf. | Carried |',
    );
    expect(md).toContain(
      '| 1.1 | Cut p95 payment latency to 1.5 s | Ana | 2.4 s → 1.5 s | 1.7 s | 0.8 | Missed: close | 70% | to next quarter |',
    );
    expect(md).toContain('| 1 Feb 2027 (corrected) | 2.1 s | 70% |');
    expect(md).toContain('**Baseline → target:** 2.4 s → 1.5 s (decrease); **final:** 1.7 s');
    expect(md).toContain('> **Score overridden** from a computed 0.5');
    expect(md).toContain('**What we learned:** Measure first.\\\nThen tune.');
    expect(md).toContain(
      '| Cut p95 payment latency to 1.5 s | Make checkout payments fast | 1.7 s |',
    );
  });
});

describe('toHtml', () => {
  const html = toHtml(doc);

  it('is one self-contained file: inline SVG charts, a strict CSP, no scripts or URLs', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html.match(/<svg /g)).toHaveLength(4);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/<link|@import|url\(/i);
  });

  it('gives every chart its own ids', () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has page rules: page numbers, unsplit key results, no forced page breaks', () => {
    expect(html).toContain('@page');
    expect(html).toContain('counter(page) " / " counter(pages)');
    expect(html).toMatch(/\.kr \{[^}]*break-inside: avoid/);
    expect(html).not.toContain('break-before: page');
  });

  it('shows the cover, verdict chips and values', () => {
    expect(html).toContain('<h1>Payments Platform</h1>');
    expect(html).toContain('<span class="chip good">Missed: close</span>');
    expect(html).toContain('<span class="chip good">Success</span>');
    expect(html).toContain('2.4 s → 1.5 s');
    expect(html).toContain('Waiting on DB team, &quot;index&quot; change');
  });
});

describe('CSV', () => {
  it('writes key results with the plan-import columns plus the outcome', () => {
    const csv = toKeyResultsCsv(doc);
    expect(csv.split('\r\n')[0]).toBe(KEY_RESULT_CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[^\r]\n/);
    const rows = records(csv);
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual([
      'Payments Platform',
      '2027-Q1',
      'Make checkout payments fast',
      'committed',
      '',
      'Cut p95 payment latency to 1.5 s',
      'p95 latency of /pay',
      's',
      '2.4',
      '1.5',
      'decrease',
      'Grafana dashboard "payments"',
      'Ana',
      'Team',
      '1.7',
      '0.8',
      '0.8',
      'no',
      '',
      'strong',
      'Missed: close',
      '70',
      'no',
      '',
      'yes',
      '0.8',
    ]);
    expect(csv).toContain('"Grafana dashboard ""payments"""');
  });

  it('writes one row per effective check-in, marking corrections', () => {
    const csv = toCheckInsCsv(doc);
    const rows = records(csv);
    expect(rows[0]).toEqual([...CHECK_IN_CSV_COLUMNS]);
    expect(rows).toHaveLength(13);
    expect(rows[2]).toEqual([
      'Payments Platform',
      '2027-Q1',
      'Make checkout payments fast',
      'Cut p95 payment latency to 1.5 s',
      '2027-02-01',
      '2.1',
      '70',
      'Rolled out connection pooling',
      '',
      'yes',
    ]);
    expect(rows.find((r) => r[7]?.startsWith('Idempotency'))?.[7]).toBe(
      'Idempotency keys,\nretry budget',
    );
  });

  it('quotes per RFC 4180 and guards text, not numbers, against formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe('"\'\rx"');
    expect(csvField(-2)).toBe('-2');
    expect(csvField(null)).toBe('');
  });
});

describe('a document without charts (what Markdown and CSV exports ask for)', () => {
  for (const [name, quarter] of [
    ['the fixture quarter', quarterFixture()],
    ['a realistic quarter', realisticQuarter()],
  ] as const) {
    const withCharts = buildReviewDocument(quarter);
    const withoutCharts = buildReviewDocument(quarter, { charts: false });

    it(`models no chart, and only that differs, for ${name}`, () => {
      const keyResults = (d: typeof withCharts) => d.objectives.flatMap((o) => o.keyResults);
      expect(keyResults(withCharts).some((kr) => kr.chart !== null)).toBe(true);
      expect(keyResults(withoutCharts).every((kr) => kr.chart === null)).toBe(true);
      const chartless = structuredClone(withCharts);
      for (const kr of keyResults(chartless)) kr.chart = null;
      expect(withoutCharts).toEqual(chartless);
    });

    it(`writes the same Markdown and CSV for ${name}`, () => {
      expect(toMarkdown(withoutCharts)).toBe(toMarkdown(withCharts));
      expect(toKeyResultsCsv(withoutCharts)).toBe(toKeyResultsCsv(withCharts));
      expect(toCheckInsCsv(withoutCharts)).toBe(toCheckInsCsv(withCharts));
    });
  }
});
