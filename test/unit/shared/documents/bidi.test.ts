import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toCheckInsCsv, toKeyResultsCsv } from '@shared/documents/csv';
import { toDocx } from '@shared/documents/docx';
import { toHtml } from '@shared/documents/html';
import { toMarkdown } from '@shared/documents/markdown';
import { buildReviewDocument } from '@shared/documents/model';
import { quarterFixture } from './fixture';

const RLO = '\u202e';
const SPOOF = `Invoices ${RLO}gnp.exe paid on time`;
/** The title as every document shows it: isolated, its override closed inside. */
const ISOLATED = `\u2068Invoices ${RLO}gnp.exe paid on time\u202c\u2069`;

const doc = buildReviewDocument(
  quarterFixture([SPOOF, 'Second', 'Third', 'Fourth'], `Team ${RLO}reversed`),
);

const ISOLATE = /\u2068[^\u2068\u2069]*\u2069/g;

/** Whether every override sits in an isolate that also closes it. */
function everyOverrideIsolated(text: string): boolean {
  const outside = text.replace(ISOLATE, '');
  const isolates = text.match(ISOLATE) ?? [];
  return (
    !outside.includes(RLO) &&
    isolates.every((i) => i.split(RLO).length === i.split('\u202c').length)
  );
}

describe('bidirectional overrides in every export', () => {
  it.each([
    ['Markdown', () => toMarkdown(doc)],
    ['HTML', () => toHtml(doc)],
    ['key-result CSV', () => toKeyResultsCsv(doc)],
    ['check-in CSV', () => toCheckInsCsv(doc)],
  ])('are isolated in the %s, so a title cannot reorder what follows it', (_, write) => {
    const text = write();
    expect(text).toContain(RLO);
    expect(everyOverrideIsolated(text)).toBe(true);
  });

  it('are isolated in the Word document', async () => {
    const xml = new TextDecoder().decode(unzipSync(await toDocx(doc))['word/document.xml']);
    expect(xml).toContain(ISOLATED);
    expect(everyOverrideIsolated(xml)).toBe(true);
  });
});
