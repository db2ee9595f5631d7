import { liveQuery } from 'dexie';

/*
 * What a start read before the screens asked for it (`app/startupReads.ts`), for the read hooks
 * to show on their first render instead of "loading". Each read is a Dexie live query held from
 * the module start until {@link releaseStartupReads}: while held, its value follows every write,
 * in this window or another, so a hook never starts from something stale; once released, every
 * value is dropped and hooks load as they always did. Holding the live queries also keeps their
 * results in Dexie's query cache, so a hook's own live query of the same read is answered from it
 * (the same request in flight, or its result) instead of going to the database a second time.
 */

/** The name of a held read: the same read and argument as the hook that shows it. */
export const startupKey = {
  teams: () => 'teams',
  cycles: (teamId: string) => `cycles:${teamId}`,
  objectives: (cycleId: string) => `objectives:${cycleId}`,
  keyResults: (cycleId: string) => `keyResults:${cycleId}`,
  checkIns: (cycleId: string) => `checkIns:${cycleId}`,
  meeting: (cycleId: string) => `meeting:${cycleId}`,
};

const values = new Map<string, unknown>();
const subscriptions: { unsubscribe(): void }[] = [];
/** Each held read's first answer (a value or a failure). */
const firsts: Promise<void>[] = [];

/**
 * Starts `read` as a live query held under `key`; its latest value is what
 * {@link startupSnapshot} answers. A read that fails is forgotten: the hook's own query meets
 * the failure and shows it.
 */
export function holdStartupRead<T>(key: string, read: () => Promise<T>): void {
  let answered = () => undefined as void;
  firsts.push(new Promise<void>((resolve) => (answered = resolve)));
  subscriptions.push(
    liveQuery(read).subscribe({
      next: (value) => {
        values.set(key, value);
        answered();
      },
      error: () => {
        values.delete(key);
        answered();
      },
    }),
  );
}

/** Resolves once every held read has answered once, or after `timeoutMs`, whichever is first. */
export function startupReadsAnswered(timeoutMs: number): Promise<void> {
  return Promise.race([
    Promise.all(firsts).then(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, timeoutMs)),
  ]);
}

/** The held read's latest value; undefined when it has none (yet, or any more). */
export function startupSnapshot<T>(key: string | null): T | undefined {
  return key === null ? undefined : (values.get(key) as T | undefined);
}

/** Ends every held read and drops their values. */
export function releaseStartupReads(): void {
  for (const subscription of subscriptions.splice(0)) subscription.unsubscribe();
  values.clear();
  firsts.length = 0;
}
