import { useEffect } from 'react';

/**
 * Keeps the connected workspace folder in step while the window is open (`watchFolder.ts`). Its
 * code loads after the first screen: a folder can wait a moment, the first screen cannot.
 */
export function useFolderSync(): void {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let stopped = false;
    void import('./watchFolder').then(({ watchFolder }) => {
      if (!stopped) stop = watchFolder();
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, []);
}
