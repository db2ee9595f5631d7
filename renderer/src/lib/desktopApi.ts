import type { DesktopApi, IpcResult } from '@shared/ipc/contract';
import { createBrowserHost } from './browserHost';

/** The one way the renderer reaches its host: the preload's bridge in Electron, or the browser. */
export const desktopApi: DesktopApi = window.quarterdeck ?? createBrowserHost();

/** Unwraps an IPC result for React Query: errors become thrown `Error`s with the host's message. */
export async function unwrap<T>(result: Promise<IpcResult<T>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error);
  return settled.data;
}
