import { describe, expect, it } from 'vitest';
import {
  AGENDA_KINDS,
  addTimeToCurrent,
  advance,
  currentItem,
  endWorkshop,
  insertAgendaItem,
  moveAgendaItem,
  newAgendaItem,
  pauseAllAfterClose,
  pauseCurrent,
  plannedMinutes,
  proposeAgenda,
  remainingMs,
  removeItem,
  resumeCurrent,
  startItem,
  targetOf,
  timerOf,
  updateAgendaItem,
  workshopMinutes,
  workshopSchema,
  type Workshop,
  type WorkshopKind,
} from '@shared/domain/workshop';

const MIN = 60_000;
const T0 = Date.UTC(2027, 0, 4, 9);
const clockAt = (now: number) => ({ now, at: new Date(now).toISOString() });

function ids() {
  let n = 0;
  return () => `item-${++n}`;
}

function workshop(kind: WorkshopKind = 'planning'): Workshop {
  const at = new Date(T0).toISOString();
  return workshopSchema.parse({
    id: 'w1',
    cycleId: 'c1',
    teamId: 't1',
    kind,
    title: 'Planning',
    status: 'preparing',
    agenda: proposeAgenda(kind, ids()),
    currentItemId: null,
    theme: 'light',
    isChimeOn: true,
    decisions: [],
    openQuestions: [],
    actions: [],
    startedAt: null,
    endedAt: null,
    createdAt: at,
    updatedAt: at,
  });
}

describe('the proposed agenda', () => {
  it('follows the cycle in the brief for a planning workshop, timeboxed', () => {
    const agenda = workshop().agenda;
    expect(agenda.map((i) => i.kind)).toEqual([
      'context',
      'silent-writing',
      'cluster',
      'dot-vote',
      'key-results',
      'dependencies',
      'confidence-vote',
      'wrap-up',
    ]);
    expect(plannedMinutes(agenda)).toBe(120);
    expect(agenda.every((i) => i.status === 'pending' && i.timer.runningSince === null)).toBe(true);
  });

  it.each(['check-in-review', 'retro'] as const)('has a valid agenda for a %s', (kind) => {
    const w = workshop(kind);
    expect(w.agenda.length).toBeGreaterThan(3);
    expect(w.agenda.at(-1)?.kind).toBe('wrap-up');
  });

  it('moves the app to the matching step when an item starts', () => {
    expect(targetOf('context', 'planning')).toEqual({ screen: 'setting', step: 'chain' });
    expect(targetOf('key-results', 'planning')).toEqual({ screen: 'setting', step: 'key-results' });
    expect(targetOf('dependencies', 'planning')).toEqual({
      screen: 'setting',
      step: 'dependencies',
    });
    expect(targetOf('context', 'check-in-review')).toEqual({ screen: 'checkins' });
    expect(targetOf('context', 'retro')).toEqual({ screen: 'scoring' });
    expect(targetOf('silent-writing', 'planning')).toEqual({ screen: 'workshop' });
    expect(targetOf('retro', 'retro')).toEqual({ screen: 'retrospective' });
  });
});

describe('editing the agenda', () => {
  it('edits, reorders, adds and removes items', () => {
    const w = workshop();
    const [first, second] = w.agenda;
    let agenda = updateAgendaItem(w.agenda, first!.id, { title: 'Why we are here', minutes: 5 });
    expect(agenda[0]).toMatchObject({ title: 'Why we are here', minutes: 5 });
    agenda = moveAgendaItem(agenda, first!.id, 1);
    expect(agenda.slice(0, 2).map((i) => i.id)).toEqual([second!.id, first!.id]);
    expect(moveAgendaItem(agenda, second!.id, -1)).toEqual(agenda);
    const lastId = agenda.at(-1)!.id;
    expect(moveAgendaItem(agenda, lastId, 1)).toEqual(agenda);
    const extra = newAgendaItem('break', 'discussion', 'Coffee', 15);
    agenda = insertAgendaItem(agenda, extra, first!.id);
    expect(agenda[2]).toEqual(extra);
    expect(insertAgendaItem(agenda, newAgendaItem('end', 'discussion'), null).at(-1)?.id).toBe(
      'end',
    );
    const removed = removeItem({ ...w, agenda }, extra.id);
    expect(removed.agenda.some((i) => i.id === extra.id)).toBe(false);
    expect(AGENDA_KINDS.discussion.defaultMinutes).toBe(10);
  });
});

