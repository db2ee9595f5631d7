import { unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@shared/domain/csv';
import { toCheckInsCsv, toKeyResultsCsv } from '@shared/documents/csv';
import { toDocx } from '@shared/documents/docx';
import { toHtml } from '@shared/documents/html';
import { escapeMarkdownInline, escapeMarkdownLine, toMarkdown } from '@shared/documents/markdown';
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

  it('stays text in Markdown: no raw HTML, heading, list, link or table cell', () => {
    const md = toMarkdown(doc);
    expect(md).not.toContain('<img');
    expect(md).toContain('### 1.1 &lt;img src=x onerror=alert(1)>');
    expect(md).toContain('### 2.1 # heading');
    expect(md).toContain('### 2.2 \\| pipe \\|');
    expect(md).toContain('**Metric:** -2+3');
    // Rendered, every hostile title is exactly its text, and tables keep their columns.
    const html = new MarkdownIt().render(md);
    expect(html).not.toMatch(/<img|<a |<script/);
    expect(html).toContain('<h3>1.1 &lt;img src=x onerror=alert(1)&gt;</h3>');
    expect(html).toContain('<h3>2.1 # heading</h3>');
    expect(html).toContain('<h3>2.2 | pipe |</h3>');
    expect(html).toContain('<li># heading: Too easy</li>');
    const scorecard = html.slice(html.indexOf('<h2>Scorecard</h2>'));
    const firstTable = scorecard.slice(0, scorecard.indexOf('</table>'));
    for (const row of firstTable.match(/<tr>.*?<\/tr>/gs) ?? []) {
      expect((row.match(/<t[dh][ >]/g) ?? []).length).toBe(9);
    }
    expect(firstTable).toContain('<td>| pipe |</td>');
  });

  it('escapes Markdown only where it would change what a reader sees', () => {
    const cases: [string, string][] = [
      ['would-be fix (trailing 90 days)', 'would-be fix (trailing 90 days)'],
      ['payments_by_user index', 'payments_by_user index'],
      ['_emphasis_ and **bold**', '\\_emphasis\\_ and \\*\\*bold\\*\\*'],
      ['a [link](http://x)', 'a \\[link](http://x)'],
      ['`code`', '\\`code\\`'],
      ['~~gone~~ but ~20%', '\\~\\~gone\\~\\~ but \\~20%'],
      ['AT&T &amp; co', 'AT&T &amp;amp; co'],
      ['0.7*', '0.7*'],
    ];
    for (const [text, escaped] of cases) expect(escapeMarkdownInline(text)).toBe(escaped);
    const md = new MarkdownIt();
    for (const [text] of cases) {
      const rendered = md.renderInline(escapeMarkdownInline(text));
      expect(
        rendered
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"'),
      ).toBe(text);
    }
    for (const line of [
      '# title',
      '- item',
      '+ item',
      '* item',
      '1. item',
      '> quote',
      '---',
      '===',
      '    code',
    ]) {
      const rendered = md.render(escapeMarkdownLine(line));
      expect(rendered).toBe(`<p>${line.trim().replace(/>/g, '&gt;')}</p>\n`);
    }
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
