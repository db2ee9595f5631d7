import { describe, expect, it } from 'vitest';
import { findingOf, rulesOf } from './helpers';

/*
 * The output-not-outcome finding's one-click rewrite replaces the KR's title, metric, unit and
 * direction. For work that is not software engineering it must not offer an engineering metric
 * ("Launch the new booking page" is not about time to detect incidents): it names the KR's own
 * thing, or a neutral outcome, and leaves the measure to the person.
 */
const NOT_ENGINEERING = [
  ['a booking page', 'Launch the new booking page', /booking page/],
  ['a customer dashboard', 'Ship the payouts dashboard to all merchants', /payouts dashboard/],
  ['a bakery website', "Launch the bakery's new website", /new website/],
  ['a council form', 'Publish the new parking permit form on the council site', /permit form/],
  ['a warehouse app', 'Roll out the picking app to both warehouses', /picking app/],
  ['a shop fit', 'Complete the shop refit before the summer season', /shop refit/],
  ['a training course', 'Train 40 volunteers in first aid', /volunteers/],
] as const;

const ENGINEERING_METRIC =
  /MTTD|MTTR|incident|LCP|load time|CI duration|change failure|deploy|vulnerab|escaped bugs|first (?:production )?change|login failure|search success/i;

describe('the output-not-outcome rewrite outside software engineering', () => {
  it.each(NOT_ENGINEERING)('names no engineering metric, for %s', (_kind, title) => {
    const f = findingOf('output-not-outcome', title);
    expect(f?.rewrite?.title).toBeDefined();
    expect(`${f?.rewrite?.title} ${f?.rewrite?.metric ?? ''}`).not.toMatch(ENGINEERING_METRIC);
    expect(f?.suggestion).not.toMatch(ENGINEERING_METRIC);
  });

  it.each(NOT_ENGINEERING)("names the KR's own subject, for %s", (_kind, title, subject) => {
    const f = findingOf('output-not-outcome', title);
    expect(f?.rewrite?.title).toMatch(subject);
    expect(f?.suggestion).toMatch(subject);
  });

  it.each(NOT_ENGINEERING)('is itself an outcome, for %s', (_kind, title) => {
    const rewrite = findingOf('output-not-outcome', title)?.rewrite;
    const rewritten = rulesOf(rewrite?.title ?? '', {
      ...rewrite,
      metric: rewrite?.metric ?? 'share who complete it',
      baseline: 10,
      target: 20,
    });
    expect(rewritten).not.toContain('output-not-outcome');
    expect(rewritten).not.toContain('gameable-metric');
  });
});

describe('the output-not-outcome rewrite for engineering practice', () => {
  it.each([
    ['observability', 'Roll out distributed tracing across all services', /MTTD/],
    ['incidents', 'Write runbooks for the top 10 alerts', /MTTR/],
    ['CI', 'Migrate the build pipelines to the new CI runners', /CI duration/],
  ])('keeps the stock software outcome, for %s', (_kind, title, metric) => {
    expect(findingOf('output-not-outcome', title)?.rewrite?.metric).toMatch(metric);
  });
});
