import type { Locator, Page } from 'playwright-core';

/** Settings → Workspace folder, as a person uses it. */
export class FolderPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Workspace folder' });
  }

  /** The sidebar's way in, with its one-line state ("synced with okrs", "1 to choose"). */
  get link(): Locator {
    return this.page.getByRole('button', { name: /^Workspace folder…/ });
  }

  async open(): Promise<void> {
    if (await this.dialog.isVisible()) return;
    await this.link.click();
    await this.dialog.waitFor();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).last().click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** Chooses the folder (the picker answers with the test's folder) and waits for the first sync. */
  async connect(): Promise<void> {
    await this.open();
    await this.dialog.getByRole('button', { name: 'Choose a folder…' }).click();
    await this.dialog.getByText(/^Last synced /).waitFor();
  }

  /** "Sync now", then waits until the sync has finished. */
  async syncNow(): Promise<void> {
    await this.open();
    await this.dialog.getByRole('button', { name: 'Sync now' }).click();
    await this.dialog.getByRole('button', { name: 'Sync now', disabled: false }).waitFor();
    await this.dialog.getByText(/^Last synced /).waitFor();
  }

  /** The files the last sync could not use, as shown: name and reason. */
  problems(): Locator {
    return this.dialog.getByRole('region', { name: 'Files Quarterdeck could not use' });
  }

  /** Opens the choice for a conflict by what it is called ("key result “…”"). */
  async openConflict(what: string): Promise<Locator> {
    await this.open();
    await this.dialog.getByRole('button', { name: `Choose… for the ${what}` }).click();
    const prompt = this.page.getByRole('dialog', {
      name: new RegExp('changed here and in the workspace folder'),
    });
    await prompt.waitFor();
    return prompt;
  }
}
