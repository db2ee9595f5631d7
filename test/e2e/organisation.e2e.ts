import { describe, expect, it } from 'vitest';
import { acmeWorkspace } from '../support/organisation';
import { AppPage } from './pages/AppPage';
import { OrganisationPage } from './pages/OrganisationPage';
import { expectAccessible } from './support/axe';
import { BrowserSession } from './support/session';

describe('organisation: levels, alignment, roll-ups, dependencies and the palette', () => {
  it('aligns across teams, rolls up by hand-checked figures, maps a dependency at risk and jumps to a key result', async (context) => {
    const session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-'));
    let page = session.page;
    let app = new AppPage(page);
    let org = new OrganisationPage(page);
    // An organisation, a group and three teams in 2027-Q1, with check-ins (see acmeWorkspace).
    await org.restore(acmeWorkspace().data);

    // Levels: a second group, and the Data team moved into it.
    await org.open('Levels and teams');
    await page.getByRole('button', { name: 'Add group of teams' }).click();
    const dialog = app.dialog('Add a group of teams');
    await dialog.getByLabel('Group name').fill('Insights');
    await dialog.getByRole('button', { name: 'Add group' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByLabel('Level of Data').selectOption({ label: 'Team in Insights' });
    await expect.poll(() => page.getByRole('status').innerText()).toContain('changed');

    // Align Data's unaligned objective to an organisation objective, from its own quarter.
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Data' });
    await app.phaseNav('Setting').click();
    await app.settingStep('Objectives');
    await page.getByRole('button', { name: 'Edit objective: Pipelines are cheap' }).click();
    const edit = app.dialog('Edit objective');
    const parent = edit.getByLabel('Parent objective');
    await parent.selectOption({ label: 'Decisions run on fresh data — Acme Engineering' });
    await edit.getByRole('button', { name: 'Save objective' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect
      .poll(() => app.objective('Pipelines are cheap').innerText())
      .toContain('Aligned to “Decisions run on fresh data” (Acme Engineering)');

    // A dependency on another workspace team, chosen from the picker, then at risk.
    await app.settingStep('Dependencies');
    await page
      .getByRole('combobox', { name: 'Other team' })
      .selectOption({ label: 'Team: Search' });
    await page.getByLabel('What is needed').fill('Query logs in the warehouse');
    await page.getByRole('button', { name: 'Add dependency' }).click();
    await page.getByLabel('Status of dependency on Search').selectOption({ label: 'At risk' });

    // The tree: roll-ups match the figures worked out by hand in acmeWorkspace.
    await org.open('Alignment tree');
    const rely = org.treeObjective('Customers can rely on us', 'Organisation: Acme Engineering');
    await expect
      .poll(() => rely.innerText())
      .toContain('Roll-up of 4 aligned objectives: Progress 40% · Confidence 60%');
    const fresh = org.treeObjective(
      'Decisions run on fresh data',
      'Organisation: Acme Engineering',
    );
    // Dashboards 0.5 / 0.5; Pipelines has no check-in yet, so it is aligned but not counted.
    await expect
      .poll(() => fresh.innerText())
      .toContain('Roll-up of 2 aligned objectives: Progress 50% · Confidence 50%');
    await expect.poll(() => page.getByRole('treeitem', { name: /^Not aligned/ }).count()).toBe(0);
    await expectAccessible(page, 'organisation: alignment tree');

    // The keyboard opens the group objective and reaches a team's key result.
    const group = org.treeObjective('Payments never fail', 'Group: Core Platform');
    await group.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => group.getAttribute('aria-expanded')).toBe('true');
    await expect
      .poll(() => org.treeObjective('Search is always up', 'Team: Search').isVisible())
      .toBe(true);

    // The map and the overview show the dependency at risk.
    await org.open('Dependency map');
    const first = page
      .getByRole('table', { name: /^Dependencies between teams/ })
      .getByRole('row')
      .nth(1);
    await expect.poll(() => first.innerText()).toContain('Query logs in the warehouse');
    expect(await first.innerText()).toContain('At risk');
    await org.open('Overview');
    await expect
      .poll(() => org.overviewRow('Search').innerText())
      .toMatch(/Check-ins.*\t0\t0\t1\t—/s);
    await expectAccessible(page, 'organisation: overview');

    // It all survives a restart.
    page = await session.restart();
    app = new AppPage(page);
    org = new OrganisationPage(page);
    await org.open('Levels and teams');
    await expect.poll(() => page.getByLabel('Level of Data').inputValue()).toMatch(/^group:/);

    // Ctrl+K jumps to a key result in its team's check-ins.
    await org.goTo('search availability', 'Search availability');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText())
      .toContain('Search');
    await expect.poll(() => page.getByRole('main').innerText()).toContain('Search availability');
    expect(session.pageErrors).toEqual([]);
  });
});
