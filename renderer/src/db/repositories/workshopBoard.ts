import {
  cardSchema,
  clusterSchema,
  type Card,
  type Cluster,
  type SubmissionSource,
} from '@shared/domain/workshop';
import { assertExpectedVersion, type ExpectedVersion } from '@shared/domain/revisions';
import { type DeletionSnapshot, db, newId, nowIso } from './common';

/*
 * The workshop's board: idea cards and clusters (its people are in `workshopParticipants.ts`).
 * Each card is its own row with an author and a source, so cards sent from participants' devices
 * are added the same way as cards typed on the laptop. Every write is the row's next revision; a
 * rename typed by a person names the version it was typed over and is refused if the row moved on
 * meanwhile.
 */

import { next, nextOrder, requireWorkshop } from './workshopRows';

export async function listCards(workshopId: string): Promise<Card[]> {
  const rows = await db().workshopCards.where('workshopId').equals(workshopId).toArray();
  return rows.sort((a, b) => a.order - b.order);
}

export async function listClusters(workshopId: string): Promise<Cluster[]> {
  const rows = await db().workshopClusters.where('workshopId').equals(workshopId).toArray();
  return rows.sort((a, b) => a.order - b.order);
}

/** Adds an idea card at the end of the board (with the room's id for a card from a device). */
export async function addCard(
  workshopId: string,
  text: string,
  participantId: string | null,
  source: SubmissionSource = 'laptop',
  id: string = newId(),
): Promise<Card> {
  const d = db();
  return d.transaction('rw', d.workshops, d.workshopCards, d.workshopParticipants, async () => {
    await requireWorkshop(workshopId);
    if (participantId !== null) {
      const author = await d.workshopParticipants.get(participantId);
      if (author?.workshopId !== workshopId)
        throw new Error('That participant is not in this workshop.');
    }
    const others = await d.workshopCards.where('workshopId').equals(workshopId).toArray();
    const at = nowIso();
    const card = cardSchema.parse({
      id,
      workshopId,
      text,
      participantId,
      source,
      clusterId: null,
      mergedIntoId: null,
      order: nextOrder(others),
      promotedTo: null,
      createdAt: at,
      updatedAt: at,
      revision: 0,
    } satisfies Card);
    await d.workshopCards.add(card);
    return card;
  });
}

async function changeCard(
  id: string,
  change: (card: Card) => Card,
  expected?: ExpectedVersion,
): Promise<Card> {
  const d = db();
  return d.transaction('rw', d.workshopCards, async () => {
    const existing = await d.workshopCards.get(id);
    if (!existing) throw new Error('That card is no longer on the board.');
    assertExpectedVersion('card', existing, expected);
    const changed = cardSchema.parse(next(change(existing), nowIso()));
    await d.workshopCards.put(changed);
    return changed;
  });
}

/** Changes a card's text, if it is still the version the text was typed over (`expected`). */
export function editCard(id: string, text: string, expected?: ExpectedVersion): Promise<Card> {
  return changeCard(id, (card) => ({ ...card, text }), expected);
}

/** Deletes a card; duplicates merged into it come back onto the board. Returns what Undo needs. */
export async function deleteCard(id: string): Promise<DeletionSnapshot> {
  const d = db();
  return d.transaction('rw', d.workshopCards, async () => {
    const card = await d.workshopCards.get(id);
    if (!card) throw new Error('That card is no longer on the board.');
    const duplicates = await d.workshopCards.where('mergedIntoId').equals(id).toArray();
    await d.workshopCards.delete(id);
    const at = nowIso();
    await d.workshopCards.bulkPut(duplicates.map((c) => next({ ...c, mergedIntoId: null }, at)));
    return { label: `Card “${card.text}”`, rows: { workshopCards: [card, ...duplicates] } };
  });
}

/** Puts a card (with its merged duplicates) into a cluster, or back among the loose cards. */
export async function moveCard(id: string, clusterId: string | null): Promise<void> {
  const d = db();
  await d.transaction('rw', d.workshopCards, d.workshopClusters, async () => {
    const card = await d.workshopCards.get(id);
    if (!card) throw new Error('That card is no longer on the board.');
    if (clusterId !== null) {
      const cluster = await d.workshopClusters.get(clusterId);
      if (cluster?.workshopId !== card.workshopId)
        throw new Error('That cluster no longer exists.');
    }
    const duplicates = await d.workshopCards.where('mergedIntoId').equals(id).toArray();
    const at = nowIso();
    await d.workshopCards.bulkPut([card, ...duplicates].map((c) => next({ ...c, clusterId }, at)));
  });
}

