import { describe, expect, it } from 'vitest';
import { rulesOf } from './helpers';

// Outputs with a baseline and a target: the numbers count how far work has got.
describe('output-not-outcome for work spread across the estate', () => {
  it.each([
    'Turn on audit logging for 85% of admin consoles, up from 20%',
    'Migrate 300 of our 420 Lambda functions to the ARM runtime (120 migrated so far)',
    'Onboard every merchant-facing API to the gateway, from 40% today',
    'Host 18 more data pipelines on the managed Airflow cluster, up from 7',
    'Run 60 services on the internal developer platform, from 22',
    'Adopt the accessible form components in 75% of checkout flows (now 30%)',
  ])('fires for %j', (title) => {
    expect(rulesOf(title)).toContain('output-not-outcome');
  });

  it.each([
    'Deploy 95% of services with zero failed rollouts, up from 70%',
    'Migrate tenant databases with under 30 s of write downtime each, versus 9 minutes now',
    'Publish 90% of menu changes to every store within 5 minutes, from 40%',
    'Roll out config changes to all regions in under 10 minutes (today 2 hours)',
  ])('stays quiet for %j: how well each delivery goes is an outcome', (title) => {
    expect(rulesOf(title)).not.toContain('output-not-outcome');
  });

  it('does not call systems hosted on a platform an activity count', () => {
    expect(rulesOf('Run 60 services on the internal developer platform, from 22')).not.toContain(
      'gameable-metric',
    );
  });

  it('does not call listing what exists "artefacts built", but writing for each still is', () => {
    expect(rulesOf('List 100% of data products in the catalogue, up from 35%')).not.toContain(
      'gameable-metric',
    );
    expect(rulesOf('Write a runbook for every paging alert')).toContain('gameable-metric');
  });
});

describe('counted work items are outputs whatever numbers they carry', () => {
  it.each([
    'Publish 24 engineering blog posts, versus 9 last quarter',
    'Run 12 game days this quarter (5 last quarter)',
    'Create 30 Grafana dashboards, up from 10',
  ])('%j is output and gameable', (title) => {
    expect(rulesOf(title)).toEqual(
      expect.arrayContaining(['output-not-outcome', 'gameable-metric']),
    );
  });

  it('leaves throughput of closing items to gameable-metric alone', () => {
    expect(rulesOf('Close 2,000 support tickets a month, up from 1,400')).not.toContain(
      'output-not-outcome',
    );
  });
});

describe('delivery words that are not deliveries', () => {
  it.each([
    'Offer a frictionless returns experience in the app',
    'Provide a truly personalised shopping journey',
  ])('%j is a vague quality, not work', (title) => {
    const rules = rulesOf(title);
    expect(rules).toContain('missing-metric');
    expect(rules).not.toContain('output-not-outcome');
  });

  it('still reads "deliver the new X experience" as work', () => {
    expect(rulesOf('Deliver the new booking experience to gyms')).toContain('output-not-outcome');
  });

  it.each([
    'Once the Paris edge is live, French p95 TTFB under 200 ms (today 610 ms)',
    'After the search rewrite ships, zero-result searches from 9% to 3%',
  ])('%j: a condition clause first does not make the outcome a delivery', (title) => {
    expect(rulesOf(title)).not.toContain('output-not-outcome');
  });

  it.each([
    'Claims that pass fraud screening with no manual review, from 41% to 70%',
    'Meet the undertakings in our ombudsman settlement',
  ])('%j: what is passed or met is read as the object of the verb', (title) => {
    const rules = rulesOf(title);
    expect(rules.includes('output-not-outcome')).toBe(title.startsWith('Meet'));
  });
});
