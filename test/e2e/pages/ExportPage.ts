import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/**
 * The review export: a dialog, then a download in a browser or a save dialog (answered by main
 * under test) in the desktop app.
 */
/** A quarter in Setting exports as its plan, a later one as its quarterly review. */
const EXPORT_BUTTON = /^Export (review|plan)…$/;
const EXPORT_DIALOG = /^Export the (quarterly review|plan)$/;

export class ExportPage {
  constructor(readonly page: Page) {}

  /** Exports in the format whose option starts with `label` and waits for the dialog to close. */
  async exportToFile(label: RegExp): Promise<void> {
    await this.page.getByRole('button', { name: EXPORT_BUTTON }).click();
    const dialog = this.page.getByRole('dialog', { name: EXPORT_DIALOG });
    await dialog.getByRole('radio', { name: label }).check();
    await dialog.getByRole('button', { name: 'Export' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** In a browser: exports like {@link exportToFile}; returns the downloaded file. */
  async exportAs(label: RegExp): Promise<{ name: string; bytes: Buffer }> {
    await this.page.getByRole('button', { name: EXPORT_BUTTON }).click();
    const dialog = this.page.getByRole('dialog', { name: EXPORT_DIALOG });
    await dialog.getByRole('radio', { name: label }).check();
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export' }).click();
    const file = await download;
    const path = await file.path();
    await dialog.waitFor({ state: 'detached' });
    return { name: file.suggestedFilename(), bytes: await readFile(path) };
  }
}
