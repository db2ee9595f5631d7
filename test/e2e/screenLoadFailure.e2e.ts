import { describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { BrowserSession } from './support/session';

// The Setting screen's own chunk (its file name carries a content hash), under any query: once a
// load of it has failed (the idle preload's, or the screen's own), the app asks for it again under
// a fresh URL (`?retry=N`), which is the same missing file.
const SETTING_CHUNK = /\/SettingPhase-[\w-]+\.js(?:\?.*)?$/;

describe('a screen whose code fails to load', () => {
  it('says so with Retry instead of spinning, and Retry loads it once the file is there', async (context) => {
    const session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-').slice(0, 60));
    const page = session.page;
    const app = new AppPage(page);
    await app.createTeam('Payments Platform', 'platform');
    await app.createQuarter('2027-Q1', 'biweekly');
    await page.getByRole('navigation', { name: 'Setting steps' }).waitFor();

    // A start on the check-ins home, with the Setting chunk unreadable.
    await page
      .getByRole('navigation', { name: 'Cycle phases' })
      .getByRole('button', { name: /^Check-ins/ })
      .click();
    await page.route(SETTING_CHUNK, (route) => route.abort());
    await page.reload();
    await page
      .getByRole('navigation', { name: 'Cycle phases' })
      .getByRole('button', { name: /^Setting/ })
      .click();
    const retry = page.getByRole('button', { name: 'Retry' });
    await retry.waitFor();
    expect(await page.getByText('could not load this screen’s code').count()).toBe(1);
    expect(await page.getByText('Loading…').count()).toBe(0);

    await page.unroute(SETTING_CHUNK);
    await retry.click();
    await page.getByRole('navigation', { name: 'Setting steps' }).waitFor();
    expect(await retry.count()).toBe(0);
  });
});
