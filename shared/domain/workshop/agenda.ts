import type { RecordVersion } from '../revisions';
import type { SettingStepId } from '../setting/wizard';
import type { AgendaItem, AgendaItemKind, EffortPhase, Workshop, WorkshopKind } from './schemas';
import { NEW_TIMER } from './timer';

/** Where the app goes when an agenda item starts. */
export type AppTarget =
  | { screen: 'workshop' }
  | { screen: 'setting'; step: SettingStepId }
  | { screen: 'checkins' }
  | { screen: 'scoring' }
  | { screen: 'retrospective' };

type KindInfo = {
  label: string;
  /** What happens in the item, for the facilitator choosing a kind. */
  hint: string;
  defaultMinutes: number;
};

/** Every kind of agenda item, with the words the facilitator sees. */
export const AGENDA_KINDS: Readonly<Record<AgendaItemKind, KindInfo>> = {
  context: {
    label: 'Context',
    hint: 'Business need → engineering lever, or where the quarter stands',
    defaultMinutes: 10,
  },
  'silent-writing': {
    label: 'Silent writing',
    hint: 'Everyone writes ideas; cards appear on the screen',
    defaultMinutes: 10,
  },
  cluster: { label: 'Cluster', hint: 'Group the cards and merge duplicates', defaultMinutes: 10 },
  'dot-vote': {
    label: 'Dot vote',
    hint: 'Private dots per person, revealed together',
    defaultMinutes: 10,
  },
  'key-results': {
    label: 'Key results',
    hint: 'Key results for the chosen objectives, with the coach',
    defaultMinutes: 40,
  },
  dependencies: {
    label: 'Dependencies',
    hint: 'What other teams must provide, and by when',
    defaultMinutes: 15,
  },
  'confidence-vote': {
    label: 'Confidence vote',
    hint: 'Private 0–100 per person for a key result, revealed together',
    defaultMinutes: 15,
  },
  'check-in': { label: 'Check-in', hint: 'Walk through each key result', defaultMinutes: 30 },
  scoring: { label: 'Scoring', hint: 'Score each key result 0.0–1.0', defaultMinutes: 15 },
  retro: {
    label: 'Retrospective',
    hint: 'What worked, what did not, what carries forward',
    defaultMinutes: 30,
  },
  'wrap-up': {
    label: 'Wrap-up',
    hint: 'Decisions, open questions and who owns what',
    defaultMinutes: 10,
  },
  discussion: {
    label: 'Discussion',
    hint: 'A timeboxed conversation or a break',
    defaultMinutes: 10,
  },
};

export const WORKSHOP_KIND_LABELS: Readonly<Record<WorkshopKind, string>> = {
  planning: 'Planning workshop',
  'check-in-review': 'Check-in review',
  retro: 'Retrospective workshop',
};

/** The phase of the cycle whose effort a workshop counts towards. */
export const WORKSHOP_PHASE: Readonly<Record<WorkshopKind, EffortPhase>> = {
  planning: 'setting',
  'check-in-review': 'checkins',
  retro: 'retrospective',
};

/** Where the app goes when an item of `kind` starts in a workshop of `workshopKind`. */
export function targetOf(kind: AgendaItemKind, workshopKind: WorkshopKind): AppTarget {
  switch (kind) {
    case 'context':
      if (workshopKind === 'planning') return { screen: 'setting', step: 'chain' };
      return workshopKind === 'retro' ? { screen: 'scoring' } : { screen: 'checkins' };
    case 'key-results':
      return { screen: 'setting', step: 'key-results' };
    case 'dependencies':
      return { screen: 'setting', step: 'dependencies' };
    case 'check-in':
      return { screen: 'checkins' };
    case 'scoring':
      return { screen: 'scoring' };
    case 'retro':
      return { screen: 'retrospective' };
    default:
      return { screen: 'workshop' };
  }
}

