import { beforeEach, describe, expect, it } from 'vitest';
import { voteCandidates } from '@shared/domain/workshop';
import { getDb } from '../../../../renderer/src/db/database';
import { restoreSnapshot } from '../../../../renderer/src/db/repositories/common';
import { listEffort, recordEffort } from '../../../../renderer/src/db/repositories/effort';
import {
  createKeyResult,
  listKeyResults,
} from '../../../../renderer/src/db/repositories/keyResults';
import {
  createObjective,
  listObjectives,
} from '../../../../renderer/src/db/repositories/objectives';
import { deleteTeam } from '../../../../renderer/src/db/repositories/teams';
import {
  addCard,
  clusterFromCard,
  deleteCard,
  listCards,
  mergeCard,
  moveCard,
  unmergeCard,
} from '../../../../renderer/src/db/repositories/workshopBoard';
import {
  addParticipant,
  removeParticipant,
} from '../../../../renderer/src/db/repositories/workshopParticipants';
import { promoteIdeas } from '../../../../renderer/src/db/repositories/workshopPromotion';
import {
  agreeConfidence,
  castBallot,
  castConfidence,
  listBallots,
  listConfidenceVotes,
  openConfidenceRound,
  restartDotVote,
  revealConfidence,
} from '../../../../renderer/src/db/repositories/workshopVotes';
import { changeWorkshop, deleteWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import {
  dumpDb,
  keyResultInput,
  objectiveInput,
  openFreshDb,
  rejectionOf,
  seedWorkshop,
} from './builders';

beforeEach(() => {
  openFreshDb();
});

/** A planning workshop for a fresh quarter, with four participants. */
async function planning() {
  const { team, cycle, workshop } = await seedWorkshop();
  const people = [];
  for (const name of ['Ana', 'Ben', 'Chloé', ''])
    people.push(await addParticipant(workshop.id, name));
  const vote = workshop.agenda.find((i) => i.kind === 'dot-vote')!;
  return { team, cycle, workshop, people, vote };
}

describe('a workshop', () => {
  it('starts with the proposed agenda, the quarter’s team and a default title', async () => {
    const { workshop, people, cycle } = await planning();
    expect(workshop).toMatchObject({
      cycleId: cycle.id,
      status: 'preparing',
      title: 'Planning workshop · 2027-Q1',
      theme: 'light',
    });
    expect(workshop.agenda).toHaveLength(8);
    expect(people.map((p) => p.name)).toEqual(['Ana', 'Ben', 'Chloé', 'Participant 4']);
  });

  it('refuses a change that breaks its schema, keeping what was stored', async () => {
    const { workshop } = await planning();
    const error = await rejectionOf(changeWorkshop(workshop.id, (w) => ({ ...w, title: '' })));
    expect(error.name).toBe('ZodError');
    expect((await getDb().workshops.get(workshop.id))?.title).toBe(workshop.title);
  });

  it('is deleted with its people, cards and votes, keeps its effort, and comes back on Undo', async () => {
    const { workshop, people, cycle, vote } = await planning();
    const card = await addCard(workshop.id, 'Checkout in two seconds', people[0]!.id);
    await castBallot(workshop.id, vote.id, people[0]!.id, [{ targetId: card.id, count: 1 }]);
    await recordEffort(cycle.id, effortInput(90, 4), workshop.id);
    const before = await dumpDb();

    const snapshot = await deleteWorkshop(workshop.id);
    expect(await getDb().workshops.count()).toBe(0);
    expect(await getDb().workshopCards.count()).toBe(0);
    expect(await getDb().workshopBallots.count()).toBe(0);
    expect(await getDb().effortEntries.count()).toBe(1);

    await restoreSnapshot(snapshot);
    expect(await dumpDb()).toEqual(before);
  });

  it('goes with its team, and comes back with it', async () => {
    const { team, workshop, people } = await planning();
    await addCard(workshop.id, 'Idea', people[1]!.id);
    const before = await dumpDb();
    const snapshot = await deleteTeam(team.id);
    expect(await getDb().workshops.count()).toBe(0);
    expect(await getDb().workshopParticipants.count()).toBe(0);
    await restoreSnapshot(snapshot);
    expect(await dumpDb()).toEqual(before);
  });
});

describe('the board', () => {
  it('numbers cards in the order they were added and checks their author', async () => {
    const { workshop, people } = await planning();
    for (const text of ['One', 'Two', 'Three']) await addCard(workshop.id, text, people[0]!.id);
    expect((await listCards(workshop.id)).map((c) => [c.text, c.order])).toEqual([
      ['One', 0],
      ['Two', 1],
      ['Three', 2],
    ]);
    const other = await planning();
    const error = await rejectionOf(addCard(workshop.id, 'Four', other.people[0]!.id));
    expect(error.message).toBe('That participant is not in this workshop.');
    expect((await rejectionOf(addCard(workshop.id, '   ', null))).name).toBe('ZodError');
  });

  it('merges a duplicate under the card it repeats, with its own duplicates, and takes it back out', async () => {
    const { workshop } = await planning();
    const keep = await addCard(workshop.id, 'Faster checkout', null);
    const cluster = await clusterFromCard(keep.id);
    const dup = await addCard(workshop.id, 'Checkout speed', null);
    const dupOfDup = await addCard(workshop.id, 'Quick checkout', null);
    await mergeCard(dupOfDup.id, dup.id);
    await mergeCard(dup.id, keep.id);
    const cards = await listCards(workshop.id);
    expect(cards.map((c) => [c.text, c.mergedIntoId, c.clusterId])).toEqual([
      ['Faster checkout', null, cluster.id],
      ['Checkout speed', keep.id, cluster.id],
      ['Quick checkout', keep.id, cluster.id],
    ]);
    expect(await rejectionOf(mergeCard(keep.id, dup.id))).toMatchObject({
      message: 'A card cannot be merged into itself.',
    });
    await unmergeCard(dup.id);
    expect((await getDb().workshopCards.get(dup.id))?.mergedIntoId).toBeNull();
  });

  it('moves a card with its duplicates, and a deleted card frees its duplicates (Undo restores)', async () => {
    const { workshop } = await planning();
    const a = await addCard(workshop.id, 'A', null);
    const b = await addCard(workshop.id, 'B', null);
    await mergeCard(b.id, a.id);
    const cluster = await clusterFromCard(a.id);
    expect((await getDb().workshopCards.get(b.id))?.clusterId).toBe(cluster.id);
    await moveCard(a.id, null);
    expect((await getDb().workshopCards.get(b.id))?.clusterId).toBeNull();
    const before = await dumpDb();
    const snapshot = await deleteCard(a.id);
    expect((await getDb().workshopCards.get(b.id))?.mergedIntoId).toBeNull();
    await restoreSnapshot(snapshot);
    expect(await dumpDb()).toEqual(before);
  });
});

describe('a dot vote', () => {
  it('keeps one private ballot per participant, replaced when they vote again', async () => {
    const { workshop, people, vote } = await planning();
    const card = await addCard(workshop.id, 'Idea', null);
    await castBallot(workshop.id, vote.id, people[0]!.id, [{ targetId: card.id, count: 1 }]);
    await castBallot(workshop.id, vote.id, people[0]!.id, [{ targetId: card.id, count: 3 }]);
    const ballots = await listBallots(workshop.id);
    expect(ballots.map((b) => [b.participantId, b.dots])).toEqual([
      [people[0]!.id, [{ targetId: card.id, count: 3 }]],
    ]);
  });

  it('refuses too many dots, dots on ideas not on the board, and votes after the reveal', async () => {
    const { workshop, people, vote } = await planning();
    const card = await addCard(workshop.id, 'Idea', null);
    const tooMany = await rejectionOf(
      castBallot(workshop.id, vote.id, people[0]!.id, [{ targetId: card.id, count: 4 }]),
    );
    expect(tooMany.message).toBe('That is 4 dots; each person has 3.');
    const gone = await rejectionOf(
      castBallot(workshop.id, vote.id, people[0]!.id, [{ targetId: 'gone', count: 1 }]),
    );
    expect(gone.message).toContain('no longer on the board');
    await changeWorkshop(workshop.id, (w) => ({
      ...w,
      agenda: w.agenda.map((i) =>
        i.id === vote.id ? { ...i, revealedAt: new Date().toISOString() } : i,
      ),
    }));
    const late = await rejectionOf(
      castBallot(workshop.id, vote.id, people[0]!.id, [{ targetId: card.id, count: 1 }]),
    );
    expect(late.message).toBe('The results are out: this vote is closed.');
    await restartDotVote(workshop.id, vote.id);
    await castBallot(workshop.id, vote.id, people[0]!.id, [{ targetId: card.id, count: 1 }]);
    expect(await listBallots(workshop.id)).toHaveLength(1);
  });

  it('promotes the winners to objectives in one go, each keeping its cards as its origin', async () => {
    const { workshop, cycle } = await planning();
    const speed = await addCard(workshop.id, 'Checkout loads in two seconds', null);
    const cluster = await clusterFromCard(speed.id);
    const dup = await addCard(workshop.id, 'Faster checkout', null);
    await mergeCard(dup.id, speed.id);
    const refunds = await addCard(workshop.id, 'Self-serve refunds', null);

    const made = await promoteIdeas(workshop.id, [cluster.id, refunds.id], { kind: 'objective' });

    const objectives = await listObjectives(cycle.id);
    expect(objectives.map((o) => o.title)).toEqual([cluster.title, 'Self-serve refunds']);
    expect(objectives[0]?.description).toBe(
      "From the workshop's idea cards: “Checkout loads in two seconds”; “Faster checkout”.",
    );
    expect(made).toEqual(objectives.map((o) => ({ kind: 'objective', id: o.id })));
    expect((await getDb().workshopClusters.get(cluster.id))?.promotedTo).toEqual(made[0]);
    expect((await getDb().workshopCards.get(refunds.id))?.promotedTo).toEqual(made[1]);
  });

  it('promotes ideas to key results of one objective, or nothing when one is gone', async () => {
    const { workshop, cycle } = await planning();
    const objective = await createObjective(cycle.id, objectiveInput('Checkout is fast'));
    const card = await addCard(workshop.id, 'p75 LCP under 1.5 s', null);
    await promoteIdeas(workshop.id, [card.id], { kind: 'keyResult', objectiveId: objective.id });
    const [kr] = await listKeyResults(cycle.id);
    expect(kr).toMatchObject({
      title: 'p75 LCP under 1.5 s',
      status: 'proposed',
      objectiveId: objective.id,
    });

    const other = await addCard(workshop.id, 'Another', null);
    const error = await rejectionOf(
      promoteIdeas(workshop.id, [other.id, 'gone'], { kind: 'objective' }),
    );
    expect(error.message).toBe('One of the chosen ideas is no longer on the board.');
    // All or nothing: the idea before the missing one was not promoted either.
    expect(await listObjectives(cycle.id)).toHaveLength(1);
    expect(voteCandidates(await listCards(workshop.id), []).map((c) => c.title)).toContain(
      'Another',
    );
  });
});

describe('a confidence vote', () => {
  it('keeps every vote, reveals them together and records the agreed starting confidence', async () => {
    const { workshop, people, cycle } = await planning();
    const objective = await createObjective(cycle.id, objectiveInput('Checkout is fast'));
    const kr = await createKeyResult(objective.id, keyResultInput('p75 LCP 3.2 s → 1.5 s'));
    const round = await openConfidenceRound(workshop.id, kr.id);
    expect((await openConfidenceRound(workshop.id, kr.id)).id).toBe(round.id);
    expect((await rejectionOf(revealConfidence(round.id))).message).toBe('Nobody has voted yet.');
    expect((await rejectionOf(agreeConfidence(round.id, 50))).message).toBe(
      'Reveal the votes before agreeing a value.',
    );
    for (const [i, value] of [20, 85, 50, 70].entries())
      await castConfidence(round.id, people[i]!.id, value);
    await castConfidence(round.id, people[0]!.id, 25);
    expect((await rejectionOf(castConfidence(round.id, people[0]!.id, 101))).name).toBe('ZodError');
    await revealConfidence(round.id);
    expect((await rejectionOf(castConfidence(round.id, people[1]!.id, 10))).message).toBe(
      'The votes are out: this vote is closed.',
    );
    const agreed = await agreeConfidence(round.id, 60);
    expect(agreed).toMatchObject({ agreedValue: 60 });
    const votes = await listConfidenceVotes(workshop.id);
    expect(votes.map((v) => v.value).sort((a, b) => a - b)).toEqual([25, 50, 70, 85]);
    // A new round on the same key result once this one is out.
    expect((await openConfidenceRound(workshop.id, kr.id)).id).not.toBe(round.id);
  });

  it('removing a participant takes their votes and unsigns their cards; Undo brings all back', async () => {
    const { workshop, people, vote } = await planning();
    const card = await addCard(workshop.id, 'Idea', people[0]!.id);
    await castBallot(workshop.id, vote.id, people[0]!.id, [{ targetId: card.id, count: 2 }]);
    const before = await dumpDb();
    const snapshot = await removeParticipant(people[0]!.id);
    expect(await listBallots(workshop.id)).toEqual([]);
    expect((await getDb().workshopCards.get(card.id))?.participantId).toBeNull();
    await restoreSnapshot(snapshot);
    expect(await dumpDb()).toEqual(before);
  });
});

function effortInput(minutes: number, attendees: number) {
  return {
    phase: 'setting' as const,
    activity: 'workshop' as const,
    label: 'Planning workshop',
    date: '2027-01-11',
    minutes,
    attendees,
  };
}

describe('effort', () => {
  it('keeps one record per workshop, replaced when it is ended again', async () => {
    const { workshop, cycle } = await planning();
    await recordEffort(cycle.id, effortInput(90, 4), workshop.id);
    await recordEffort(cycle.id, effortInput(120, 5), workshop.id);
    await recordEffort(cycle.id, { ...effortInput(30, 5), phase: 'checkins', label: 'Check-in' });
    // Both are dated today and may be made in the same millisecond: their order is not the point.
    const rows = (await listEffort(cycle.id)).map((e) => [e.label, e.minutes, e.attendees]);
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Planning workshop', 120, 5],
        ['Check-in', 30, 5],
      ]),
    );
    expect((await rejectionOf(recordEffort(cycle.id, effortInput(0, 4)))).name).toBe('ZodError');
  });
});
