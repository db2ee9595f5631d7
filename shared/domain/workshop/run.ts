import type { AgendaItem, Workshop } from './schemas';
import { addTime, elapsedMs, pauseAfterClose, pauseTimer, startTimer } from './timer';

/*
 * Running a workshop, as pure steps from one workshop state to the next. `now` is the clock in
 * epoch ms (the timers' unit); `at` is the same moment as the ISO timestamp stored in rows.
 */

type Clock = { now: number; at: string };

function mapItems(workshop: Workshop, fn: (item: AgendaItem) => AgendaItem): Workshop {
  return { ...workshop, agenda: workshop.agenda.map(fn) };
}

/** An item left behind when another starts: done if it ran at all, else still to come. */
function leave(item: AgendaItem, now: number, status?: 'done' | 'skipped'): AgendaItem {
  const timer = pauseTimer(item.timer, now);
  const ran = elapsedMs(timer, now) > 0;
  return { ...item, timer, status: status ?? (ran ? 'done' : 'pending') };
}

/**
 * Makes `itemId` the current item and starts its timer; the item on screen before is paused
 * and marked done if it ran. The first start begins the workshop.
 */
export function startItem(workshop: Workshop, itemId: string, { now, at }: Clock): Workshop {
  if (!workshop.agenda.some((item) => item.id === itemId)) return workshop;
  const previous = workshop.currentItemId;
  const next = mapItems(workshop, (item) => {
    if (item.id === itemId) {
      return { ...item, status: 'active', timer: startTimer(item.timer, now) };
    }
    return item.id === previous ? leave(item, now) : item;
  });
  return {
    ...next,
    currentItemId: itemId,
    status: 'running',
    startedAt: workshop.startedAt ?? at,
    endedAt: null,
  };
}

/** The first item after the current one that has not been done or skipped. */
function followingItem(workshop: Workshop): AgendaItem | null {
  const index = workshop.agenda.findIndex((item) => item.id === workshop.currentItemId);
  const after = workshop.agenda.slice(index + 1);
  return after.find((item) => item.status === 'pending') ?? null;
}

/**
 * Ends the current item (`done`, or `skipped`) and starts the next one still to come. With
 * nothing left, no item is current: the agenda is through.
 */
export function advance(
  workshop: Workshop,
  clock: Clock,
  status: 'done' | 'skipped' = 'done',
): Workshop {
  const following = followingItem(workshop);
  const left = mapItems(workshop, (item) =>
    item.id === workshop.currentItemId ? leave(item, clock.now, status) : item,
  );
  if (following) return startItem({ ...left, currentItemId: null }, following.id, clock);
  return { ...left, currentItemId: null };
}

function updateCurrent(workshop: Workshop, fn: (item: AgendaItem) => AgendaItem): Workshop {
  return mapItems(workshop, (item) => (item.id === workshop.currentItemId ? fn(item) : item));
}

export function pauseCurrent(workshop: Workshop, now: number): Workshop {
  return updateCurrent(workshop, (item) => ({ ...item, timer: pauseTimer(item.timer, now) }));
}

export function resumeCurrent(workshop: Workshop, now: number): Workshop {
  return updateCurrent(workshop, (item) => ({ ...item, timer: startTimer(item.timer, now) }));
}

export function addTimeToCurrent(workshop: Workshop, ms: number): Workshop {
  return updateCurrent(workshop, (item) => ({ ...item, timer: addTime(item.timer, ms) }));
}

/** Removes an item; removing the current one leaves no item current. */
export function removeItem(workshop: Workshop, itemId: string): Workshop {
  return {
    ...workshop,
    agenda: workshop.agenda.filter((item) => item.id !== itemId),
    currentItemId: workshop.currentItemId === itemId ? null : workshop.currentItemId,
  };
}

/**
 * The state a workshop reopens in: every timer that was running when its window went away is
 * paused, counting time only until `lastSeen` (see `pauseAfterClose`). The current item stays.
 */
export function pauseAllAfterClose(workshop: Workshop, lastSeen: number | null): Workshop {
  return mapItems(workshop, (item) => ({ ...item, timer: pauseAfterClose(item.timer, lastSeen) }));
}

/** Whether any timer of the workshop is running. */
export function hasRunningTimer(workshop: Workshop): boolean {
  return workshop.agenda.some((item) => item.timer.runningSince !== null);
}

/** Ends the workshop: every timer paused, no item current. */
export function endWorkshop(workshop: Workshop, { now, at }: Clock): Workshop {
  const ended = mapItems(workshop, (item) =>
    item.status === 'active'
      ? leave(item, now, 'done')
      : { ...item, timer: pauseTimer(item.timer, now) },
  );
  return { ...ended, currentItemId: null, status: 'ended', endedAt: at };
}

/**
 * Reopens an ended workshop for more work: running again, with no item current and every timer
 * still paused, so nothing counts until the facilitator starts an item. Any other workshop is
 * returned as it is.
 */
export function reopenWorkshop(workshop: Workshop): Workshop {
  return workshop.status === 'ended' ? { ...workshop, status: 'running', endedAt: null } : workshop;
}

/** Time spent on agenda items so far, ms: the workshop's actual duration. */
export function workshopElapsedMs(workshop: Workshop, now: number): number {
  return workshop.agenda.reduce((sum, item) => sum + elapsedMs(item.timer, now), 0);
}

/** The actual duration in whole minutes, rounded up, at least one. */
export function workshopMinutes(workshop: Workshop, now: number): number {
  return Math.max(1, Math.ceil(workshopElapsedMs(workshop, now) / 60_000));
}
