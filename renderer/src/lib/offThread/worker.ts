import { runTask, type OffThreadTask } from './tasks';

/** What the worker tells the page: progress, then the result or why the job failed. */
export type WorkerMessage =
  | { type: 'progress'; progress: Parameters<Parameters<typeof runTask>[1]>[0] }
  | { type: 'done'; result: Awaited<ReturnType<typeof runTask>> }
  | { type: 'failed'; message: string };

// The renderer's TypeScript config has the DOM library, not the worker one: this is the part of a
// dedicated worker's global scope the file uses.
const scope = self as unknown as {
  postMessage: (message: WorkerMessage) => void;
  onmessage: ((event: MessageEvent<OffThreadTask>) => void) | null;
};

let lastReport = 0;

scope.onmessage = (event) => {
  runTask(event.data, (progress) => {
    // A few reports a second are enough for a progress bar.
    const now = Date.now();
    if (now - lastReport < 100 && progress.fraction !== 0) return;
    lastReport = now;
    scope.postMessage({ type: 'progress', progress });
  }).then(
    (result) => scope.postMessage({ type: 'done', result }),
    (error: unknown) =>
      scope.postMessage({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
