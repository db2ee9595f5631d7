import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBackupOffThread, warmUpBackupWorker } from '../../../../renderer/src/db/backupWorker';
import { openFreshDb } from './builders';

/** A stand-in for the browser's Worker: records what it was sent, answers when told to. */
class FakeWorker {
  static started: FakeWorker[] = [];
  sent: unknown[] = [];
  terminated = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  finishJob() {
    this.onmessage?.({
      data: { type: 'done', backup: { file: '{}', checksum: 'x', empty: true } },
    });
  }
}

beforeEach(() => {
  openFreshDb();
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const isWarmUp = (worker: FakeWorker) =>
  worker.sent.some((m) => typeof m === 'object' && m !== null && 'warmUp' in m);

describe('warming up the backup worker', () => {
  it('waits for a backup being built, so the build has the processor to itself', async () => {
    const built = buildBackupOffThread({
      appVersion: '0.1.0',
      now: new Date().toISOString(),
      output: 'bytes',
    });
    const letGo = warmUpBackupWorker();
    // Only the build's worker so far.
    expect(FakeWorker.started).toHaveLength(1);
    const [job] = FakeWorker.started;
    job!.finishJob();
    await built;
    // The build done, the warm worker for what comes next is started.
    expect(FakeWorker.started).toHaveLength(2);
    expect(isWarmUp(FakeWorker.started[1]!)).toBe(true);
    letGo();
    expect(FakeWorker.started[1]!.terminated).toBe(true);
  });

  it('starts at once when nothing is being built, and not at all when let go while waiting', () => {
    const letGo = warmUpBackupWorker();
    expect(FakeWorker.started).toHaveLength(1);
    expect(isWarmUp(FakeWorker.started[0]!)).toBe(true);
    letGo();

    const stop = new AbortController();
    void buildBackupOffThread(
      { appVersion: '0.1.0', now: new Date().toISOString(), output: 'bytes' },
      { signal: stop.signal },
    ).catch(() => undefined);
    const letGoWaiting = warmUpBackupWorker();
    letGoWaiting();
    stop.abort();
    // The build stopped: the warm-up let go meanwhile never starts.
    expect(FakeWorker.started).toHaveLength(2);
  });
});
