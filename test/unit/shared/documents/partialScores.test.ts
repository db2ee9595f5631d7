import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toKeyResultsCsv } from '@shared/documents/csv';
import { toDocx } from '@shared/documents/docx';
import { toHtml } from '@shared/documents/html';
import { toMarkdown } from '@shared/documents/markdown';
import { buildReviewDocument } from '@shared/documents/model';
import { quarterFixture } from './fixture';

/** The fixture's committed objective with a third key result that has no baseline or target. */
function partlyScored() {
  const data = quarterFixture();
  const [first] = data.keyResults.filter((kr) => kr.objectiveId === 'o-1');
  if (!first) throw new Error('The fixture has key results under o-1.');
  data.keyResults.push({
    ...first,
    id: 'kr-5',
    order: 2,
    title: 'Halve card declines',
    baseline: null,
    target: null,
  });
  return buildReviewDocument(data);
}

const FROM = '(from 2 of 3 key results)';

describe('an objective scored from only some of its key results, in every review format', () => {
  const doc = partlyScored();
  const objective = doc.objectives.find((o) => o.id === 'o-1');

  it('says how many key results the score stands on in Markdown, HTML, Word and CSV', async () => {
    expect(objective?.scoreText).toMatch(/^\d\.\d \(from 2 of 3 key results\)$/);
    expect(toMarkdown(doc)).toContain(objective?.scoreText);
    expect(toHtml(doc)).toContain(FROM);
    const files = unzipSync(await toDocx(doc));
    expect(new TextDecoder().decode(files['word/document.xml'])).toContain(FROM);
    expect(toKeyResultsCsv(doc)).toContain(FROM);
  });

  it('keeps the bare score for an objective whose key results are all scored', () => {
    expect(doc.objectives.find((o) => o.id === 'o-2')?.scoreText).toMatch(/^\d\.\d$/);
  });
});
