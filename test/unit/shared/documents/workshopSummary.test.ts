import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBackup, type BackupData } from '@shared/backup';
import {
  buildWorkshopSummary,
  formatMinutes,
  workshopSummaryFileName,
  workshopSummaryToHtml,
  workshopSummaryToMarkdown,
  type WorkshopSummaryData,
} from '@shared/documents/workshop';

const FIXTURE = fileURLToPath(
  new URL('../../../fixtures/backups/v2-workshop.json', import.meta.url),
);
const NOW = Date.parse('2027-02-01T10:00:00.000Z');

let backup: BackupData;

beforeAll(async () => {
  const read = await readBackup(await readFile(FIXTURE, 'utf8'));
  if (!read.ok) throw new Error(read.problem);
  backup = read.file.data;
});

/** The fixture's one workshop, as the app loads it for the hand-out. */
function summaryData(patch: Partial<WorkshopSummaryData> = {}): WorkshopSummaryData {
  const workshop = backup.workshops[0]!;
  const cycle = backup.cycles.find((c) => c.id === workshop.cycleId)!;
  const of = <T extends { workshopId: string }>(rows: T[]) =>
    rows.filter((r) => r.workshopId === workshop.id);
  return {
    team: backup.teams.find((t) => t.id === cycle.teamId)!,
    cycle,
    workshop,
    participants: of(backup.workshopParticipants),
    cards: of(backup.workshopCards),
    clusters: of(backup.workshopClusters),
    ballots: of(backup.workshopBallots),
    rounds: of(backup.confidenceRounds),
    votes: of(backup.confidenceVotes),
    objectives: backup.objectives.filter((o) => o.cycleId === cycle.id),
    keyResults: backup.keyResults.filter((k) => k.cycleId === cycle.id),
    now: NOW,
    ...patch,
  };
}

describe('the workshop hand-out', () => {
  it('has who and when, decisions, what was chosen and where it came from, votes and owners', () => {
    const s = buildWorkshopSummary(summaryData());
    expect(s).toMatchObject({
      title: 'Planning workshop · 2027-Q1',
      teamName: 'Payments Platform',
      quarter: '2027-Q1',
      dateText: '10 Dec 2026',
      durationText: '2 h (planned 2 h)',
      attendees: ['Ana', 'Ben', 'Chloé', 'Dev'],
      decisions: ['Checkout speed is the first objective'],
      openQuestions: ['Who measures mobile LCP?'],
    });
    expect(s.chosen).toEqual([
      {
        title: 'Checkout never gets in the way of buying',
        kindLabel: 'Objective',
        origin: [
          'Checkout loads in under two seconds',
          'Faster checkout',
          'Fewer abandoned carts on mobile',
        ],
        keyResults: expect.arrayContaining([
          { title: 'Cut checkout p75 LCP from 3.2 s to 1.5 s', owner: 'Ana' },
        ]),
      },
    ]);
    expect(s.dotVotes).toEqual([
      {
        title: 'Dot vote on the objectives',
        isRevealed: true,
        ballots: 4,
        dotsEach: 3,
        // A tie shares the rank and keeps board order.
        rows: [
          { rank: 1, title: 'Checkout speed', dots: 6, voters: 3 },
          { rank: 1, title: 'Peak readiness', dots: 6, voters: 4 },
        ],
      },
    ]);
    expect(s.confidence).toEqual([
      {
        keyResultTitle: 'Cut checkout p75 LCP from 3.2 s to 1.5 s',
        votes: [
          { name: 'Ana', value: 80 },
          { name: 'Ben', value: 40 },
          { name: 'Chloé', value: 65 },
          { name: 'Dev', value: 30 },
        ],
        median: 53,
        spread: 50,
        isWide: true,
        agreed: 60,
      },
    ]);
    expect(s.owners[0]).toEqual({ what: 'Share the hand-out with the team', owner: 'Ana' });
    expect(workshopSummaryFileName(s, 'md')).toBe('Payments-Platform-2027-Q1-workshop-summary.md');
  });

  it('leaves out what was never revealed, and says so', () => {
    const data = summaryData();
    const workshop = {
      ...data.workshop,
      agenda: data.workshop.agenda.map((i) => ({ ...i, revealedAt: null })),
    };
    const rounds = data.rounds.map((r) => ({ ...r, revealedAt: null }));
    const s = buildWorkshopSummary({ ...data, workshop, rounds });
    expect(s.dotVotes[0]).toMatchObject({ isRevealed: false, ballots: 4, rows: [] });
    expect(s.confidence).toEqual([]);
    expect(workshopSummaryToMarkdown(s)).toContain(
      '4 ballots cast; the results were not revealed.',
    );
  });

  it('writes Markdown and one self-contained HTML page, with hostile text kept as text', () => {
    const data = summaryData();
    const workshop = { ...data.workshop, decisions: ['<img src=x onerror=alert(1)>', '# heading'] };
    const s = buildWorkshopSummary({ ...data, workshop });
    const md = workshopSummaryToMarkdown(s);
    expect(md).toContain('## Decisions');
    expect(md).toContain('- &lt;img src=x onerror=alert(1)>');
    expect(md).toContain('- \\# heading');
    expect(md).toContain('| 1 | Peak readiness | 6 | 4 |');
    expect(md).toContain('**Agreed starting confidence: 60%**');

    const html = workshopSummaryToHtml(s);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<img|<script|https?:/i);
    expect(html).toContain('Agreed starting confidence: 60%');
    expect(html).toContain('Content-Security-Policy');
  });

  it('formats durations as people say them', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(121)).toBe('2 h 1 min');
  });
});
