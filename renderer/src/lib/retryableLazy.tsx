import { type ComponentType, lazy, type LazyExoticComponent, useState } from 'react';
import { recoverableImport } from './recoverableImport';

/** A screen's code could not be loaded (an offline chunk missing, a file that failed to import). */
export class ScreenLoadError extends Error {
  constructor(
    cause: unknown,
    /** Lets the next render load the code afresh; the error boundary calls it once caught. */
    readonly prepareRetry: () => void = () => undefined,
  ) {
    super('This screen’s code could not be loaded.', { cause });
    this.name = 'ScreenLoadError';
  }
}

/** Whether a render error is a screen whose code could not be loaded (so a retry may help). */
export function isScreenLoadError(error: unknown): error is ScreenLoadError {
  return error instanceof ScreenLoadError;
}

/**
 * How long a screen's code may take to arrive before the screen says so and offers Retry: the
 * code is on this computer, so even a busy one has it in a second or two; an import that never
 * settles must not leave "Loading…" on screen for good.
 */
export const LOAD_TIMEOUT_MS = 20_000;

/** A {@link retryableLazy} component, and how to load its code ahead of need. */
export type PreloadableComponent<P extends object> = ComponentType<P> & {
  /**
   * Loads the code now (while the window is idle); once it has arrived, the component renders
   * at once where it is first shown, without suspending. A failure is left for that render.
   */
  preload(): Promise<void>;
};

/**
 * A lazily loaded component, like React.lazy, except that a failed load is not remembered: the
 * failure reaches the nearest error boundary as a {@link ScreenLoadError}, and once the boundary
 * has caught it, rendering the component again (Retry, or going elsewhere and back) loads it
 * afresh. React.lazy keeps the rejected import forever, and so does the browser's module map:
 * a retry imports the file the failure named under a fresh URL ({@link recoverableImport}), so one
 * failed chunk no longer leaves its screen broken until a restart.
 *
 * `importModule` is the module's `import()`; `pick` takes the component from it (from the
 * module as first imported or as imported afresh).
 *
 * Code that has already arrived (`preload`, or an earlier render) is rendered directly: a lazy
 * component suspends on its first render even then, and React reveals what a Suspense boundary
 * held back no sooner than about 300 ms after its fallback appeared, so every dialog opened
 * through its stand-in for that long, its effects (the backup dialog's head start) waiting too.
 */
export function retryableLazy<M, P extends object>(
  importModule: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  timeoutMs = LOAD_TIMEOUT_MS,
): PreloadableComponent<P> {
  /** The component, once its code has arrived by either road. */
  let loaded: ComponentType<P> | null = null;
  const importAgain = recoverableImport(importModule);
  const load = async (): Promise<ComponentType<P>> => pick(await importAgain());
  const fresh = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(async () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`Still not loaded after ${timeoutMs / 1000} s.`)),
            timeoutMs,
          );
        });
        loaded = await Promise.race([load(), late]);
        return { default: loaded };
      } catch (error) {
        // Swapped only once a boundary shows the failure: swapping now would retry at once, on
        // Suspense's own re-render, and a chunk that always fails would spin for ever.
        throw new ScreenLoadError(error, () => {
          current = fresh();
        });
      } finally {
        clearTimeout(timer);
      }
    });
  let current = fresh();
  function Lazy(props: P) {
    // Chosen once per mount: a switch from the lazy type to the loaded one would remount it.
    const [Ready] = useState(() => loaded);
    if (Ready) return <Ready {...props} />;
    const Loaded = current;
    return <Loaded {...props} />;
  }
  const preload = async (): Promise<void> => {
    try {
      loaded ??= await load();
    } catch {
      // Not loaded: the first render loads it again and, if that fails too, says so.
    }
  };
  return Object.assign(Lazy, { preload });
}