/** The agenda proposed for each kind of workshop, from the cycle in the product brief. */
const PROPOSALS: Readonly<Record<WorkshopKind, readonly [AgendaItemKind, string, number][]>> = {
  planning: [
    ['context', 'Context: business need → engineering lever', 10],
    ['silent-writing', 'Silent writing: objective ideas', 10],
    ['cluster', 'Cluster the ideas', 10],
    ['dot-vote', 'Dot vote on the objectives', 10],
    ['key-results', 'Key results for the chosen objectives', 40],
    ['dependencies', 'Dependencies on other teams', 15],
    ['confidence-vote', 'Confidence vote', 15],
    ['wrap-up', 'Wrap-up: decisions and owners', 10],
  ],
  'check-in-review': [
    ['context', 'Where the quarter stands', 10],
    ['check-in', 'Check in on each key result', 30],
    ['silent-writing', 'Silent writing: risks and blockers', 10],
    ['cluster', 'Cluster the risks', 10],
    ['dot-vote', 'Dot vote: what to tackle first', 10],
    ['confidence-vote', 'Confidence vote on the riskiest key result', 15],
    ['wrap-up', 'Wrap-up: decisions and owners', 10],
  ],
  retro: [
    ['context', 'Scores: how the quarter ended', 15],
    ['silent-writing', 'Silent writing: what worked, what did not', 10],
    ['cluster', 'Cluster the themes', 10],
    ['dot-vote', 'Dot vote: what to change next quarter', 10],
    ['retro', 'Key result retrospectives and carry-forward', 30],
    ['wrap-up', 'Wrap-up: decisions and owners', 10],
  ],
};

/** Dots each participant places unless the facilitator says otherwise. */
export const DEFAULT_DOTS = 3;

/** A new, not yet started agenda item. */
export function newAgendaItem(
  id: string,
  kind: AgendaItemKind,
  title: string = AGENDA_KINDS[kind].label,
  minutes: number = AGENDA_KINDS[kind].defaultMinutes,
): AgendaItem {
  return {
    id,
    kind,
    title,
    notes: '',
    minutes,
    status: 'pending',
    timer: NEW_TIMER,
    dotsPerParticipant: DEFAULT_DOTS,
    revealedAt: null,
  };
}

/** The agenda Quarterdeck proposes for a workshop; `newId` gives each item its id. */
export function proposeAgenda(kind: WorkshopKind, newId: () => string): AgendaItem[] {
  return PROPOSALS[kind].map(([itemKind, title, minutes]) =>
    newAgendaItem(newId(), itemKind, title, minutes),
  );
}

/** The planned length of the whole agenda, in minutes. */
export function plannedMinutes(agenda: readonly AgendaItem[]): number {
  return agenda.reduce((sum, item) => sum + item.minutes, 0);
}

/** The item on screen now, if any. */
export function currentItem(workshop: Pick<Workshop, 'agenda' | 'currentItemId'>) {
  return workshop.agenda.find((item) => item.id === workshop.currentItemId) ?? null;
}

/** An item's title as typed, or its kind's name when left blank. */
export function agendaItemTitle(kind: AgendaItemKind, typed: string): string {
  return typed.trim() || AGENDA_KINDS[kind].label;
}

/** What a facilitator may change about an item. */
export type AgendaItemPatch = Partial<
  Pick<AgendaItem, 'kind' | 'title' | 'minutes' | 'notes' | 'dotsPerParticipant'>
>;

/**
 * The agenda with one item's fields changed by the facilitator: the item takes `version` (its
 * next revision, see `nextVersion`), so a form open on the old one elsewhere can tell.
 */
export function updateAgendaItem(
  agenda: readonly AgendaItem[],
  id: string,
  patch: AgendaItemPatch,
  version?: RecordVersion,
): AgendaItem[] {
  return agenda.map((item) => (item.id === id ? { ...item, ...patch, ...version } : item));
}

/** An agenda item with its version as stored, for a form to be based on. */
export type VersionedAgendaItem = AgendaItem & RecordVersion;

/**
 * An item's version: an item saved before items had one counts as revision 0 of the workshop's
 * creation, a time that never changes, so its first edit is still news to another window.
 */
export function agendaItemVersion(
  workshop: Pick<Workshop, 'createdAt'>,
  item: AgendaItem,
): VersionedAgendaItem {
  return { ...item, revision: item.revision ?? 0, updatedAt: item.updatedAt ?? workshop.createdAt };
}

/** Moves an item one place up (-1) or down (+1); unchanged at either end. */
export function moveAgendaItem(
  agenda: readonly AgendaItem[],
  id: string,
  delta: -1 | 1,
): AgendaItem[] {
  const from = agenda.findIndex((item) => item.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= agenda.length) return [...agenda];
  const next = [...agenda];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** Adds an item after `afterId`, or at the end. */
export function insertAgendaItem(
  agenda: readonly AgendaItem[],
  item: AgendaItem,
  afterId: string | null = null,
): AgendaItem[] {
  const index = afterId === null ? -1 : agenda.findIndex((i) => i.id === afterId);
  if (index < 0) return [...agenda, item];
  return [...agenda.slice(0, index + 1), item, ...agenda.slice(index + 1)];
}
