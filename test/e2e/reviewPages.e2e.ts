import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDocx } from '../../shared/documents/docx';
import { toHtml } from '../../shared/documents/html';
import { buildReviewDocument } from '../../shared/documents/model';
import { PDF_OPTIONS } from '../../shared/print/pdfOptions';
import { planningQuarter, realisticQuarter } from '../unit/shared/documents/realisticQuarter';
import { CHROMIUM_ARGS, findChromium } from './support/chromium';

/**
 * The printed review, measured as a reader gets it: the HTML printed by Chromium as the app
 * prints it (shared/print), and the Word file laid out by LibreOffice where it is installed.
 * A 13-KR quarter's body (before the check-in log) is 6–8 pages; no page but the last is
 * near-empty; page one is the summary.
 */

const run = promisify(execFile);
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((p) =>
  existsSync(p),
);

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quarterdeck-pages-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Each page's text, from a PDF. */
async function pagesOf(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
  // pdftotext ends each page with a form feed.
  return stdout.split('\f').slice(0, -1);
}

async function printHtml(html: string, name: string): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    const pdf = join(dir, `${name}.pdf`);
    await writeFile(pdf, await page.pdf(PDF_OPTIONS));
    return await pagesOf(pdf);
  } finally {
    await browser.close();
  }
}

/** Where the check-in log starts: the pages before it are the body. */
function bodyPages(pages: string[]): number {
  // The heading ends its line; the contents' entry goes on to its page number.
  const at = pages.findIndex((p) => /Appendix: check-in log[ \t]*$/m.test(p));
  return at < 0 ? pages.length : at;
}

function expectNoNearEmptyPage(pages: string[], minChars: number): void {
  pages.slice(0, -1).forEach((text, i) => {
    expect(text.replace(/\s+/g, ' ').length, `page ${i + 1}`).toBeGreaterThan(minChars);
  });
}

describe('the printed review (HTML → PDF, as the app prints it)', () => {
  it('keeps a 13-KR quarter to a short body, the summary on page one, numbered pages', async () => {
    const pages = await printHtml(toHtml(buildReviewDocument(realisticQuarter())), 'review');
    console.log(`HTML → PDF: ${pages.length} pages, body ${bodyPages(pages)}`);
    expect(bodyPages(pages)).toBeGreaterThanOrEqual(6);
    expect(bodyPages(pages)).toBeLessThanOrEqual(8);
    expect(pages.length).toBeLessThanOrEqual(12);
    expect(pages[0]).toContain('Summary');
    expect(pages[0]).toContain('2 of 3 committed objectives below 1.0');
    expect(pages[0]).toContain('We made payment incidents rarer');
    expect(pages[0]).not.toContain('Scorecard');
    expectNoNearEmptyPage(pages, 900);
    pages.forEach((text, i) => {
      expect(text.match(new RegExp(`\\b${i + 1} / ${pages.length}\\b`, 'g'))).toHaveLength(1);
      expect(text).toContain('Payments Platform · 2027-Q1 quarterly review');
    });
  });

  it('prints a quarter still being set as a short plan', async () => {
    const pages = await printHtml(toHtml(buildReviewDocument(planningQuarter())), 'plan');
    console.log(`HTML → PDF (plan): ${pages.length} pages`);
    expect(pages.length).toBeLessThanOrEqual(4);
    expect(pages[0]).toContain('PLAN · 2027-Q2');
    expect(pages.join('')).not.toMatch(/Overall score|Not scored/);
    expectNoNearEmptyPage(pages, 900);
  });
});

describe.skipIf(!SOFFICE)('the Word review laid out by LibreOffice', () => {
  async function convert(bytes: Uint8Array, name: string): Promise<string[]> {
    const docx = join(dir, `${name}.docx`);
    await writeFile(docx, bytes);
    // A profile of its own, so a LibreOffice already running elsewhere is left alone.
    const profile = `file://${join(dir, `lo-${name}`)}`;
    await run(SOFFICE!, [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ]);
    return pagesOf(join(dir, `${name}.pdf`));
  }

  it('keeps a 13-KR quarter to a short body with numbered pages, a header and contents', async () => {
    const pages = await convert(await toDocx(buildReviewDocument(realisticQuarter())), 'review');
    console.log(`DOCX → PDF: ${pages.length} pages, body ${bodyPages(pages)}`);
    expect(bodyPages(pages)).toBeGreaterThanOrEqual(6);
    expect(bodyPages(pages)).toBeLessThanOrEqual(8);
    expect(pages.length).toBeLessThanOrEqual(12);
    expect(pages[0]).toContain('Summary');
    expect(pages[0]).toContain('Overall score 0.7');
    expect(pages.join('')).toMatch(/Contents[\s\S]*1\. Make checkout payments fast\.+\s*\d/);
    expectNoNearEmptyPage(pages, 500);
    pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      if (i > 0) expect(text).toContain('Payments Platform · 2027-Q1 quarterly review');
    });
  });
});

if (!SOFFICE) {
  console.log('Word layout check skipped: LibreOffice (soffice) is not installed.');
}
