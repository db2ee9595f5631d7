import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AppPage } from './pages/AppPage';
import { CheckInsPage } from './pages/CheckInsPage';
import { capture } from './support/capture';
import { untilStill, whereOnScreen } from './support/layout';
import { currentQuarter, RELIABILITY_KRS, RELIABILITY_OBJECTIVE } from './support/plan';
import { projectorOnFirstItem } from './support/projector';
import { BrowserSession } from './support/session';
import { smallTargets } from './support/targets';

/*
 * A person at 200% zoom on a laptop (640×360 CSS px), with the text at 200%, or both: every dialog keeps
 * its title and its buttons on screen, its body scrolling between them; the retrospective keeps
 * the key result's heading in view beside the field it focuses; every control is big enough to
 * hit. And the projector's view reads the same on a 1024×768 projector as on a 1920×1080 one.
 */
const USUAL = { width: 1280, height: 800 };
const ZOOMED = { width: 640, height: 360 };

type Look = {
  name: string;
  apply: (page: Page) => Promise<void>;
  undo: (page: Page) => Promise<void>;
};
const LOOKS: Look[] = [
  {
    name: '200% zoom',
    apply: (page) => page.setViewportSize(ZOOMED),
    undo: (page) => page.setViewportSize(USUAL),
  },
  {
    name: '200% text',
    apply: (page) =>
      page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%')),
    undo: async (page) => {
      await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    },
  },
  {
    name: '200% zoom and text',
    apply: async (page) => {
      await page.setViewportSize(ZOOMED);
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    },
    undo: async (page) => {
      await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
      await page.setViewportSize(USUAL);
    },
  },
];

/** The names of the controls Tab reaches in `dialog`, from its first control to its last. */
async function tabStops(page: Page, dialog: Locator): Promise<string[]> {
  const nameOf = () =>
    dialog.evaluate((el) => {
      const active = document.activeElement;
      if (!active || !el.contains(active)) return null;
      const round = window as unknown as { tabLast?: Element };
      // A date field takes a Tab per part (day, month, year): the same control is one stop.
      const isRepeat = round.tabLast === active;
      round.tabLast = active;
      return isRepeat ? '' : (active.getAttribute('aria-label') ?? active.textContent ?? '').trim();
    });
  await dialog.evaluate((el) => {
    (window as unknown as { tabLast?: Element }).tabLast = undefined;
    el.querySelector<HTMLElement>(
      'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]',
    )?.focus();
  });
  const names: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    const name = await nameOf();
    // Past the last control the focus leaves the dialog (for the browser's own controls).
    if (name === null) break;
    if (name !== '') names.push(name);
    await page.keyboard.press('Tab');
  }
  return names;
}

/**
 * In each look, the dialog's title and every button of its footer are on screen, can be clicked
 * and reached with Tab, and nothing in it is out of reach of its body's scrolling.
 */
async function expectDialogFits(page: Page, dialog: Locator, name: string): Promise<void> {
  await dialog.waitFor();
  const buttons = dialog.locator('.dialog__footer').last().getByRole('button');
  const count = await buttons.count();
  expect(count, `${name}: buttons in its footer`).toBeGreaterThan(0);
  for (const look of LOOKS) {
    await look.apply(page);
    await untilStill(page);
    await capture(page, `large-text-${name}-${look.name.replace(/\W+/g, '-')}`);
    const title = await whereOnScreen(dialog.getByRole('heading', { level: 2 }).first());
    expect(title.isInView, `${name} at ${look.name}: the title is on screen`).toBe(true);
    // Nothing cut off by the dialog's edge: what does not fit scrolls in its body, and scrolled to
    // its end the body shows its last line above the buttons.
    const clipped = await dialog.evaluate((el) => {
      const body = el.querySelector('.dialog__body');
      if (!body) return 'no body';
      if (el.scrollHeight > el.clientHeight + 1) return 'the dialog is taller than the window';
      body.scrollTop = body.scrollHeight;
      const last = body.lastElementChild?.getBoundingClientRect();
      const frame = body.getBoundingClientRect();
      return last && last.bottom > frame.bottom + 1 ? 'its last line cannot be scrolled to' : '';
    });
    expect(clipped, `${name} at ${look.name}`).toBe('');
    // A short window has one scroller, the body: a panel scrolling inside it leaves a sliver of each.
    const inner = await dialog.evaluate((el) => {
      if (window.innerHeight > 480) return [];
      return Array.from(el.querySelectorAll<HTMLElement>('.dialog__body *'))
        .filter((node) => {
          const overflow = getComputedStyle(node).overflowY;
          return (
            (overflow === 'auto' || overflow === 'scroll') &&
            node.scrollHeight > node.clientHeight + 1
          );
        })
        .map((node) => node.className || node.tagName);
    });
    expect(inner, `${name} at ${look.name}: scrollers inside its body`).toEqual([]);
    // The dialog's own chrome (title, margins, footer) leaves its body room to read: at least two
    // lines of its text at a time, not a sliver between the title and the buttons.
    const bodyLines = await dialog.evaluate((el) => {
      const body = el.querySelector<HTMLElement>('.dialog__body');
      if (!body) return 0;
      const style = getComputedStyle(body);
      const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
      return body.clientHeight / line;
    });
    expect(
      bodyLines,
      `${name} at ${look.name}: lines of its body on screen`,
    ).toBeGreaterThanOrEqual(2);
    const stops = await tabStops(page, dialog);
    for (let i = 0; i < count; i += 1) {
      const button = buttons.nth(i);
      const label = (await button.innerText()).trim();
      const where = await whereOnScreen(button);
      expect(where, `${name} at ${look.name}: “${label}”`).toMatchObject({
        isInView: true,
        isReachable: true,
      });
      if (await button.isEnabled()) {
        expect(stops, `${name} at ${look.name}: Tab reaches “${label}”`).toContain(label);
      }
    }
    expect(await smallTargets(page), `${name} at ${look.name}`).toEqual([]);
    await look.undo(page);
  }
}

