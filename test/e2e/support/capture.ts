import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * With QUARTERDECK_SCREENSHOTS set, saves what `page` shows as test-results/<name>.png, for a
 * person to look at; otherwise does nothing (screenshots are never committed or compared).
 */
export async function capture(page: Page, name: string): Promise<void> {
  if (!process.env.QUARTERDECK_SCREENSHOTS) return;
  await mkdir('test-results', { recursive: true });
  await page.screenshot({ path: join('test-results', `${name}.png`) });
}
