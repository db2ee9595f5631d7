import type { Locator, Page } from 'playwright-core';

/** The Setting phase's guided wizard, as a facilitator drives it. */
export class SettingWizardPage {
  constructor(readonly page: Page) {}

  step(name: string): Locator {
    return this.page
      .getByRole('navigation', { name: 'Setting steps' })
      .getByRole('button', { name: new RegExp(name) });
  }

  /** The wizard's status line, `Step 2 of 5: Objectives`. */
  currentStep(): Locator {
    return this.page.getByText(/^Step \d+ of \d+: /);
  }

  keyResultDialog(): Locator {
    return this.page.getByRole('dialog', { name: /key result/ });
  }

  coach(): Locator {
    return this.keyResultDialog().getByRole('complementary', { name: 'Coach' });
  }

  /** A coach finding by the label a person reads for its rule (RULE_LABEL), in `within`. */
  finding(rule: string, within: Locator): Locator {
    const label = new RegExp(`^${rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:?$`);
    return within.getByRole('listitem').filter({ has: this.page.getByText(label) });
  }

  async fillChain(businessNeed: string, engineeringLever: string): Promise<void> {
    await this.page.getByLabel('Business need').fill(businessNeed);
    await this.page.getByLabel('Engineering lever').fill(engineeringLever);
    // Next saves what is typed on the step before moving on.
    await this.page.getByRole('button', { name: 'Next →' }).click();
  }

  /** Adds an objective using only the keyboard: the button, typing, and Enter to save. */
  async addObjectiveByKeyboard(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add objective' }).first().focus();
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('dialog', { name: 'Add objective' }).waitFor();
    await this.page.keyboard.type(title);
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('dialog', { name: 'Add objective' }).waitFor({ state: 'detached' });
  }

  async openNewKeyResult(objectiveTitle: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Add key result to ${objectiveTitle}` }).click();
    const dialog = this.keyResultDialog();
    await dialog.waitFor();
    return dialog;
  }

  async acknowledgeNextError(reason: string): Promise<boolean> {
    // An error-level finding reads "Must fix"; one not yet kept still offers Acknowledge….
    const pending = this.page
      .getByRole('listitem')
      .filter({ hasText: /Must fix/ })
      .filter({ has: this.page.getByRole('button', { name: /^Acknowledge/ }) })
      .first();
    if ((await pending.count()) === 0) return false;
    const kept = await this.page.getByText('Kept on purpose').count();
    await pending.getByRole('button', { name: /^Acknowledge/ }).click();
    // The button turns into a reason field, so the finding is found again by that field.
    const field = this.page.getByRole('textbox', { name: /^Reason for keeping/ });
    await field.fill(reason);
    await field.press('Enter');
    await this.page.getByText('Kept on purpose').nth(kept).waitFor();
    return true;
  }
}