/** Two key results of a plan, the second's target written in words: an error to fix. */
const PLAN_WITH_A_MISTAKE = [
  'objective,objective_type,key_result,metric,unit,baseline,target,direction,owner',
  'Search people trust,committed,Zero-result searches from 9% to 3%,zero-result searches,%,9,3,decrease,',
  'Search people trust,committed,Search p95 under 400 ms,search p95,ms,900,four hundred,decrease,',
].join('\n');

describe('dialogs and the retrospective at 200% zoom and 200% text', () => {
  it('keep titles, buttons and headings on screen, with every control big enough to hit', async () => {
    const session = await BrowserSession.start('large-text', USUAL);
    const page = session.page;
    const app = new AppPage(page);

    await page.getByRole('button', { name: 'New team' }).first().click();
    await expectDialogFits(page, app.dialog('New team'), 'new-team');
    await app.dialog('New team').getByRole('button', { name: 'Cancel' }).click();
    await app.createTeam('Payments Platform', 'platform');
    await page.getByRole('button', { name: 'New quarter' }).first().click();
    await expectDialogFits(page, app.dialog('New quarter'), 'new-quarter');
    await app.dialog('New quarter').getByRole('button', { name: 'Cancel' }).click();
    await app.createQuarter(currentQuarter().label, 'monthly');
    await app.settingStep('Objectives');
    await page.getByRole('button', { name: 'Add objective' }).first().click();
    await expectDialogFits(page, app.dialog('Add objective'), 'add-objective');
    await app.dialog('Add objective').getByRole('button', { name: 'Cancel' }).click();
    await app.dialog('Add objective').waitFor({ state: 'detached' });
    await app.addObjective({ title: RELIABILITY_OBJECTIVE });
    for (const kr of RELIABILITY_KRS) await app.addKeyResult(RELIABILITY_OBJECTIVE, kr);

    // A long form (the key result and its coach), and the question before losing its edits.
    await app
      .objective(RELIABILITY_OBJECTIVE)
      .getByRole('button', { name: 'Add key result' })
      .click();
    const addKr = app.dialog('Add key result');
    await addKr.getByLabel('Key result title').fill('Deploys from 4 to 20 a week');
    await expectDialogFits(page, addKr, 'add-key-result');
    await addKr.getByRole('button', { name: 'Cancel' }).click();
    const discard = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await expectDialogFits(page, discard, 'discard-changes');
    await discard.getByRole('button', { name: 'Discard changes' }).click();
    await addKr.waitFor({ state: 'detached' });

    // The question before deleting: a long description above two buttons.
    const deleteTeam = await app.askToDeleteTeam('Payments Platform');
    await expectDialogFits(page, deleteTeam, 'delete-team');
    await deleteTeam.getByRole('button', { name: 'Keep the team' }).click();
    await deleteTeam.waitFor({ state: 'detached' });

    await app.settingStep('Objectives');
    await page.getByRole('button', { name: 'Insert template…' }).click();
    await expectDialogFits(page, app.dialog('Insert a template'), 'insert-template');
    await app.dialog('Insert a template').getByRole('button', { name: 'Close' }).last().click();
    // A plan file with a mistake: the preview lists its rows and what is wrong with one.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'plan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(PLAN_WITH_A_MISTAKE),
    });
    const importPlan = app.dialog('Import a plan');
    await importPlan.getByRole('alert').first().waitFor();
    await expectDialogFits(page, importPlan, 'import-plan');
    await importPlan.getByRole('button', { name: 'Cancel' }).click();
    await importPlan.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Back up or restore…' }).click();
    await expectDialogFits(page, app.dialog('Back up and restore'), 'backup');
    await app.dialog('Back up and restore').getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('button', { name: 'Keyboard shortcuts…' }).click();
    await expectDialogFits(page, app.dialog('Keyboard shortcuts'), 'shortcuts');
    await app.dialog('Keyboard shortcuts').getByRole('button', { name: 'Close' }).last().click();

    await app.startQuarter();
    await page.getByRole('button', { name: 'Start check-in' }).click();
    const checkIns = new CheckInsPage(page);
    await page.getByLabel(/^Current value/).waitFor();
    // The confidence slider and the meeting's controls, at the usual size and zoomed.
    expect(await smallTargets(page), 'check-in meeting').toEqual([]);
    await page.setViewportSize(ZOOMED);
    await untilStill(page);
    expect(await smallTargets(page), 'check-in meeting zoomed').toEqual([]);
    await page.setViewportSize(USUAL);
    await checkIns.answerByKeyboard({ value: '3', confidence: 70 });
    await checkIns.answerByKeyboard({ value: '96', confidence: 60 });
    await checkIns.answerByKeyboard({ value: '75', confidence: 50 });
    await page.getByRole('button', { name: 'Start check-in' }).waitFor();
    // Correcting a check-in from the key result's history.
    await page.getByRole('button', { name: RELIABILITY_KRS[0].title, exact: true }).first().click();
    await page.getByRole('button', { name: 'Correct…' }).first().click();
    const correct = app.dialog('Correct check-in');
    await expectDialogFits(page, correct, 'correct-check-in');
    await correct.getByRole('button', { name: 'Cancel' }).click();
    await correct.waitFor({ state: 'detached' });
    await app.moveToScoring();

    await page.getByRole('button', { name: /^Export (review|plan)…$/ }).click();
    const exportDialog = page.getByRole('dialog', { name: /^Export the/ });
    await exportDialog.getByRole('radio', { name: /^PDF/ }).waitFor();
    await expectDialogFits(page, exportDialog, 'export');
    await exportDialog.getByRole('button', { name: 'Cancel' }).click();
    await exportDialog.waitFor({ state: 'detached' });

    // Arriving at the retrospective zoomed: the focus goes to the first question, and the key
    // result's heading stays in view above it (the chart comes after the questions).
    await page.setViewportSize(ZOOMED);
    await page.getByRole('button', { name: 'Go to the retrospective' }).click();
    const firstQuestion = page.getByLabel('What worked?');
    await expect
      .poll(() => firstQuestion.evaluate((el) => el === document.activeElement))
      .toBe(true);
    await untilStill(page);
    await capture(page, 'large-text-retrospective-zoomed');
    const heading = page.getByRole('heading', { level: 2, name: RELIABILITY_KRS[0].title });
    expect((await whereOnScreen(heading)).isInView, 'retrospective zoomed: the heading').toBe(true);
    expect(
      (await whereOnScreen(firstQuestion)).isStartInView,
      'retrospective zoomed: the field',
    ).toBe(true);
    expect(await smallTargets(page), 'retrospective zoomed').toEqual([]);
    await page.setViewportSize(USUAL);

    // With 200% text the same: the heading and the focused field in the first screenful.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    // As on arriving: the page at its top, then the focus put in the first question.
    await firstQuestion.blur();
    await page.evaluate(() => window.scrollTo(0, 0));
    await firstQuestion.focus();
    await untilStill(page);
    await capture(page, 'large-text-retrospective-text');
    expect((await whereOnScreen(heading)).isInView, 'retrospective 200% text: the heading').toBe(
      true,
    );
    expect(
      (await whereOnScreen(firstQuestion)).isStartInView,
      'retrospective 200% text: the field',
    ).toBe(true);
    await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    expect(session.pageErrors).toEqual([]);
  });
});

