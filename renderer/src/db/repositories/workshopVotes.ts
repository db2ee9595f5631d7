import {
  ballotProblem,
  ballotSchema,
  confidenceRoundSchema,
  confidenceVoteSchema,
  voteCandidates,
  type Ballot,
  type ConfidenceRound,
  type ConfidenceVote,
  type Dots,
  type SubmissionSource,
} from '@shared/domain/workshop';
import { assertExpectedVersion, nextVersion, type ExpectedVersion } from '@shared/domain/revisions';
import { db, newId, nowIso } from './common';
import { compareDayText } from '@shared/domain/calendar/days';

/*
 * Votes, one row per participant, never merged into a number until the facilitator reveals
 * them. Casting again replaces that participant's earlier vote, from the laptop or a device.
 */

export async function listBallots(workshopId: string): Promise<Ballot[]> {
  return db().workshopBallots.where('workshopId').equals(workshopId).toArray();
}

/** Casts (or re-casts) one participant's dots in a dot vote, checked against the board. */
export async function castBallot(
  workshopId: string,
  itemId: string,
  participantId: string,
  dots: Dots,
  source: SubmissionSource = 'laptop',
): Promise<Ballot> {
  const d = db();
  return d.transaction(
    'rw',
    [d.workshops, d.workshopParticipants, d.workshopCards, d.workshopClusters, d.workshopBallots],
    async () => {
      const workshop = await d.workshops.get(workshopId);
      const item = workshop?.agenda.find((i) => i.id === itemId);
      if (!workshop || !item) throw new Error('That vote is no longer on the agenda.');
      if (item.revealedAt !== null) throw new Error('The results are out: this vote is closed.');
      const participant = await d.workshopParticipants.get(participantId);
      if (participant?.workshopId !== workshopId) {
        throw new Error('That participant is not in this workshop.');
      }
      const [cards, clusters] = await Promise.all([
        d.workshopCards.where('workshopId').equals(workshopId).toArray(),
        d.workshopClusters.where('workshopId').equals(workshopId).toArray(),
      ]);
      const ids = voteCandidates(cards, clusters).map((c) => c.id);
      const problem = ballotProblem(dots, item.dotsPerParticipant, ids);
      if (problem) throw new Error(problem);
      const earlier = await d.workshopBallots
        .where('[itemId+participantId]')
        .equals([itemId, participantId])
        .toArray();
      await d.workshopBallots.bulkDelete(earlier.map((b) => b.id));
      const at = nowIso();
      const ballot = ballotSchema.parse({
        id: newId(),
        workshopId,
        itemId,
        participantId,
        dots,
        source,
        createdAt: earlier[0]?.createdAt ?? at,
        // Casting again is the next version of the participant's earlier ballot.
        ...nextVersion(earlier[0], at),
      } satisfies Ballot);
      await d.workshopBallots.add(ballot);
      return ballot;
    },
  );
}

/** Clears a dot vote's ballots and hides its results, to vote again. */
export async function restartDotVote(workshopId: string, itemId: string): Promise<void> {
  const d = db();
  await d.transaction('rw', d.workshops, d.workshopBallots, async () => {
    const workshop = await d.workshops.get(workshopId);
    if (!workshop) throw new Error('That workshop no longer exists.');
    await d.workshopBallots.where('itemId').equals(itemId).delete();
    await d.workshops.put({
      ...workshop,
      agenda: workshop.agenda.map((i) => (i.id === itemId ? { ...i, revealedAt: null } : i)),
      ...nextVersion(workshop, nowIso()),
    });
  });
}

export async function listConfidenceRounds(workshopId: string): Promise<ConfidenceRound[]> {
  const rows = await db().confidenceRounds.where('workshopId').equals(workshopId).toArray();
  return rows.sort((a, b) => compareDayText(a.createdAt, b.createdAt));
}

export async function listConfidenceVotes(workshopId: string): Promise<ConfidenceVote[]> {
  return db().confidenceVotes.where('workshopId').equals(workshopId).toArray();
}

/** Every agreed confidence vote of a quarter's key results: their starting confidence. */
export async function listAgreedRounds(
  keyResultIds: readonly string[],
): Promise<ConfidenceRound[]> {
  const rows = await db().confidenceRounds.where('keyResultId').anyOf(keyResultIds).toArray();
  return rows.filter((r) => r.agreedValue !== null);
}

