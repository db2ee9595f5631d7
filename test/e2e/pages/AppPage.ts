import type { Locator, Page } from 'playwright-core';

/** How a key result's row is named: `Key result: <title>`. */
const KEY_RESULT_NAME = /^Key result: /;

export type KeyResultFields = {
  title: string;
  metric?: string;
  unit?: string;
  baseline?: string;
  target?: string;
  direction?: 'increase' | 'decrease';
  owner?: string;
};

/**
 * The Quarterdeck window as a user sees it: actions by role and label. Shared by the Chromium
 * and the Electron end-to-end suites.
 */
export class AppPage {
  constructor(readonly page: Page) {}

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  objective(title: string): Locator {
    return this.page.getByRole('article', { name: `Objective: ${title}` });
  }

  keyResult(title: string): Locator {
    return this.page.getByRole('listitem', { name: `Key result: ${title}` });
  }

  phaseNav(name: string | RegExp): Locator {
    return this.page
      .getByRole('navigation', { name: 'Cycle phases' })
      .getByRole('button', { name });
  }

  /** Opens a step of the Setting wizard: objectives live in step 2, key results in step 3. */
  async settingStep(
    name: 'The chain' | 'Objectives' | 'Key results' | 'Dependencies' | 'Review',
  ): Promise<void> {
    const step = this.page
      .getByRole('navigation', { name: 'Setting steps' })
      .getByRole('button', { name: new RegExp(`^${name}`) });
    if ((await step.getAttribute('aria-current')) !== 'step') await step.click();
  }

  async createTeam(
    name: string,
    fn: 'platform' | 'product' | 'data' | 'security' | 'other',
  ): Promise<void> {
    await this.page.getByRole('button', { name: 'New team' }).first().click();
    const dialog = this.dialog('New team');
    await dialog.getByLabel('Team name').fill(name);
    await dialog.getByLabel('Engineering function').selectOption(fn);
    await dialog.getByRole('button', { name: 'Create team' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async createQuarter(label: string, cadence: 'weekly' | 'biweekly' | 'monthly'): Promise<void> {
    await this.page.getByRole('button', { name: 'New quarter' }).first().click();
    const dialog = this.dialog('New quarter');
    await dialog.getByLabel('Quarter label').fill(label);
    await dialog.getByLabel('Check-in cadence').selectOption(cadence);
    await dialog.getByRole('button', { name: 'Create quarter' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async addObjective(fields: {
    title: string;
    description?: string;
    kind?: 'committed' | 'aspirational';
    businessNeed?: string;
    engineeringLever?: string;
  }): Promise<void> {
    await this.settingStep('Objectives');
    await this.page.getByRole('button', { name: 'Add objective' }).first().click();
    const dialog = this.dialog('Add objective');
    await dialog.getByLabel('Objective title').fill(fields.title);
    if (fields.description) await dialog.getByLabel('Description').fill(fields.description);
    if (fields.kind === 'aspirational') await dialog.getByLabel(/^Aspirational/).check();
    if (fields.businessNeed) await dialog.getByLabel('Business need').fill(fields.businessNeed);
    if (fields.engineeringLever)
      await dialog.getByLabel('Engineering lever').fill(fields.engineeringLever);
    await dialog.getByRole('button', { name: 'Save objective' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async addKeyResult(objectiveTitle: string, fields: KeyResultFields): Promise<void> {
    await this.settingStep('Key results');
    await this.objective(objectiveTitle).getByRole('button', { name: 'Add key result' }).click();
    await this.fillKeyResult(this.dialog('Add key result'), fields);
  }

  /** Opens a key result's form from the Setting step, and returns it unsaved. */
  async openKeyResult(title: string): Promise<Locator> {
    await this.settingStep('Key results');
    await this.page.getByRole('button', { name: `Edit key result: ${title}` }).click();
    return this.dialog('Edit key result');
  }

  async editKeyResult(title: string, fields: Partial<KeyResultFields>): Promise<void> {
    await this.fillKeyResult(await this.openKeyResult(title), fields);
  }

  async deleteKeyResult(title: string): Promise<void> {
    await this.settingStep('Key results');
    await this.page.getByRole('button', { name: `Delete key result: ${title}` }).click();
  }

  /** Starts the quarter from the Setting review (every error dealt with): it moves to Check-ins. */
  async startQuarter(): Promise<void> {
    await this.settingStep('Review');
    await this.page.getByRole('button', { name: 'Start the quarter', exact: true }).click();
    await this.phaseNav(/^Check-ins now$/).waitFor();
  }

  /** Chooses an item of the quarter's menu (move back, move to scoring early, delete). */
  async quarterMenu(item: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: 'Quarter', exact: true }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  /**
   * Moves a started quarter to scoring from the quarter's menu, whatever the date: before its last
   * two weeks the item says "early…" and a question follows, which this answers.
   */
  async moveToScoring(): Promise<void> {
    await this.page.getByRole('button', { name: 'Quarter', exact: true }).click();
    const item = this.page.getByRole('menuitem', { name: /^Move the quarter to scoring/ });
    const asksFirst = (await item.innerText()).trim().endsWith('…');
    await item.click();
    if (asksFirst) {
      await this.page
        .getByRole('alertdialog', { name: /to scoring now\?$/ })
        .getByRole('button', { name: 'Move the quarter to scoring' })
        .click();
    }
    await this.phaseNav(/^Scoring now$/).waitFor();
  }

  /** Whether the phase navigation marks `phase` as the one the quarter is in now. */
  async isInPhase(phase: 'Setting' | 'Check-ins' | 'Scoring' | 'Retrospective'): Promise<boolean> {
    return this.phaseNav(new RegExp(`^${phase} now$`)).isVisible();
  }

  /** Deletes the team on screen: Edit team, Delete team…, then the question that names counts. */
  async askToDeleteTeam(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Edit team' }).click();
    await this.dialog('Edit team').getByRole('button', { name: 'Delete team…' }).click();
    const question = this.page.getByRole('alertdialog', { name: `Delete ${name}?` });
    // The question counts what the team holds before it can be answered.
    await question.getByText(/^This deletes /).waitFor();
    return question;
  }

  async undo(): Promise<void> {
    // The newest toast's Undo: an earlier one may still be on screen.
    await this.page.getByRole('status').getByRole('button', { name: 'Undo' }).last().click();
  }

  /** Key result titles under an objective, in the order shown (from each row's name). */
  async keyResultTitles(objectiveTitle: string): Promise<string[]> {
    await this.settingStep('Key results');
    const rows = this.objective(objectiveTitle).getByRole('listitem', { name: KEY_RESULT_NAME });
    const names = await rows.evaluateAll((items) =>
      items.map((item) => item.getAttribute('aria-label') ?? ''),
    );
    return names.map((name) => name.replace(KEY_RESULT_NAME, ''));
  }

  private async fillKeyResult(dialog: Locator, fields: Partial<KeyResultFields>): Promise<void> {
    const text: [string, string | undefined][] = [
      ['Key result title', fields.title],
      ['Metric', fields.metric],
      ['Unit', fields.unit],
      ['Baseline', fields.baseline],
      ['Target', fields.target],
      ['Owner', fields.owner],
    ];
    for (const [label, value] of text) {
      if (value !== undefined) await dialog.getByLabel(label, { exact: true }).fill(value);
    }
    if (fields.direction) await dialog.getByLabel('Direction').selectOption(fields.direction);
    await dialog.getByRole('button', { name: 'Save key result' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}
