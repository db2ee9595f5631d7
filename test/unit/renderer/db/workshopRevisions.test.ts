import { beforeEach, describe, expect, it } from 'vitest';
import { RevisionConflictError, versionOf, type RecordVersion } from '@shared/domain/revisions';
import { agendaItemVersion, startItem, type AgendaItem } from '@shared/domain/workshop';
import { getDb } from '../../../../renderer/src/db/database';
import {
  addCard,
  addCluster,
  editCard,
  moveCard,
  renameCluster,
} from '../../../../renderer/src/db/repositories/workshopBoard';
import {
  addParticipant,
  renameParticipant,
} from '../../../../renderer/src/db/repositories/workshopParticipants';
import {
  agreeConfidence,
  castConfidence,
  openConfidenceRound,
  revealConfidence,
} from '../../../../renderer/src/db/repositories/workshopVotes';
import { createKeyResult } from '../../../../renderer/src/db/repositories/keyResults';
import { createObjective } from '../../../../renderer/src/db/repositories/objectives';
import {
  changeWorkshop,
  editAgendaItem,
  type AgendaItemFields,
} from '../../../../renderer/src/db/repositories/workshops';
import { keyResultInput, objectiveInput, openFreshDb, rejectionOf, seedWorkshop } from './builders';

beforeEach(() => {
  openFreshDb();
});

const fieldsOf = (item: AgendaItem, title: string): AgendaItemFields => ({
  kind: item.kind,
  title,
  minutes: item.minutes,
  notes: item.notes,
  dotsPerParticipant: item.dotsPerParticipant,
});

/** A version no write ever had: what a form opened long ago would send. */
const stale = (version: RecordVersion): RecordVersion => ({
  revision: version.revision,
  updatedAt: '2027-01-01T00:00:00.000Z',
});

describe('workshop records under compare-and-set', () => {
  it('counts every write of a workshop, and each edit of an agenda item', async () => {
    const { workshop: created } = await seedWorkshop();
    expect(created.revision).toBe(0);
    const [item] = created.agenda;
    if (!item) throw new Error('seed');
    const opened = agendaItemVersion(created, item);
    const edited = await editAgendaItem(created.id, item.id, fieldsOf(item, 'Why now'), opened);
    expect(edited.revision).toBe(1);
    const saved = edited.agenda.find((i) => i.id === item.id)!;
    expect(saved).toMatchObject({ title: 'Why now', revision: 1, updatedAt: edited.updatedAt });
    const themed = await changeWorkshop(created.id, (w) => ({ ...w, theme: 'dark' }));
    expect(themed.revision).toBe(2);
  });

  it('refuses an agenda item edit based on a version saved over elsewhere, keeping the other', async () => {
    const { workshop: created } = await seedWorkshop();
    const [item] = created.agenda;
    if (!item) throw new Error('seed');
    const opened = versionOf(agendaItemVersion(created, item));
    await editAgendaItem(created.id, item.id, fieldsOf(item, 'From window A'), opened);
    const error = await rejectionOf(
      editAgendaItem(created.id, item.id, fieldsOf(item, 'From window B'), opened),
    );
    expect(error).toBeInstanceOf(RevisionConflictError);
    expect((error as RevisionConflictError<AgendaItem>).current?.title).toBe('From window A');
    expect(error.message).toMatch(/agenda item was changed in another window/);
    const stored = await getDb().workshops.get(created.id);
    expect(stored?.agenda.find((i) => i.id === item.id)?.title).toBe('From window A');
  });

  it('lets the timer run while an item is open in a form: only edits move the item on', async () => {
    const { workshop: created } = await seedWorkshop();
    const [item] = created.agenda;
    if (!item) throw new Error('seed');
    const opened = versionOf(agendaItemVersion(created, item));
    await changeWorkshop(created.id, (w) =>
      startItem(w, item.id, { now: Date.now(), at: new Date().toISOString() }),
    );
    const saved = await editAgendaItem(created.id, item.id, fieldsOf(item, 'Still mine'), opened);
    const stored = saved.agenda.find((i) => i.id === item.id);
    expect(stored?.title).toBe('Still mine');
    expect(stored?.status).toBe('active');
  });

  it('reads an item saved before items had versions as the first version, so its edit is saved', async () => {
    const { workshop: created } = await seedWorkshop();
    const legacy = created.agenda.map(({ revision: _r, updatedAt: _u, ...rest }) => rest);
    await getDb().workshops.put({ ...created, agenda: legacy });
    const [item] = legacy;
    if (!item) throw new Error('seed');
    const opened = agendaItemVersion(created, item);
    expect(versionOf(opened)).toEqual({ revision: 0, updatedAt: created.createdAt });
    const saved = await editAgendaItem(created.id, item.id, fieldsOf(item, 'Old item'), opened);
    expect(saved.agenda[0]).toMatchObject({ title: 'Old item', revision: 1 });
  });

  it('refuses a cluster or participant rename, or a card edit, typed over an older version', async () => {
    const { id } = (await seedWorkshop()).workshop;
    const cluster = await addCluster(id, 'Speed');
    const renamed = await renameCluster(cluster.id, 'Latency', versionOf(cluster));
    expect(renamed).toMatchObject({ title: 'Latency', revision: 1 });
    const clusterError = await rejectionOf(renameCluster(cluster.id, 'Perf', versionOf(cluster)));
    expect(clusterError).toBeInstanceOf(RevisionConflictError);
    expect((await getDb().workshopClusters.get(cluster.id))?.title).toBe('Latency');

    const ana = await addParticipant(id, 'Ana');
    const participantError = await rejectionOf(
      renameParticipant(ana.id, 'Anna', stale(versionOf(ana))),
    );
    expect(participantError.message).toMatch(/participant was changed in another window/);
    expect((await getDb().workshopParticipants.get(ana.id))?.name).toBe('Ana');

    const card = await addCard(id, 'Faster builds', ana.id);
    await moveCard(card.id, cluster.id);
    const moved = await getDb().workshopCards.get(card.id);
    expect(moved?.revision).toBe(1);
    const cardError = await rejectionOf(editCard(card.id, 'Fast builds', versionOf(card)));
    expect(cardError).toBeInstanceOf(RevisionConflictError);
    expect((await editCard(card.id, 'Fast builds', versionOf(moved!))).text).toBe('Fast builds');
  });

  it('refuses an agreed confidence typed over a round agreed in another window meanwhile', async () => {
    const { workshop: created } = await seedWorkshop();
    const objective = await createObjective(created.cycleId, objectiveInput('Fast checkout'));
    const kr = await createKeyResult(objective.id, keyResultInput('Checkout LCP to 1.5 s'));
    const ana = await addParticipant(created.id, 'Ana');
    const round = await openConfidenceRound(created.id, kr.id);
    await castConfidence(round.id, ana.id, 60);
    const revealed = await revealConfidence(round.id);
    const seen = versionOf(revealed);
    const there = await agreeConfidence(round.id, 70, seen);
    expect(there).toMatchObject({ agreedValue: 70, revision: revealed.revision! + 1 });
    const error = await rejectionOf(agreeConfidence(round.id, 40, seen));
    expect(error.message).toMatch(/confidence vote was changed in another window/);
    expect((await getDb().confidenceRounds.get(round.id))?.agreedValue).toBe(70);
  });
});
