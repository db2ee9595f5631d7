import type { Ballot, Card, Cluster } from './schemas';

/** Something the room can put dots on: a cluster, or a card in no cluster. */
export type VoteCandidate = {
  id: string;
  kind: 'cluster' | 'card';
  title: string;
  /** The cards behind it (merged duplicates included), its origin if it is promoted. */
  cardIds: string[];
};

const byOrder = <T extends { order: number }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => a.order - b.order);

/** The cards shown on the board: duplicates merged into another card are left out. */
export function visibleCards(cards: readonly Card[]): Card[] {
  return byOrder(cards.filter((card) => card.mergedIntoId === null));
}

/** A card with the duplicates merged into it. */
export function withDuplicates(card: Card, cards: readonly Card[]): Card[] {
  return [card, ...byOrder(cards.filter((c) => c.mergedIntoId === card.id))];
}

/**
 * What the room votes on, in board order: each cluster that holds a card, then each card that
 * is in no cluster.
 */
export function voteCandidates(
  cards: readonly Card[],
  clusters: readonly Cluster[],
): VoteCandidate[] {
  const shown = visibleCards(cards);
  const origin = (card: Card) => withDuplicates(card, cards).map((c) => c.id);
  const fromClusters = byOrder(clusters).flatMap((cluster): VoteCandidate[] => {
    const own = shown.filter((card) => card.clusterId === cluster.id);
    if (own.length === 0) return [];
    return [
      { id: cluster.id, kind: 'cluster', title: cluster.title, cardIds: own.flatMap(origin) },
    ];
  });
  const loose = shown
    .filter((card) => card.clusterId === null || !clusters.some((c) => c.id === card.clusterId))
    .map((card): VoteCandidate => ({
      id: card.id,
      kind: 'card',
      title: card.text,
      cardIds: origin(card),
    }));
  return [...fromClusters, ...loose];
}

export type Dots = Ballot['dots'];

/** How many dots a ballot places. */
export function dotsUsed(dots: Dots): number {
  return dots.reduce((sum, d) => sum + d.count, 0);
}

/** A ballot's dots as a map from candidate to count. */
export function dotsByTarget(dots: Dots): Map<string, number> {
  const map = new Map<string, number>();
  for (const d of dots) map.set(d.targetId, (map.get(d.targetId) ?? 0) + d.count);
  return map;
}

/** Sets the dots on one candidate (0 removes it), keeping the others. */
export function setDots(dots: Dots, targetId: string, count: number): Dots {
  const rest = dots.filter((d) => d.targetId !== targetId);
  const whole = Math.max(0, Math.trunc(count));
  return whole > 0 ? [...rest, { targetId, count: whole }] : rest;
}

/** Why a ballot cannot be cast, or null when it can. */
export function ballotProblem(
  dots: Dots,
  allowed: number,
  candidateIds: readonly string[],
): string | null {
  const used = dotsUsed(dots);
  if (used === 0) return 'Place at least one dot.';
  if (used > allowed) {
    return `That is ${used} dots; each person has ${allowed}.`;
  }
  if (dots.some((d) => !candidateIds.includes(d.targetId))) {
    return 'A dot is on an idea that is no longer on the board.';
  }
  return null;
}

/** One line of the revealed result. */
export type TallyRow = {
  id: string;
  title: string;
  kind: VoteCandidate['kind'];
  dots: number;
  /** How many participants put at least one dot on it. */
  voters: number;
  /** 1 for the most dots; ties share a rank (1, 2, 2, 4). */
  rank: number;
};

/**
 * The ballots added up per candidate, most dots first (ties keep board order). Dots on
 * candidates no longer on the board are not counted.
 */
export function tallyDots(
  ballots: readonly Pick<Ballot, 'dots'>[],
  candidates: readonly VoteCandidate[],
): TallyRow[] {
  const rows = candidates.map((c, index) => {
    let dots = 0;
    let voters = 0;
    for (const ballot of ballots) {
      const count = dotsByTarget(ballot.dots).get(c.id) ?? 0;
      dots += count;
      if (count > 0) voters += 1;
    }
    return { id: c.id, title: c.title, kind: c.kind, dots, voters, index };
  });
  rows.sort((a, b) => b.dots - a.dots || a.index - b.index);
  const ranked: TallyRow[] = [];
  for (const [i, { index: _index, ...row }] of rows.entries()) {
    const above = ranked[i - 1];
    ranked.push({ ...row, rank: above && above.dots === row.dots ? above.rank : i + 1 });
  }
  return ranked;
}

/** The ids of the top `count` candidates that got any dots: the ones offered for promotion. */
export function topCandidates(tally: readonly TallyRow[], count: number): string[] {
  return tally
    .filter((row) => row.dots > 0)
    .slice(0, Math.max(0, count))
    .map((row) => row.id);
}
