import { afterEach, describe, expect, it, vi } from 'vitest';
import { CancelledError, runOffThread } from '../../../../renderer/src/lib/offThread/runOffThread';
import { runTask, type OffThreadTask } from '../../../../renderer/src/lib/offThread/tasks';
import { PLAN_CSV } from '../../../support/plans';

const TARGET = { quarterLabel: '2027-Q1', teamName: 'Payments Platform', parents: [] };

/** A worker that runs the job in this thread, as the real one does in its own. */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  isTerminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.started.push(this);
  }
  postMessage(task: OffThreadTask) {
    const send = (data: unknown) =>
      setTimeout(() => {
        if (!this.isTerminated) this.onmessage?.({ data });
      });
    runTask(task, (progress) => send({ type: 'progress', progress })).then(
      (result) => send({ type: 'done', result }),
      (error: Error) => send({ type: 'failed', message: error.message }),
    );
  }
  terminate() {
    this.isTerminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.started = [];
});

describe('runOffThread', () => {
  it('runs the job in a module worker of its own, reports progress, and ends the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const onProgress = vi.fn();
    const preview = await runOffThread(
      { kind: 'preview-plan', content: PLAN_CSV, target: TARGET },
      { onProgress },
    );
    expect(preview).toMatchObject({ ok: true, prepared: { keyResultCount: 3 } });
    const [worker] = FakeWorker.started;
    expect(worker?.options).toMatchObject({ type: 'module' });
    expect(worker?.url.pathname).toMatch(/offThread\/worker\.ts$/);
    expect(worker?.isTerminated).toBe(true);
    expect(onProgress).toHaveBeenCalledWith({ phase: 'coaching', fraction: 1 });
  });

  it('stops the worker at once when cancelled, and says it was cancelled', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const controller = new AbortController();
    const job = runOffThread({ kind: 'read-backup', text: '{}' }, { signal: controller.signal });
    controller.abort();
    await expect(job).rejects.toBeInstanceOf(CancelledError);
    expect(FakeWorker.started[0]?.isTerminated).toBe(true);
  });

  it('reads a backup inline where there are no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    expect(await runOffThread({ kind: 'read-backup', text: '' })).toEqual({
      ok: false,
      problem: 'This is not a Quarterdeck backup: the file is empty.',
    });
  });
});