describe('the projector’s view on different projectors', () => {
  it('keeps its proportions from 1024×768 to 1920×1080, and grows with zoom', async () => {
    const session = await BrowserSession.start('projector-scale', USUAL);
    const page = session.page;
    const screen = await projectorOnFirstItem(page);

    /** The title's type size as a share of the screen's width, and whether all of it fits. */
    const measure = async (viewport: { width: number; height: number }) => {
      await screen.resize(viewport.width, viewport.height);
      await untilStill(screen.page);
      await capture(screen.page, `projector-${viewport.width}x${viewport.height}`);
      const title = await whereOnScreen(screen.title());
      const timer = await whereOnScreen(screen.timer());
      const sizes = await screen.title().evaluate((el) => ({
        px: parseFloat(getComputedStyle(el).fontSize),
        sideways: document.documentElement.scrollWidth > window.innerWidth,
      }));
      return {
        fits: title.isInView && timer.isInView && !sizes.sideways,
        px: sizes.px,
        share: sizes.px / viewport.width,
      };
    };
    const large = await measure({ width: 1920, height: 1080 });
    const small = await measure({ width: 1024, height: 768 });
    // 200% zoom on the 1920×1080 screen: half the CSS pixels across.
    const zoomed = await measure({ width: 960, height: 540 });
    expect(large.fits, '1920×1080: title and timer on screen, no sideways scroll').toBe(true);
    expect(small.fits, '1024×768: title and timer on screen, no sideways scroll').toBe(true);
    expect(zoomed.fits, '200% zoom: title and timer on screen, no sideways scroll').toBe(true);
    // The same share of the screen within a fifth either way, not the same pixels.
    expect(small.share / large.share).toBeGreaterThan(0.8);
    expect(small.share / large.share).toBeLessThan(1.25);
    // Zoomed, every CSS pixel is two on the screen: the text is larger than unzoomed.
    expect(zoomed.px * 2).toBeGreaterThan(large.px);
    expect(session.pageErrors).toEqual([]);
  });
});
