import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@shared/domain/csv';
import { toCheckInsCsv, toKeyResultsCsv } from '@shared/documents/csv';
import { toDocx } from '@shared/documents/docx';
import { toHtml } from '@shared/documents/html';
import { toMarkdown } from '@shared/documents/markdown';
import { buildReviewDocument } from '@shared/documents/model';
import { quarterFixture } from './fixture';

const IMG = '<img src=x onerror=alert(1)>';
const HYPERLINK = '=HYPERLINK("http://x")';
const HEADING = '# heading';
const PIPE = '| pipe |';
const OBJECTIVE = '@SUM(A1)';
const data = quarterFixture([IMG, HYPERLINK, HEADING, PIPE], OBJECTIVE);
const firstKr = data.keyResults.find((kr) => kr.id === 'kr-1')!;
firstKr.metric = '-2+3';
firstKr.owner = '+cmd';
data.checkIns[0]!.blockers = '-2+3';
const doc = buildReviewDocument(data);

function cells(csv: string): string[][] {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.records.map((r) => r.fields);
}

describe('hostile text', () => {
  it('stays text in HTML', () => {
    const html = toHtml(doc);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('=HYPERLINK(&quot;http://x&quot;)');
    expect(html).not.toMatch(/<[a-z]+[^>]*\s(?:src|href|on\w+)=/i);
    expect(html).not.toMatch(/<script/i);
  });

  it('stays text in Markdown: no raw HTML, heading, list or table cell', () => {
    const md = toMarkdown(doc);
    expect(md).toContain('### &lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(md).not.toContain('<img');
    expect(md).toContain('### \\# heading');
    expect(md).toContain('### \\| pipe \\|');
    expect(md).toContain('=HYPERLINK\\("http://x"\\)');
    expect(md).toContain('**Metric:** \\-2\\+3');
    // In tables too: a pipe in a title must not open a new cell.
    expect(md).toContain('| \\| pipe \\| | Make payment incidents rare |');
    expect(md).toContain('- \\# heading: Too easy');
  });

  it('cannot run as a spreadsheet formula, and parses back to the same cells', () => {
    const krRows = cells(toKeyResultsCsv(doc));
    expect(krRows.map((r) => r[5])).toEqual(['key_result', IMG, `'${HYPERLINK}`, HEADING, PIPE]);
    expect(krRows[1]![2]).toBe(`'${OBJECTIVE}`);
    expect(krRows[1]![6]).toBe("'-2+3");
    expect(krRows[1]![12]).toBe("'+cmd");
    const checkInRows = cells(toCheckInsCsv(doc));
    expect(checkInRows[1]![8]).toBe("'-2+3");
    // Numbers we write stay numbers, even negative ones.
    const negative = buildReviewDocument({
      ...data,
      keyResults: data.keyResults.map((kr) => ({ ...kr, baseline: -2 })),
    });
    expect(cells(toKeyResultsCsv(negative))[1]![8]).toBe('-2');
  });

  it('round-trips every text cell through RFC 4180 parsing', () => {
    const tricky = 'a,"b"\r\nc';
    const withTricky = buildReviewDocument({
      ...data,
      checkIns: data.checkIns.map((c) => ({ ...c, changed: tricky })),
    });
    const rows = cells(toCheckInsCsv(withTricky));
    expect(rows.slice(1).every((r) => r[7] === tricky && r.length === 10)).toBe(true);
  });

  it('is escaped XML text in the Word document', async () => {
    const files = unzipSync(await toDocx(doc));
    const xml = new TextDecoder().decode(files['word/document.xml']);
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(xml).not.toContain('<img');
    expect(xml).toContain('| pipe |');
    expect(xml).toMatch(/=HYPERLINK\((&quot;|")http:\/\/x(&quot;|")\)/);
  });
});
