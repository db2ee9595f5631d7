import type { Page } from 'playwright-core';
import { AppPage } from '../../../test/e2e/pages/AppPage';
import { HOME_HEADING, assertNoPageErrors, openSession, waitForReady } from '../browser';
import type { Served } from '../profiles';
import { PAGES } from '../site';

/**
 * Every node in the document (elements, text, comments), as DevTools counts "DOM nodes".
 * A string, because the node-side TypeScript has no DOM types.
 */
const COUNT_NODES = `(() => {
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count += 1;
  return count;
})()`;

/** The node count once it has stopped changing (live queries settle). */
async function settledNodeCount(page: Page): Promise<number> {
  let last = -1;
  for (;;) {
    const count = (await page.evaluate(COUNT_NODES)) as number;
    if (count === last) return count;
    last = count;
    await page.waitForTimeout(500);
  }
}

/**
 * DOM nodes on the big screens of the large workspace's quarter (20 key results): the check-in
 * home, the Setting wizard's key results step and the scoring table. Leaves the app on the
 * home, as the other paths expect.
 */
export async function measureDomNodes(
  served: Served,
  profileDir: string,
): Promise<Record<string, number>> {
  const session = await openSession(profileDir, served.probe);
  try {
    const { page } = session;
    const app = new AppPage(page);
    await page.goto(new URL(PAGES.app, served.baseUrl).href);
    await waitForReady(page);
    const counts: Record<string, number> = {};
    counts['check-ins home'] = await settledNodeCount(page);

    await app.phaseNav('Setting').click();
    await app.settingStep('Key results');
    await page
      .getByRole('listitem', { name: /^Key result: / })
      .first()
      .waitFor();
    counts['setting: key results'] = await settledNodeCount(page);

    await app.phaseNav('Scoring').click();
    await page.getByRole('heading', { level: 2, name: 'Scoring', exact: true }).waitFor();
    await page.getByRole('table').first().waitFor();
    counts['scoring table'] = await settledNodeCount(page);

    await app.phaseNav('Check-ins').click();
    await page.getByRole('heading', { level: 2, name: HOME_HEADING, exact: true }).waitFor();
    assertNoPageErrors(session, 'DOM nodes');
    return counts;
  } finally {
    await session.close();
  }
}
