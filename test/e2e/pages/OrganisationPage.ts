import type { Locator, Page } from 'playwright-core';
import { createBackup, serializeBackup, type BackupData } from '../../../shared/backup/fileFormat';
import { BackupPage } from './BackupPage';

/** The organisation view as a user works it: the "All teams" navigation, the tree, the palette. */
export class OrganisationPage {
  constructor(readonly page: Page) {}

  /** Opens a screen of the organisation view from the sidebar. */
  async open(
    screen: 'Overview' | 'Alignment tree' | 'Dependency map' | 'Levels and teams',
  ): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Organisation' })
      .getByRole('button', { name: screen })
      .click();
    await this.page.getByRole('heading', { level: 1, name: new RegExp(`^${screen}`) }).waitFor();
  }

  get tree(): Locator {
    return this.page.getByRole('tree');
  }

  /** An objective's line in the tree, by its title and owner (`Team: Payments`). */
  treeObjective(title: string, owner: string): Locator {
    return this.tree.getByRole('treeitem', { name: `${title}, ${owner}`, exact: true });
  }

  /** The visible lines of the tree, as text. */
  async treeLines(): Promise<string[]> {
    return this.tree.getByRole('treeitem').allInnerTexts();
  }

  /** The overview's line for a team. */
  overviewRow(team: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: team }) });
  }

  /** Ctrl+K, a query, and Enter on the first result. */
  async goTo(query: string, choose: string): Promise<void> {
    await this.page.keyboard.press('Control+k');
    const palette = this.page.getByRole('dialog', { name: 'Go to' });
    await palette.getByRole('combobox', { name: 'Search' }).fill(query);
    await palette
      .getByRole('option', { name: new RegExp(choose) })
      .first()
      .click();
    await palette.waitFor({ state: 'detached' });
  }

  /** Restores a workspace from a backup file, as a user would from the backup dialog. */
  async restore(data: BackupData): Promise<void> {
    const backup = new BackupPage(this.page);
    await backup.open();
    const chooser = await backup.chooseFile();
    const text = serializeBackup(await createBackup(data, 'e2e'));
    await chooser.setFiles({
      name: 'organisation.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await backup.confirmRestore();
  }
}
