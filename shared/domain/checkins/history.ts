import type { CheckIn } from '../entities';

function createdAtMs(c: CheckIn): number {
  const ms = Date.parse(c.createdAt);
  return Number.isNaN(ms) ? 0 : ms;
}

/**
 * Date ascending, then creation time ascending, then id so the order never depends on input
 * order. Each creation time is parsed once, not once per comparison (a quarter of a large
 * workspace holds tens of thousands of check-ins).
 */
function sortByDateThenCreated(checkIns: CheckIn[]): CheckIn[] {
  const created = new Map(checkIns.map((c) => [c, createdAtMs(c)] as const));
  return checkIns.sort((a, b) => {
    if (a.date !== b.date) return a.date < b.date ? -1 : 1;
    const t = (created.get(a) ?? 0) - (created.get(b) ?? 0);
    if (t !== 0) return t;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/**
 * The check-ins that count: every check-in some other check-in supersedes is dropped, so
 * along a correction chain A ← B ← C only C remains. Sorted by date, then by creation time.
 * The superseded versions stay in the input (history); see {@link correctionChain}.
 */
export function effectiveCheckIns(checkIns: readonly CheckIn[]): CheckIn[] {
  const superseded = new Set<string>();
  for (const c of checkIns) {
    if (c.supersedesId !== null && c.supersedesId !== c.id) superseded.add(c.supersedesId);
  }
  return sortByDateThenCreated(checkIns.filter((c) => !superseded.has(c.id)));
}

/**
 * The effective check-ins of one key result, oldest first. A correction always replaces a
 * check-in of its own key result (backups are checked for it), so the key result's own
 * check-ins are enough: a document of hundreds of key results does not sort the whole quarter's
 * check-ins once for each.
 */
export function checkInsFor(keyResultId: string, checkIns: readonly CheckIn[]): CheckIn[] {
  return effectiveCheckIns(checkIns.filter((c) => c.keyResultId === keyResultId));
}

/** The most recent effective check-in of one key result, or null when it has none yet. */
export function latestCheckIn(keyResultId: string, checkIns: readonly CheckIn[]): CheckIn | null {
  return checkInsFor(keyResultId, checkIns).at(-1) ?? null;
}

/**
 * The most recent effective check-in of one key result that recorded a value, or null.
 * A check-in may record only confidence ("not measured this time"); progress then still
 * comes from the last value someone measured.
 */
export function latestMeasuredCheckIn(
  keyResultId: string,
  checkIns: readonly CheckIn[],
): CheckIn | null {
  return checkInsFor(keyResultId, checkIns).findLast((c) => c.value !== null) ?? null;
}

/**
 * The earlier versions a corrected check-in replaced, newest first: for C ← B ← A (C
 * corrects B, which corrected A) this is [B, A]. Empty for a check-in that corrects
 * nothing. A missing link or a loop ends the chain.
 */
export function correctionChain(checkIn: CheckIn, all: readonly CheckIn[]): CheckIn[] {
  const byId = new Map(all.map((c) => [c.id, c] as const));
  const seen = new Set<string>([checkIn.id]);
  const chain: CheckIn[] = [];
  let nextId = checkIn.supersedesId;
  while (nextId !== null && !seen.has(nextId)) {
    const previous = byId.get(nextId);
    if (!previous) break;
    chain.push(previous);
    seen.add(previous.id);
    nextId = previous.supersedesId;
  }
  return chain;
}

/**
 * The newest version of a check-in: the correction that replaced it, or the one that replaced
 * that, and so on (the check-in itself when nothing corrects it). A loop ends the walk.
 */
export function newestVersion(checkIn: CheckIn, all: readonly CheckIn[]): CheckIn {
  const correctionOf = new Map<string, CheckIn>();
  for (const c of all) if (c.supersedesId !== null) correctionOf.set(c.supersedesId, c);
  const seen = new Set<string>([checkIn.id]);
  let newest = checkIn;
  for (let next = correctionOf.get(newest.id); next && !seen.has(next.id);) {
    seen.add(next.id);
    newest = next;
    next = correctionOf.get(newest.id);
  }
  // The live copy of the check-in itself, when nothing corrects it (it may have been re-answered).
  return newest === checkIn ? (all.find((c) => c.id === checkIn.id) ?? checkIn) : newest;
}
