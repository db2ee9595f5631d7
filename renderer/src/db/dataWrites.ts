import Dexie from 'dexie';
import { getDb } from './database';

/**
 * Calls `listener` after any write to any table of the app's database, in this window, another
 * window or a worker (Dexie tells them all); once, then it stops listening. Returns how to stop
 * sooner. What a snapshot of all data (a restore's) needs to know it is no longer current.
 */
export function onceDataWritten(listener: () => void): () => void {
  const prefix = `idb://${getDb().name}/`;
  const onMutated = (parts: Record<string, unknown>) => {
    // `all` is Dexie's word for "anything may have changed" (a page restored from its cache).
    if (Object.keys(parts).some((part) => part === 'all' || part.startsWith(prefix))) {
      stop();
      listener();
    }
  };
  const stop = () => Dexie.on('storagemutated').unsubscribe(onMutated);
  Dexie.on('storagemutated', onMutated);
  return stop;
}
