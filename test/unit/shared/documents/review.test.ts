import { unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@shared/domain/csv';
import { KEY_RESULT_CSV_COLUMNS, toKeyResultsCsv } from '@shared/documents/csv';
import { toDocx } from '@shared/documents/docx';
import { toHtml } from '@shared/documents/html';
import { toMarkdown } from '@shared/documents/markdown';
import { buildReviewDocument, reviewFileName } from '@shared/documents/model';
import type { ReviewDocument } from '@shared/documents/types';
import { REALISTIC_KR_TITLES as T, planningQuarter, realisticQuarter } from './realisticQuarter';

/** Golden tests of the review on a realistic quarter: 5 objectives, 13 key results. */

const doc = buildReviewDocument(realisticQuarter());
const krs = doc.objectives.flatMap((o) => o.keyResults);
const kr = (title: string) => krs.find((k) => k.title === title)!;

describe('the executive summary (page one)', () => {
  const s = doc.executive;

  it('leads with the team’s headline, the overall score and the verdict per kind', () => {
    expect(doc.title).toBe('2027-Q1 quarterly review');
    expect(s.headline).toMatch(/^We made payment incidents rarer/);
    expect(s.overallScoreText).toBe('0.7');
    expect(s.verdicts.map((v) => v.text)).toEqual([
      '2 of 3 committed objectives below 1.0',
      '2 of 2 aspirational objectives below 0.7',
    ]);
    expect(s.misses.map((o) => [o.number, o.scoreText, o.verdict])).toEqual([
      [1, '0.7', 'Missed: close'],
      [2, '0.8', 'Missed: close'],
      [3, '0.5', 'Progress but short'],
      [4, '0.5', 'Progress but short'],
    ]);
  });

  it('names the key results at 0.0–0.3, every override, and the failed and at-risk dependencies', () => {
    expect(s.lowKeyResults.map((k) => [k.title, k.scoreText])).toEqual([
      [T.costPerUser, '0.3'],
      [T.ci, '0.1'],
    ]);
    expect(s.overrides.map((o) => [o.title, o.computedScoreText, o.scoreText])).toEqual([
      [T.incidents, '0.5', '0.7'],
      [T.signed, '1.0', '0.9'],
    ]);
    expect(s.riskyDependencies.map((d) => [d.team, d.outcomeLabel])).toEqual([
      ['FinOps', 'Failed: not resolved by 15 Feb 2027'],
      ['Fraud Platform', 'At risk'],
    ]);
  });

  it('ends with the asks, what carries forward, and what was carried in with its lineage', () => {
    expect(s.asks).toEqual([
      'Name an owner for CI duration from the developer-experience group.',
      'FinOps to decide on reserved instances by 15 April.',
    ]);
    expect(s.carriedForward).toEqual([T.costPerUser, T.ci]);
    expect(kr(T.leadTime).lineage?.text).toBe('second quarter running (carried from 2026-Q4)');
    expect(s.carriedIn.map((k) => k.title)).toEqual([T.leadTime]);
  });

  it('counts only the bands that have key results', () => {
    expect(s.distribution.map((d) => [d.band, d.count])).toEqual([
      ['failed', 2],
      ['short', 2],
      ['strong', 7],
      ['perfect', 2],
    ]);
  });
});

describe('figures a reader can reproduce', () => {
  it('prints every stored digit, so the score follows from the page', () => {
    const spend = kr(T.spend);
    expect(spend.baselineToTarget).toBe('$0.12 → $0.06');
    expect(spend.finalValueText).toBe('$0.085');
    // (0.12 − 0.085) / (0.12 − 0.06) = 0.58: the 0.6 printed beside it.
    expect(spend.progressText).toBe('58% of the way to target');
    expect(spend.scoreText).toBe('0.6');
  });

  it('gives a key result’s logged values one number of decimals', () => {
    expect(
      kr(T.signed)
        .checkIns.map((c) => c.valueText)
        .slice(-3),
    ).toEqual(['96.0%', '96.6%', '100.0%']);
    expect(kr(T.spend).checkIns[0]!.valueText).toBe('$0.120');
  });

  it('shows the milestone as Done, judged by kind, with a one-day unit in the singular', () => {
    expect(kr(T.runbook)).toMatchObject({ finalValueText: 'Done', verdict: 'Done' });
    expect(kr(T.leadTime).baselineToTarget).toBe('4 days → 1 day');
  });
});

/** The titles the Markdown summary lists under `heading`. */
function summaryList(md: string, heading: string): string[] {
  const summary = md.slice(md.indexOf('## Summary'), md.indexOf('## Scorecard'));
  const block = summary.split(`**${heading}**\n\n`)[1]?.split('\n\n')[0] ?? '';
  return block
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2));
}

