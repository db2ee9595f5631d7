import type { DesktopApi, IpcResult } from '@shared/ipc/contract';

let current: DesktopApi | null = null;

/**
 * Sets the host the renderer talks to: the preload's bridge in Electron, or the browser host.
 * The entry (`app/connectHost.ts`) calls it once at start, and the tests' setup does the same.
 */
export function setDesktopApi(api: DesktopApi): void {
  current = api;
}

/** The one way the renderer reaches its host. */
export function desktopApi(): DesktopApi {
  if (!current) throw new Error('Quarterdeck is not connected to its host yet.');
  return current;
}

/** Unwraps an IPC result for React Query: errors become thrown `Error`s with the host's message. */
export async function unwrap<T>(result: Promise<IpcResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error);
  return settled.data;
}
