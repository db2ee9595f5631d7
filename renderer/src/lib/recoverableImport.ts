import { failedModuleUrl, importFresh } from './freshImport';

/**
 * `importModule` (a module's `import()`), except that a failure is not for good: the call after
 * one fetches the file the failure named afresh (see `freshImport.ts`), where the browser would
 * fail it again from memory. For code loaded when first needed (a screen, the Word writer, the
 * backup writer): one failed load must not break that action until a restart.
 */
export function recoverableImport<M>(importModule: () => Promise<M>): () => Promise<M> {
  /** The file the last failure named, and how many times it has been imported afresh. */
  let failedUrl: string | null = null;
  let attempts = 0;
  return async () => {
    try {
      return failedUrl
        ? // The same file as `importModule` loads, under another URL: its module, typed as such.
          ((await importFresh(failedUrl, ++attempts)) as M)
        : await importModule();
    } catch (error) {
      failedUrl = failedModuleUrl(error) ?? failedUrl;
      throw error;
    }
  };
}