/** Scorecard rows as cells. */
function scorecardRows(md: string): string[][] {
  const table = md.slice(md.indexOf('## Scorecard'), md.indexOf('\n## 1.'));
  return table
    .split('\n')
    .filter((l) => /^\| (\d+\.\d+|\*\*\d+\*\*) \|/.test(l))
    .map((l) =>
      l
        .slice(2, -2)
        .split(' | ')
        .map((c) => c.replace(/\*\*/g, '').replace(/\\\*/g, '*')),
    );
}

describe('summary and scorecard agree', () => {
  function check(d: ReviewDocument): void {
    const md = toMarkdown(d);
    const rows = scorecardRows(md);
    const krRows = rows.filter((r) => r[0]!.includes('.'));
    const objectiveRows = rows.filter((r) => !r[0]!.includes('.'));
    const low = krRows.filter((r) => Number(r[5]!.replace('*', '')) <= 0.3);
    const overridden = krRows.filter((r) => r[5]!.endsWith('*'));
    const missed = objectiveRows.filter((r) => !['Met', 'Success', 'Perfect'].includes(r[6]!));
    const named = (heading: string) => summaryList(md, heading);
    expect(named('Key results scored 0.0–0.3').map((l) => l.split(' ')[0])).toEqual(
      low.map((r) => r[0]),
    );
    expect(named('Overridden scores').map((l) => l.split(' ')[0])).toEqual(
      overridden.map((r) => r[0]),
    );
    expect(
      named('Objectives below expectation').map((l) => /objective (\d+)/.exec(l)?.[1]),
    ).toEqual(missed.map((r) => r[0]));
    // Each named key result has the same score on both.
    for (const line of named('Key results scored 0.0–0.3')) {
      const ref = line.split(' ')[0];
      expect(line.endsWith(`: ${krRows.find((r) => r[0] === ref)![5]}`)).toBe(true);
    }
  }

  it('names the same low key results, overrides and misses on both, in every quarter', () => {
    check(doc);
    // Another quarter: no overrides, everything committed and met except one.
    const data = realisticQuarter();
    data.keyResults = data.keyResults.map((k) => ({ ...k, scoreOverride: null }));
    data.objectives = data.objectives.map((o) => ({ ...o, kind: 'committed' }));
    check(buildReviewDocument(data));
  });
});

