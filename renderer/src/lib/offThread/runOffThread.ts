import { runTask, type OffThreadProgress, type OffThreadResult, type OffThreadTask } from './tasks';
import type { WorkerMessage } from './worker';

/** Options for a job: progress reports, and a signal that cancels it. */
export type OffThreadOptions = {
  onProgress?: (progress: OffThreadProgress) => void;
  signal?: AbortSignal;
};

/** Thrown when a job is cancelled: the caller shows "cancelled", not an error. */
export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor() {
    super('Cancelled.');
  }
}

function startWorker(): Worker {
  // Vite bundles the worker as its own file from this exact pattern; it is served from the app's
  // own origin, which the Content-Security-Policy allows (`worker-src 'self'`).
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'files' });
}

/**
 * Runs a job that reads a whole file off the UI thread, in a dedicated worker, so a large plan or
 * backup never freezes the window; each job gets its own worker, ended when the job is done or
 * cancelled (`signal`), which stops the work at once. Where there are no workers (tests in jsdom)
 * the job runs inline.
 */
export function runOffThread<T extends OffThreadTask>(
  task: T,
  { onProgress = () => undefined, signal }: OffThreadOptions = {},
): Promise<OffThreadResult<T>> {
  if (signal?.aborted) return Promise.reject(new CancelledError());
  if (typeof Worker === 'undefined') {
    // The result type follows the task's kind; `runTask` returns the union of both.
    return runTask(task, onProgress) as Promise<OffThreadResult<T>>;
  }
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      stop();
      reject(new CancelledError());
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.progress);
      stop();
      if (message.type === 'done') resolve(message.result as OffThreadResult<T>);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message || 'The file could not be read.'));
    };
    worker.postMessage(task);
  });
}
