import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@shared/domain/csv';
import {
  CHECK_IN_CSV_COLUMNS,
  KEY_RESULT_CSV_COLUMNS,
  toCheckInsCsv,
  toKeyResultsCsv,
} from '@shared/documents/csv';
import { toDocx } from '@shared/documents/docx';
import { toHtml } from '@shared/documents/html';
import { toMarkdown } from '@shared/documents/markdown';
import { buildReviewDocument } from '@shared/documents/model';
import { noObjectivesText } from '@shared/documents/outline';
import { quarterFixture } from './fixture';

/** The fixture's quarter with nothing planned in it. */
function emptyQuarter() {
  return buildReviewDocument({
    ...quarterFixture(),
    objectives: [],
    keyResults: [],
    checkIns: [],
    keyResultRetros: [],
    dependencies: [],
  });
}

const SAID = 'No objectives were set for 2027-Q1.';

describe('a quarter with no objectives, in every review format', () => {
  const doc = emptyQuarter();

  it('is worded once', () => {
    expect(noObjectivesText('2027-Q1')).toBe(SAID);
  });

  it('says so in Markdown, with no scorecard table or heading', () => {
    const md = toMarkdown(doc);
    expect(md).toContain(`## Summary\n\n${SAID}`);
    expect(md).not.toContain('## Scorecard');
    expect(md).not.toContain('| --- |');
    expect(md).not.toContain('Overall score');
  });

  it('says so in HTML (the PDF’s source), with no table', () => {
    const html = toHtml(doc);
    expect(html).toContain(SAID);
    expect(html).not.toContain('<table');
    expect(html).not.toContain('Scorecard');
    expect(html).not.toContain('Overall score');
  });

  it('says so in Word, with no table and no scorecard in the contents', async () => {
    const xml = new TextDecoder().decode(unzipSync(await toDocx(doc))['word/document.xml']);
    expect(xml).toContain(SAID);
    expect(xml).not.toContain('<w:tbl>');
    expect(xml).not.toContain('Scorecard');
  });

  it('keeps each CSV’s header row and nothing else', () => {
    for (const [csv, columns] of [
      [toKeyResultsCsv(doc), KEY_RESULT_CSV_COLUMNS],
      [toCheckInsCsv(doc), CHECK_IN_CSV_COLUMNS],
    ] as const) {
      const parsed = parseCsv(csv);
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.records.map((r) => r.fields)).toEqual([[...columns]]);
    }
  });
});
