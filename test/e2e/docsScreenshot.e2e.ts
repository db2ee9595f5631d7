import { describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { BrowserSession } from './support/session';

/*
 * Refreshes the README's screenshot with a realistic quarter. It writes into docs/, so it runs
 * only on request: `QUARTERDECK_SCREENSHOTS=docs npm run test:e2e`.
 */
const target = process.env.QUARTERDECK_SCREENSHOTS;

describe('README screenshot', () => {
  it.skipIf(!target)('captures the objectives screen of a realistic quarter', async () => {
    const viewport =
      target === 'projector' ? { width: 1920, height: 1080 } : { width: 1280, height: 800 };
    const session = await BrowserSession.start('docs-screenshot', viewport);
    const app = new AppPage(session.page);
    await app.createTeam('Payments Platform', 'platform');
    await app.createQuarter('2027-Q1', 'biweekly');
    await app.addObjective({
      title: 'Checkout never gets in the way of buying',
      businessNeed: 'Grow revenue',
      engineeringLever: 'Improve checkout conversion',
    });
    await app.addKeyResult('Checkout never gets in the way of buying', {
      title: 'Raise checkout success rate from 94% to 98%',
      metric: 'Checkout success rate',
      unit: '%',
      baseline: '94',
      target: '98',
      owner: 'Checkout squad',
    });
    await app.addKeyResult('Checkout never gets in the way of buying', {
      title: 'Cut checkout p75 LCP from 3.2 s to 1.5 s',
      metric: 'Real-user p75 LCP',
      unit: 's',
      baseline: '3.2',
      target: '1.5',
      direction: 'decrease',
      owner: 'Web platform',
    });
    await app.addKeyResult('Checkout never gets in the way of buying', {
      title: 'Payment 5xx rate below 0.2%',
      metric: 'Payment 5xx rate',
      unit: '%',
      baseline: '0.8',
      target: '0.2',
      direction: 'decrease',
    });
    await app.addObjective({
      title: 'Recover from incidents before customers notice',
      kind: 'aspirational',
      businessNeed: 'Keep customer trust',
      engineeringLever: 'Faster detection and recovery',
    });
    await app.addKeyResult('Recover from incidents before customers notice', {
      title: 'MTTR from 2 h to 30 min',
      metric: 'Mean time to recovery',
      unit: 'min',
      baseline: '120',
      target: '30',
      direction: 'decrease',
    });
    await app.addKeyResult('Recover from incidents before customers notice', {
      title: 'P1 incidents from 8 to 2 per quarter',
      metric: 'P1 incidents',
      unit: 'count',
      baseline: '8',
      target: '2',
      direction: 'decrease',
    });
    const path =
      target === 'docs' ? 'docs/objectives.png' : `test-results/objectives-${target}.png`;
    await session.page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await session.page.screenshot({ path });
    expect(session.pageErrors).toEqual([]);
  });
});