/** The open (not yet revealed) confidence vote on a key result, started if there is none. */
export async function openConfidenceRound(
  workshopId: string,
  keyResultId: string,
): Promise<ConfidenceRound> {
  const d = db();
  return d.transaction('rw', d.workshops, d.keyResults, d.confidenceRounds, async () => {
    if (!(await d.workshops.get(workshopId))) throw new Error('That workshop no longer exists.');
    if (!(await d.keyResults.get(keyResultId)))
      throw new Error('That key result no longer exists.');
    const open = (await d.confidenceRounds.where('keyResultId').equals(keyResultId).toArray()).find(
      (r) => r.workshopId === workshopId && r.revealedAt === null,
    );
    if (open) return open;
    const at = nowIso();
    const round = confidenceRoundSchema.parse({
      id: newId(),
      workshopId,
      keyResultId,
      revealedAt: null,
      agreedValue: null,
      agreedAt: null,
      createdAt: at,
      updatedAt: at,
    } satisfies ConfidenceRound);
    await d.confidenceRounds.add(round);
    return round;
  });
}

/** Records one participant's private confidence (0–100); again replaces their earlier one. */
export async function castConfidence(
  roundId: string,
  participantId: string,
  value: number,
  source: SubmissionSource = 'laptop',
): Promise<ConfidenceVote> {
  const d = db();
  return d.transaction(
    'rw',
    d.confidenceRounds,
    d.confidenceVotes,
    d.workshopParticipants,
    async () => {
      const round = await d.confidenceRounds.get(roundId);
      if (!round) throw new Error('That confidence vote no longer exists.');
      if (round.revealedAt !== null) throw new Error('The votes are out: this vote is closed.');
      const participant = await d.workshopParticipants.get(participantId);
      if (participant?.workshopId !== round.workshopId) {
        throw new Error('That participant is not in this workshop.');
      }
      const earlier = await d.confidenceVotes
        .where('[roundId+participantId]')
        .equals([roundId, participantId])
        .toArray();
      await d.confidenceVotes.bulkDelete(earlier.map((v) => v.id));
      const at = nowIso();
      const vote = confidenceVoteSchema.parse({
        id: newId(),
        roundId,
        workshopId: round.workshopId,
        participantId,
        value,
        source,
        createdAt: earlier[0]?.createdAt ?? at,
        ...nextVersion(earlier[0], at),
      } satisfies ConfidenceVote);
      await d.confidenceVotes.add(vote);
      return vote;
    },
  );
}

async function changeRound(
  id: string,
  change: (round: ConfidenceRound, at: string) => ConfidenceRound,
  expected?: ExpectedVersion,
): Promise<ConfidenceRound> {
  const d = db();
  return d.transaction('rw', d.confidenceRounds, d.confidenceVotes, async () => {
    const round = await d.confidenceRounds.get(id);
    if (!round) throw new Error('That confidence vote no longer exists.');
    assertExpectedVersion('confidenceRound', round, expected);
    const at = nowIso();
    const next = confidenceRoundSchema.parse({ ...change(round, at), ...nextVersion(round, at) });
    await d.confidenceRounds.put(next);
    return next;
  });
}

/** Shows every vote of a round at once; needs at least one vote. */
export async function revealConfidence(roundId: string): Promise<ConfidenceRound> {
  const votes = await db().confidenceVotes.where('roundId').equals(roundId).count();
  if (votes === 0) throw new Error('Nobody has voted yet.');
  return changeRound(roundId, (round, at) => ({ ...round, revealedAt: round.revealedAt ?? at }));
}

/**
 * Records the value the room agreed on: the key result's starting confidence; refused if the
 * round is no longer the version the value was typed over (`expected`: agreed in another window).
 */
export function agreeConfidence(
  roundId: string,
  value: number,
  expected?: ExpectedVersion,
): Promise<ConfidenceRound> {
  return changeRound(
    roundId,
    (round, at) => {
      if (round.revealedAt === null) throw new Error('Reveal the votes before agreeing a value.');
      return { ...round, agreedValue: value, agreedAt: at };
    },
    expected,
  );
}
