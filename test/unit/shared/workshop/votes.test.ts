import { describe, expect, it } from 'vitest';
import {
  ballotProblem,
  confidenceStats,
  discussionPrompt,
  dotsUsed,
  setDots,
  startingConfidence,
  tallyDots,
  topCandidates,
  visibleCards,
  voteCandidates,
  type Card,
  type Cluster,
  type ConfidenceRound,
} from '@shared/domain/workshop';

const AT = '2027-01-04T09:00:00.000Z';

function card(id: string, patch: Partial<Card> = {}): Card {
  return {
    id,
    workshopId: 'w',
    text: `Idea ${id}`,
    participantId: null,
    source: 'laptop',
    clusterId: null,
    mergedIntoId: null,
    order: Number(id.replace(/\D/g, '')),
    promotedTo: null,
    createdAt: AT,
    updatedAt: AT,
    ...patch,
  };
}

function cluster(id: string, title: string, order: number): Cluster {
  return { id, workshopId: 'w', title, order, promotedTo: null, createdAt: AT, updatedAt: AT };
}

describe('what the room votes on', () => {
  const clusters = [
    cluster('k2', 'Reliability', 1),
    cluster('k1', 'Speed', 0),
    cluster('k3', 'Empty', 2),
  ];
  const cards = [
    card('c1', { clusterId: 'k1' }),
    card('c2', { clusterId: 'k1' }),
    card('c3', { clusterId: 'k2' }),
    card('c4'),
    card('c5', { mergedIntoId: 'c4' }),
    card('c6', { mergedIntoId: 'c1', clusterId: 'k1' }),
  ];

  it('is each cluster with cards, in board order, then each loose card', () => {
    const candidates = voteCandidates(cards, clusters);
    expect(candidates.map((c) => [c.id, c.kind, c.title])).toEqual([
      ['k1', 'cluster', 'Speed'],
      ['k2', 'cluster', 'Reliability'],
      ['c4', 'card', 'Idea c4'],
    ]);
    // Merged duplicates stay part of where an idea came from.
    expect(candidates[0]?.cardIds).toEqual(['c1', 'c6', 'c2']);
    expect(candidates[2]?.cardIds).toEqual(['c4', 'c5']);
    expect(visibleCards(cards).map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
  });
});

describe('a dot ballot', () => {
  it('places, moves and removes dots', () => {
    let dots = setDots([], 'a', 2);
    dots = setDots(dots, 'b', 1);
    expect(dotsUsed(dots)).toBe(3);
    dots = setDots(dots, 'a', 0);
    expect(dots).toEqual([{ targetId: 'b', count: 1 }]);
  });

  it('may not use more dots than each person has, nor vote for what is gone', () => {
    expect(ballotProblem([], 3, ['a'])).toBe('Place at least one dot.');
    expect(ballotProblem([{ targetId: 'a', count: 4 }], 3, ['a'])).toBe(
      'That is 4 dots; each person has 3.',
    );
    expect(ballotProblem([{ targetId: 'x', count: 1 }], 3, ['a'])).toContain('no longer');
    expect(ballotProblem([{ targetId: 'a', count: 3 }], 3, ['a'])).toBeNull();
  });
});

describe('the revealed dot vote', () => {
  const candidates = ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    kind: 'card' as const,
    title: id.toUpperCase(),
    cardIds: [id],
  }));

  it('adds up every ballot, most dots first, ties sharing a rank in board order', () => {
    const ballots = [
      {
        dots: [
          { targetId: 'b', count: 2 },
          { targetId: 'c', count: 1 },
        ],
      },
      {
        dots: [
          { targetId: 'b', count: 1 },
          { targetId: 'd', count: 2 },
        ],
      },
      {
        dots: [
          { targetId: 'c', count: 2 },
          { targetId: 'gone', count: 1 },
        ],
      },
      { dots: [{ targetId: 'b', count: 3 }] },
    ];
    const tally = tallyDots(ballots, candidates);
    expect(tally.map((r) => [r.id, r.dots, r.voters, r.rank])).toEqual([
      ['b', 6, 3, 1],
      ['c', 3, 2, 2],
      ['d', 2, 1, 3],
      ['a', 0, 0, 4],
    ]);
    expect(topCandidates(tally, 2)).toEqual(['b', 'c']);
    expect(topCandidates(tallyDots([], candidates), 2)).toEqual([]);
    const tied = tallyDots(
      [
        {
          dots: [
            { targetId: 'd', count: 1 },
            { targetId: 'a', count: 1 },
          ],
        },
      ],
      candidates,
    );
    expect(tied.map((r) => [r.id, r.rank])).toEqual([
      ['a', 1],
      ['d', 1],
      ['b', 3],
      ['c', 3],
    ]);
  });
});

describe('a confidence vote', () => {
  it('shows the median and the spread, and asks to discuss a spread over 30 points', () => {
    const stats = confidenceStats([80, 20, 65, 50]);
    expect(stats).toEqual({ count: 4, median: 58, min: 20, max: 80, spread: 60, isWide: true });
    expect(discussionPrompt(stats)).toContain('60 points apart (20% to 80%)');
    const close = confidenceStats([60, 70, 40]);
    expect(close).toMatchObject({ median: 60, spread: 30, isWide: false });
    expect(discussionPrompt(close)).toBeNull();
    expect(confidenceStats([])).toBeNull();
  });

  it('gives a key result the value agreed in its latest round as its starting confidence', () => {
    const round = (
      id: string,
      agreedValue: number | null,
      agreedAt: string | null,
    ): ConfidenceRound => ({
      id,
      workshopId: 'w',
      keyResultId: 'kr',
      revealedAt: AT,
      agreedValue,
      agreedAt,
      createdAt: AT,
      updatedAt: AT,
    });
    const rounds = [
      round('r2', 70, '2027-01-05T09:00:00.000Z'),
      round('r1', 40, '2027-01-04T09:00:00.000Z'),
      round('r3', null, null),
    ];
    expect(startingConfidence('kr', rounds)).toBe(70);
    expect(startingConfidence('other', rounds)).toBeNull();
  });
});