describe('running the agenda', () => {
  it('starts an item, pauses, adds time, runs over and moves on', () => {
    let w = workshop();
    const [context, writing, cluster] = w.agenda;
    w = startItem(w, context!.id, clockAt(T0));
    expect(w.status).toBe('running');
    expect(w.startedAt).toBe(new Date(T0).toISOString());
    expect(currentItem(w)?.status).toBe('active');

    w = pauseCurrent(w, T0 + 4 * MIN);
    w = resumeCurrent(w, T0 + 10 * MIN);
    w = addTimeToCurrent(w, 2 * MIN);
    // 4 minutes before the pause, 9 after: 13 of 12 minutes, one over.
    const item = currentItem(w)!;
    expect(remainingMs(timerOf(item), T0 + 19 * MIN)).toBe(-MIN);

    w = advance(w, clockAt(T0 + 19 * MIN));
    expect(w.agenda[0]).toMatchObject({ status: 'done', timer: { runningSince: null } });
    expect(w.currentItemId).toBe(writing!.id);
    expect(currentItem(w)?.timer.runningSince).toBe(T0 + 19 * MIN);

    w = advance(w, clockAt(T0 + 20 * MIN), 'skipped');
    expect(w.agenda[1]?.status).toBe('skipped');
    expect(w.currentItemId).toBe(cluster!.id);
  });

  it('jumping to another item pauses the one on screen', () => {
    let w = workshop();
    const [context, , , vote] = w.agenda;
    w = startItem(w, context!.id, clockAt(T0));
    w = startItem(w, vote!.id, clockAt(T0 + MIN));
    expect(w.agenda[0]).toMatchObject({ status: 'done', timer: { elapsedMs: MIN } });
    // An item jumped away from before it ran is still to come.
    w = startItem(w, context!.id, clockAt(T0 + MIN));
    w = startItem(w, vote!.id, clockAt(T0 + MIN));
    expect(w.agenda[0]?.status).toBe('done');
    expect(startItem(w, 'no-such-item', clockAt(T0))).toBe(w);
  });

  it('after the last item no item is current', () => {
    let w = workshop();
    w = startItem(w, w.agenda.at(-1)!.id, clockAt(T0));
    w = advance(w, clockAt(T0 + MIN));
    expect(w.currentItemId).toBeNull();
  });

  it('reopens paused on the same item, counting time only until the window was last seen', () => {
    let w = workshop();
    w = startItem(w, w.agenda[1]!.id, clockAt(T0));
    const reopened = pauseAllAfterClose(w, T0 + 3 * MIN);
    expect(reopened.currentItemId).toBe(w.agenda[1]!.id);
    expect(currentItem(reopened)?.timer).toEqual({
      addedMs: 0,
      elapsedMs: 3 * MIN,
      runningSince: null,
    });
  });

  it('records the actual duration when it ends', () => {
    let w = workshop();
    w = startItem(w, w.agenda[0]!.id, clockAt(T0));
    w = advance(w, clockAt(T0 + 12 * MIN));
    w = endWorkshop(w, clockAt(T0 + 20 * MIN + 1));
    expect(w.status).toBe('ended');
    expect(w.currentItemId).toBeNull();
    expect(w.agenda.every((i) => i.timer.runningSince === null)).toBe(true);
    expect(workshopMinutes(w, T0 + 99 * MIN)).toBe(21);
    expect(workshopSchema.safeParse(w).success).toBe(true);
  });
});