describe('Markdown', () => {
  const md = toMarkdown(doc);

  it('matches the reviewed golden file', async () => {
    await expect(md).toMatchFileSnapshot('./__snapshots__/realistic-review.md');
  });

  it('puts conclusions first: summary, scorecard, details, closing sections, appendix', () => {
    const order = [
      '# Payments Platform: 2027-Q1 quarterly review',
      '## Summary',
      '## Scorecard',
      '## 1. Make checkout payments fast',
      '### 1.1 Cut p95 payment latency',
      '## 5. Keep the payments supply chain safe',
      '## Cycle retrospective',
      '## Dependencies',
      '## Carry forward',
      '## Appendix: check-in log',
    ].map((h) => md.indexOf(h));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('reads clean raw: no needless escapes, the chart sentence said once', () => {
    expect(md).not.toMatch(/\\[-()#+!.{}]/);
    expect(md).toContain('payments_by_user index added');
    expect(md).toContain('(trailing 90 days)');
    expect(md.match(/charts of these check-ins are in the HTML, PDF and Word/g)).toHaveLength(1);
  });

  it('right-aligns number columns, as a renderer shows them', () => {
    const html = new MarkdownIt().render(md);
    const scorecard = html.slice(html.indexOf('<h2>Scorecard</h2>'));
    expect(scorecard).toMatch(/<th style="text-align:right">Baseline → target<\/th>/);
    expect(scorecard).toMatch(/<td style="text-align:right">\$0\.085<\/td>/);
    expect(html).toMatch(/<th style="text-align:right">Confidence<\/th>/);
  });
});

describe('HTML', () => {
  const html = toHtml(doc);

  it('has the summary, then the scorecard, the details and the appendix', () => {
    const at = [
      'class="summary"',
      'class="scorecard whole"',
      'class="details"',
      'class="appendix"',
    ].map((s) => html.indexOf(s));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(at[0]).toBeGreaterThan(0);
    expect(html.match(/<svg /g)).toHaveLength(13);
  });

  it('prints page numbers and a running footer in the body font, and forces no page break', () => {
    expect(html).toMatch(
      /@bottom-right \{ content: counter\(page\) " \/ " counter\(pages\); font-family: system-ui/,
    );
    expect(html).toContain(
      '@bottom-left { content: "Payments Platform · 2027-Q1 quarterly review";',
    );
    expect(html).not.toMatch(/break-before: page/);
    expect(html).toMatch(/\.kr \{[^}]*break-inside: avoid/);
  });

  it('says verdicts by kind in words, in the colour of the score’s band: a committed 0.8 is a miss in strong’s green, a 1.0 in perfect’s blue', () => {
    expect(html).toContain('<span class="chip good">Missed: close</span>');
    expect(html).toContain('<span class="chip info">Met</span>');
    expect(html).toContain('<span class="chip info">Done</span>');
    expect(html).not.toContain('Strong delivery</span>');
  });
});

describe('CSV of key results', () => {
  it('adds computed score, override and reason, band, milestone and lineage columns', () => {
    const parsed = parseCsv(toKeyResultsCsv(doc));
    if (!parsed.ok) throw new Error(parsed.error);
    const [header, ...rows] = parsed.records.map((r) => r.fields);
    expect(header).toEqual([...KEY_RESULT_CSV_COLUMNS]);
    const byTitle = (title: string) =>
      Object.fromEntries(header!.map((h, i) => [h, rows.find((r) => r[5] === title)![i]]));
    expect(byTitle(T.incidents)).toMatchObject({
      score: '0.7',
      computed_score: '0.5',
      overridden: 'yes',
      override_reason: expect.stringMatching(/^Two of the four incidents/),
      band: 'strong',
      verdict: 'Missed: close',
      milestone: 'no',
    });
    expect(byTitle(T.runbook)).toMatchObject({
      milestone: 'yes',
      final_value: '1',
      verdict: 'Done',
    });
    expect(byTitle(T.leadTime)).toMatchObject({ carried_from: '2026-Q4', carried_forward: 'no' });
    expect(byTitle(T.ci)).toMatchObject({ carried_forward: 'yes', last_confidence: '10' });
    expect(byTitle(T.spend)).toMatchObject({ final_value: '0.085', score: '0.6' });
  });
});

describe('Word', async () => {
  const files = unzipSync(await toDocx(doc));
  const text = (name: string) => new TextDecoder().decode(files[name]);
  const xml = text('word/document.xml');

  it('has a running header with team and quarter, and page numbers in the footer', () => {
    const headers = Object.keys(files).filter((f) => /^word\/header\d*\.xml$/.test(f));
    expect(headers.map(text).join('')).toContain('Payments Platform · 2027-Q1 quarterly review');
    const footer = Object.keys(files)
      .filter((f) => /^word\/footer\d*\.xml$/.test(f))
      .map(text)
      .join('');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it('has a contents list linking to each section with its page number', () => {
    expect(doc.isLong).toBe(true);
    expect(xml).toContain('Contents');
    expect(xml.match(/PAGEREF objective-\d/g)).toHaveLength(5);
    expect(xml).toContain('w:name="objective-1"');
    expect(text('word/settings.xml')).toContain('w:updateFields');
  });

  it('sizes tables to content with fixed widths and right-aligned numbers', () => {
    const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    const scorecard = tables.find((t) => t.includes('Baseline → target') && t.includes(T.ci))!;
    expect(scorecard).toContain('<w:tblLayout w:type="fixed"/>');
    const widths = [...scorecard.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(9);
    // The key result's title gets the widest column; the score column is narrow.
    expect(Math.max(...widths)).toBe(widths[1]);
    expect(widths[5]).toBeLessThan(widths[1]! / 3);
    expect(scorecard).toMatch(/<w:jc w:val="right"\/>.{0,400}\$0\.085/s);
  });

  it('keeps each key result together and spaces headings', () => {
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('<w:keepNext/>');
    expect(text('word/styles.xml')).toMatch(/Heading1.*?w:before="360"/s);
    // One chart per key result, each an SVG with its PNG fallback.
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    expect(media.filter((f) => f.endsWith('.png'))).toHaveLength(13);
  });
});

describe('a quarter still being set', () => {
  const plan = buildReviewDocument(planningQuarter());

  it('is titled as a plan, with no scores, band counts or retro', () => {
    expect(plan.kind).toBe('plan');
    expect(plan.title).toBe('2027-Q2 plan');
    expect(reviewFileName(plan, 'pdf')).toBe('Payments-Platform-2027-Q2-plan.pdf');
    expect(plan.executive.distribution).toEqual([]);
    const md = toMarkdown(plan);
    expect(md.split('\n')[0]).toBe('# Payments Platform: 2027-Q2 plan');
    expect(md).toContain('## The plan');
    expect(md).not.toMatch(/Score|Verdict|Cycle retrospective|Appendix|band/);
    expect(md).toContain('carried from 2027-Q1');
    const html = toHtml(plan);
    expect(html).not.toContain('class="figure overall"');
    expect(html).not.toContain('<svg');
  });
});

describe('contents in Word', () => {
  it('come only with a document that runs past four pages', async () => {
    const plan = buildReviewDocument(planningQuarter());
    expect(plan.isLong).toBe(false);
    const xml = new TextDecoder().decode(unzipSync(await toDocx(plan))['word/document.xml']);
    expect(xml).not.toContain('PAGEREF');
  });
});
