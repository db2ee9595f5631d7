import { describe, expect, it } from 'vitest';
import { AppPage } from './pages/AppPage';
import { ExportPage } from './pages/ExportPage';
import { capture } from './support/capture';
import { currentQuarter, RELIABILITY_KRS, RELIABILITY_OBJECTIVE } from './support/plan';
import { BrowserSession } from './support/session';

const OBJECTIVE = RELIABILITY_OBJECTIVE;
const KRS = RELIABILITY_KRS;

/*
 * What a director reads on a projector (1280×720): an empty quarter's export says there is
 * nothing in it, a score is its band's colour with the verdict in words, and an objective's score
 * says how many key results it stands on. With QUARTERDECK_SCREENSHOTS set, each is saved.
 */
describe('reading scores and exports as a director', () => {
  it('says an empty quarter has no objectives, and a partly scored objective what it is from', async (context) => {
    const session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-'), {
      width: 1280,
      height: 720,
    });
    const page = session.page;
    const app = new AppPage(page);
    const quarter = currentQuarter();
    await app.createTeam('Payments Platform', 'platform');
    await app.createQuarter(quarter.label, 'monthly');

    // Nothing planned yet: the export dialog says so before exporting, and still exports.
    await page.getByRole('button', { name: /^Export (review|plan)…$/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Export the/ });
    const note = dialog.getByRole('note');
    await expect
      .poll(() => note.innerText())
      .toContain(`No objectives were set for ${quarter.label}.`);
    await capture(page, 'export-empty-quarter');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    const empty = await new ExportPage(page).exportAs(/^Markdown/);
    expect(empty.bytes.toString('utf8')).toContain(`No objectives were set for ${quarter.label}.`);

    await app.addObjective({ title: OBJECTIVE });
    for (const kr of KRS) await app.addKeyResult(OBJECTIVE, kr);
    await app.startQuarter();
    await app.moveToScoring();

    // A final value for one key result, an override of 0.6 for another, the third not scored.
    const scores = page.getByRole('region', { name: `Scores of ${OBJECTIVE}` });
    await scores.waitFor();
    await page.getByLabel(`Final value of ${KRS[0].title}`).fill('5');
    await page.getByLabel(`Final value of ${KRS[0].title}`).press('Enter');
    await page.getByLabel(`Override score of ${KRS[1].title}`).selectOption('0.6');
    const reason = page.getByLabel(`Reason for overriding ${KRS[1].title}`);
    await reason.fill('The rise came from a pricing change');
    await reason.press('Enter');
    const header = scores.locator('header');
    await expect.poll(() => header.innerText()).toContain('(from 2 of 3 key results)');
    const overridden = scores.getByRole('row', { name: new RegExp(`^${KRS[1].title}`) }).first();
    await expect.poll(() => overridden.innerText()).toContain('0.6');
    // The row's 0.6 is the summary's "Progress but short" colour.
    const chip = overridden.getByTitle('Progress but short (0.4–0.6)');
    const band = page
      .getByRole('region', { name: 'Band distribution' })
      .getByRole('listitem')
      .filter({ hasText: '0.4–0.6' });
    const colourOf = (el: Element) => getComputedStyle(el).backgroundColor;
    expect(await chip.evaluate(colourOf)).toBe(await band.evaluate(colourOf));
    await capture(page, 'scoring-partly-scored');
    await page.getByRole('heading', { name: 'Scoring', level: 2 }).scrollIntoViewIfNeeded();
    await capture(page, 'scoring-summary');
    await page.getByRole('button', { name: 'Move the quarter to the retrospective' }).focus();
    await capture(page, 'scoring-move-to-retrospective');
  });
});
