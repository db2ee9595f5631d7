import { describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { BrowserSession } from './support/session';

describe('a new quarter near the end of the current one', () => {
  it('suggests the quarter being planned, then the one after the team’s last', async (context) => {
    // 30 November: 2026-Q4 is about to end, so the team is planning 2027-Q1.
    const session = await BrowserSession.start(
      context.task.name.replace(/\W+/g, '-').slice(0, 60),
      { width: 1024, height: 768 },
      null,
      { clockAt: new Date(2026, 10, 30, 10) },
    );
    const page = session.page;
    const app = new AppPage(page);
    await app.createTeam('Payments Platform', 'platform');

    const suggested = async () => {
      await page.getByRole('button', { name: 'New quarter' }).first().click();
      const dialog = app.dialog('New quarter');
      const values = {
        label: await dialog.getByLabel('Quarter label').inputValue(),
        startDate: await dialog.getByLabel('Start date').inputValue(),
        endDate: await dialog.getByLabel('End date').inputValue(),
      };
      return { dialog, values };
    };

    let { dialog, values } = await suggested();
    expect(values).toEqual({ label: '2027-Q1', startDate: '2027-01-01', endDate: '2027-03-31' });
    await dialog.getByRole('button', { name: 'Create quarter' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The team has 2027-Q1 now: never suggested again.
    ({ dialog, values } = await suggested());
    expect(values.label).toBe('2027-Q2');
    expect(session.pageErrors).toEqual([]);
  });
});
