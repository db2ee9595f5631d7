import { isAbsolute, resolve } from 'node:path';
import { app } from 'electron';

/**
 * Points `userData` (IndexedDB, window state, the single-instance lock) at
 * `QUARTERDECK_USER_DATA` when set, so each end-to-end test gets a fresh profile. Must run
 * before the app is ready and before the single-instance lock is taken.
 */
export function applyUserDataOverride(env: NodeJS.ProcessEnv = process.env): void {
  const dir = env.QUARTERDECK_USER_DATA;
  if (!dir) return;
  app.setPath('userData', isAbsolute(dir) ? dir : resolve(dir));
}
