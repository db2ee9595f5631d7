/**
 * Asks the browser to keep Quarterdeck's data even when the disk runs low, instead of clearing
 * it as a cache ("best effort" storage). Returns whether the data is persistent; false where the
 * browser refuses or cannot tell.
 */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = navigator.storage,
): Promise<boolean> {
  try {
    if (!storage?.persist) return false;
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