/** Starts a cluster named after a card, with that card in it. */
export async function clusterFromCard(cardId: string): Promise<Cluster> {
  const d = db();
  return d.transaction('rw', d.workshopCards, d.workshopClusters, async () => {
    const card = await d.workshopCards.get(cardId);
    if (!card) throw new Error('That card is no longer on the board.');
    const cluster = await addClusterIn(card.workshopId, card.text);
    await moveCard(cardId, cluster.id);
    return cluster;
  });
}

async function addClusterIn(workshopId: string, title: string): Promise<Cluster> {
  const d = db();
  const others = await d.workshopClusters.where('workshopId').equals(workshopId).toArray();
  const at = nowIso();
  const cluster = clusterSchema.parse({
    id: newId(),
    workshopId,
    title: title.trim() || `Cluster ${others.length + 1}`,
    order: nextOrder(others),
    promotedTo: null,
    createdAt: at,
    updatedAt: at,
    revision: 0,
  } satisfies Cluster);
  await d.workshopClusters.add(cluster);
  return cluster;
}

/** Adds an empty cluster; without a name it is "Cluster N". */
export async function addCluster(workshopId: string, title: string): Promise<Cluster> {
  const d = db();
  return d.transaction('rw', d.workshops, d.workshopClusters, async () => {
    await requireWorkshop(workshopId);
    return addClusterIn(workshopId, title);
  });
}

/** Renames a cluster, if it is still the version the name was typed over (`expected`). */
export async function renameCluster(
  id: string,
  title: string,
  expected?: ExpectedVersion,
): Promise<Cluster> {
  const d = db();
  return d.transaction('rw', d.workshopClusters, async () => {
    const existing = await d.workshopClusters.get(id);
    if (!existing) throw new Error('That cluster no longer exists.');
    assertExpectedVersion('cluster', existing, expected);
    const renamed = clusterSchema.parse(next({ ...existing, title }, nowIso()));
    await d.workshopClusters.put(renamed);
    return renamed;
  });
}

/** Deletes a cluster; its cards go back among the loose cards. Returns what Undo needs. */
export async function deleteCluster(id: string): Promise<DeletionSnapshot> {
  const d = db();
  return d.transaction('rw', d.workshopClusters, d.workshopCards, async () => {
    const cluster = await d.workshopClusters.get(id);
    if (!cluster) throw new Error('That cluster no longer exists.');
    const cards = await d.workshopCards.where('clusterId').equals(id).toArray();
    await d.workshopClusters.delete(id);
    const at = nowIso();
    await d.workshopCards.bulkPut(cards.map((c) => next({ ...c, clusterId: null }, at)));
    return {
      label: `Cluster “${cluster.title}”`,
      rows: { workshopClusters: [cluster], workshopCards: cards },
    };
  });
}

/**
 * Merges a duplicate into the card it repeats: it leaves the board but is kept under that card
 * (with any duplicates of its own), as part of the idea's origin.
 */
export async function mergeCard(duplicateId: string, intoId: string): Promise<void> {
  if (duplicateId === intoId) throw new Error('A card cannot be merged into itself.');
  const d = db();
  await d.transaction('rw', d.workshopCards, async () => {
    const [duplicate, into] = await d.workshopCards.bulkGet([duplicateId, intoId]);
    if (!duplicate || !into) throw new Error('That card is no longer on the board.');
    if (duplicate.workshopId !== into.workshopId)
      throw new Error('Those cards are in different workshops.');
    const target = into.mergedIntoId === null ? into : await d.workshopCards.get(into.mergedIntoId);
    if (!target || target.id === duplicateId)
      throw new Error('A card cannot be merged into itself.');
    const carried = await d.workshopCards.where('mergedIntoId').equals(duplicateId).toArray();
    const at = nowIso();
    await d.workshopCards.bulkPut(
      [duplicate, ...carried].map((c) =>
        cardSchema.parse(next({ ...c, mergedIntoId: target.id, clusterId: target.clusterId }, at)),
      ),
    );
  });
}

/** Takes a merged duplicate back onto the board, beside the card it was merged into. */
export function unmergeCard(id: string): Promise<Card> {
  return changeCard(id, (card) => ({ ...card, mergedIntoId: null }));
}
