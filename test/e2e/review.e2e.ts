import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PDF_OPTIONS } from '../../shared/print/pdfOptions';
import { AppPage } from './pages/AppPage';
import { CheckInsPage } from './pages/CheckInsPage';
import { ExportPage } from './pages/ExportPage';
import { expectAccessible } from './support/axe';
import { currentQuarter } from './support/plan';
import { BrowserSession } from './support/session';

const run = promisify(execFile);
const OBJECTIVE = 'Customers can rely on us';
const HOSTILE = '<img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("http://x","y")';

describe('the quarterly review document', () => {
  it('exports every format from the browser host, with hostile text kept as text', async (context) => {
    const session = await BrowserSession.start(context.task.name.replace(/\W+/g, '-'));
    const page = session.page;
    const app = new AppPage(page);
    const label = currentQuarter().label;
    await app.createTeam('Payments Platform', 'platform');
    await app.createQuarter(label, 'biweekly');
    await app.addObjective({ title: OBJECTIVE });
    await app.addKeyResult(OBJECTIVE, {
      title: 'P1 incidents from 8 to 2 per quarter',
      metric: 'P1 incidents',
      unit: 'count',
      baseline: '8',
      target: '2',
      direction: 'decrease',
    });
    await app.addKeyResult(OBJECTIVE, {
      title: HOSTILE,
      metric: 'm',
      unit: '%',
      baseline: '10',
      target: '20',
    });
    await app.addKeyResult(OBJECTIVE, {
      title: FORMULA,
      metric: 'm',
      unit: '%',
      baseline: '1',
      target: '2',
    });
    const checkIns = new CheckInsPage(page);
    await checkIns.open();
    await page.getByRole('button', { name: 'Start check-in' }).click();
    await checkIns.answerByKeyboard({ value: '4', confidence: 70, changed: 'Failover fixed' });
    await checkIns.answerByKeyboard({ value: '15', confidence: 60 });
    await checkIns.answerByKeyboard({ value: '1.5', confidence: 50 });
    await page.getByRole('button', { name: 'Start check-in' }).waitFor();

    await page.getByRole('button', { name: /^Export (review|plan)…$/ }).click();
    await expectAccessible(page, 'export dialog');
    await page.keyboard.press('Escape');
    const exporter = new ExportPage(page);

    const md = await exporter.exportAs(/^Markdown/);
    expect(md.name).toBe(`Payments-Platform-${label}-review.md`);
    const markdown = md.bytes.toString('utf8');
    expect(markdown).toContain('P1 incidents from 8 to 2 per quarter');
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)>');
    expect(markdown).not.toContain('<img');

    const html = (await exporter.exportAs(/^HTML/)).bytes.toString('utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<script/i);

    const krCsv = await exporter.exportAs(/^CSV: key results/);
    expect(krCsv.name).toBe(`Payments-Platform-${label}-key-results.csv`);
    const krText = krCsv.bytes.toString('utf8');
    expect(krText.split('\r\n')[0]).toContain('key_result');
    expect(krText).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    const checkInCsv = (await exporter.exportAs(/^CSV: check-ins/)).bytes.toString('utf8');
    expect(checkInCsv).toContain('Failover fixed');

    const docx = await exporter.exportAs(/^Word/);
    expect(docx.name.endsWith('.docx')).toBe(true);
    expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    // PDF is the same HTML printed by Chromium, as Electron prints it in the app.
    const printPage = await session.context!.newPage();
    await printPage.setContent(html);
    const dir = await mkdtemp(join(tmpdir(), 'quarterdeck-pdf-'));
    const pdfPath = join(dir, 'review.pdf');
    await writeFile(pdfPath, await printPage.pdf(PDF_OPTIONS));
    const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-']);
    expect(stdout).toContain('P1 incidents from 8 to 2 per quarter');
    expect(stdout).toContain(HOSTILE);
    // Page numbers in the footer, and exactly one on each page.
    const pages = Number((await run('pdfinfo', [pdfPath])).stdout.match(/Pages:\s+(\d+)/)?.[1]);
    expect(pages).toBeGreaterThan(0);
    for (let n = 1; n <= pages; n += 1)
      expect(stdout.match(new RegExp(`\\b${n} ?/ ?${pages}\\b`, 'g'))).toHaveLength(1);
    expect(session.pageErrors).toEqual([]);
  });
});
