import { describe, expect, it } from 'vitest';
import { findingOf, rulesOf } from './helpers';

/*
 * The gameable finding's one-click rewrite replaces the KR's title, metric and unit. Outside
 * software it must still name something that trade measures: a pest-control firm's cold calls
 * are not rewritten to "change failure rate".
 */
const OUTSIDE_SOFTWARE = [
  ['calls made', 'Make 600 cold calls to restaurant owners this quarter'],
  ['offers made', 'Offer the annual service plan to 1,200 customers'],
  ['things put out', 'Hand out more flyers at the farmers market'],
  ['things done', 'Post 40 Instagram reels about our pizzas'],
  ['things recorded', 'Increase the number of site inspections logged'],
  ['logins', 'Reach 300 booking-app logins per week'],
  ['output per head', 'Groom 12 dogs per groomer per day'],
];

describe('the gameable rewrite outside software', () => {
  it.each(OUTSIDE_SOFTWARE)('names a result, not software delivery, for %s', (_family, title) => {
    const finding = findingOf('gameable-metric', title);
    expect(finding?.rewrite?.title).toBeDefined();
    expect(finding?.rewrite?.title).not.toMatch(/change failure|lead time|commit|deploy/i);
    expect(finding?.rewrite?.metric).not.toMatch(/change failure|lead time/i);
  });

  it.each(OUTSIDE_SOFTWARE)('is itself no activity count, for %s', (_family, title) => {
    const rewrite = findingOf('gameable-metric', title)?.rewrite;
    const rewritten = rulesOf(rewrite?.title ?? '', { ...rewrite, baseline: 10, target: 20 });
    expect(rewritten).not.toContain('gameable-metric');
    expect(rewritten).not.toContain('output-not-outcome');
  });
});
