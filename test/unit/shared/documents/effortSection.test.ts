import { describe, expect, it } from 'vitest';
import { toDocx } from '@shared/documents/docx';
import { toHtml } from '@shared/documents/html';
import { toMarkdown } from '@shared/documents/markdown';
import { buildReviewDocument } from '@shared/documents/model';
import type { EffortEntry } from '@shared/domain/workshop';
import { quarterFixture } from './fixture';

const AT = '2027-01-04T09:00:00.000Z';

function entry(patch: Partial<EffortEntry>): EffortEntry {
  return {
    id: crypto.randomUUID(),
    cycleId: 'c',
    phase: 'setting',
    activity: 'workshop',
    label: 'Planning workshop',
    date: '2026-12-10',
    minutes: 120,
    attendees: 6,
    workshopId: null,
    createdAt: AT,
    updatedAt: AT,
    ...patch,
  };
}

describe('the review document’s effort section', () => {
  const effortEntries = [
    entry({
      label: 'Check-in <b>Jan</b>',
      phase: 'checkins',
      activity: 'check-in-meeting',
      date: '2027-01-15',
      minutes: 30,
      attendees: 5,
    }),
    entry({}),
  ];
  const doc = buildReviewDocument({ ...quarterFixture(), effortEntries });

  it('shows person-hours against the 3–4 person-day budget, by phase, oldest record first', () => {
    expect(doc.effort.message).toBe(
      '14.5 person-hours spent of a 3–4 person-day budget (24–32 person-hours).',
    );
    expect(doc.effort.phases.map((p) => [p.label, p.hoursText, p.records])).toEqual([
      ['Setting', '12', 1],
      ['Check-ins', '2.5', 1],
      ['Scoring', '0', 0],
      ['Retrospective', '0', 0],
    ]);
    expect(doc.effort.records.map((r) => [r.dateText, r.label, r.hoursText])).toEqual([
      ['10 Dec 2026', 'Planning workshop', '12'],
      ['15 Jan 2027', 'Check-in <b>Jan</b>', '2.5'],
    ]);
  });

  it('is in every written format, its text escaped', async () => {
    const md = toMarkdown(doc);
    expect(md).toContain('## Effort');
    expect(md).toContain('| Setting | 12 | 1 |');
    expect(md).toContain('Check-in &lt;b>Jan&lt;/b>');
    expect(md).not.toContain('<b>');
    const html = toHtml(doc);
    expect(html).toContain('<h2>Effort</h2>');
    expect(html).toContain('Check-in &lt;b&gt;Jan&lt;/b&gt;');
    expect((await toDocx(doc)).byteLength).toBeGreaterThan(1000);
  });

  it('says when no time was recorded', () => {
    const empty = buildReviewDocument(quarterFixture());
    expect(empty.effort.message).toBe('No time has been recorded for this quarter.');
    expect(toMarkdown(empty)).toContain(
      '## Effort\n\n_No time has been recorded for this quarter._',
    );
  });
});
