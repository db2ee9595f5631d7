import type { FileChooser, Locator, Page } from 'playwright-core';

/** The "Back up and restore" dialog, as a user works it: by role and label. */
export class BackupPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Back up and restore' });
  }

  /** The automatic backups the dialog lists, newest first: the table's rows below its header. */
  get automaticBackups(): Locator {
    return this.dialog
      .getByRole('table', { name: 'Automatic backups, newest first' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: /^Restore the backup of / }) });
  }

  /**
   * The newest automatic backup's line, once it is not `previous`: the list refreshes when the
   * app takes one, so this waits for a backup being taken to show up.
   */
  async newestAutomaticBackup(previous: string | null = null): Promise<string> {
    const newest = this.automaticBackups.first();
    await (previous === null ? newest : newest.filter({ hasNotText: previous })).waitFor();
    return newest.innerText();
  }

  /** Opens the dialog and waits until it has listed the automatic backups. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back up or restore…' }).click();
    await this.dialog.getByRole('heading', { name: 'Automatic backups' }).waitFor();
    await this.dialog.getByText('Looking for automatic backups…').waitFor({ state: 'detached' });
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).last().click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** Starts "Back up all data"; resolves with the download the browser starts. */
  async backUpAll() {
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Back up all data' }).click();
    return download;
  }

  /** Clicks "Choose a backup file…" and returns the file chooser the browser opens. */
  async chooseFile(): Promise<FileChooser> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog.getByRole('button', { name: 'Choose a backup file…' }).click();
    return chooser;
  }

  /** Confirms the previewed restore (once the preview is ready) and waits until it is done. */
  async confirmRestore(): Promise<void> {
    await this.dialog
      .getByRole('region', { name: 'Restore' })
      .getByRole('button', { name: /^Restore( \(nothing would change\))?$/ })
      .click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
