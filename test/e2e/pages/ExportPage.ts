import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** The review export, as a browser user gets it: a dialog, then a download. */
export class ExportPage {
  constructor(readonly page: Page) {}

  /** Exports in the format whose option starts with `label`; returns the downloaded file. */
  async exportAs(label: RegExp): Promise<{ name: string; bytes: Buffer }> {
    await this.page.getByRole('button', { name: 'Export review…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Export the quarterly review' });
    await dialog.getByRole('radio', { name: label }).check();
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export' }).click();
    const file = await download;
    const path = await file.path();
    await dialog.waitFor({ state: 'detached' });
    return { name: file.suggestedFilename(), bytes: await readFile(path) };
  }
}
