import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importFresh } from '../../../../renderer/src/lib/freshImport';
import { recoverableImport } from '../../../../renderer/src/lib/recoverableImport';

const writer = { toDocx: () => 'bytes' };
const chunk = `${location.origin}/assets/docx-3f2a.js`;
const failedFetch = () => new TypeError(`Failed to fetch dynamically imported module: ${chunk}`);

beforeEach(() => {
  vi.mocked(importFresh).mockReset();
});

describe('recoverableImport', () => {
  it('imports the module once it loads, through the plain import', async () => {
    const load = vi.fn(async () => writer);
    const importWriter = recoverableImport(load);
    await expect(importWriter()).resolves.toBe(writer);
    await expect(importWriter()).resolves.toBe(writer);
    expect(importFresh).not.toHaveBeenCalled();
  });

  it('fetches the failed file afresh on the next call, where the browser would fail it again', async () => {
    const load = vi.fn(() => Promise.reject(failedFetch()));
    vi.mocked(importFresh).mockRejectedValueOnce(failedFetch()).mockResolvedValue(writer);
    const importWriter = recoverableImport(load);

    await expect(importWriter()).rejects.toThrow('Failed to fetch');
    await expect(importWriter()).rejects.toThrow('Failed to fetch');
    await expect(importWriter()).resolves.toBe(writer);
    // Each retry is a new URL: the browser remembers every failed one.
    expect(vi.mocked(importFresh).mock.calls).toEqual([
      [chunk, 1],
      [chunk, 2],
    ]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries the plain import again when the failure names no file of the app', async () => {
    const load = vi
      .fn<() => Promise<typeof writer>>()
      .mockRejectedValueOnce(
        new TypeError(
          'Failed to fetch dynamically imported module: https://elsewhere.example/x.js',
        ),
      )
      .mockResolvedValue(writer);
    const importWriter = recoverableImport(load);

    await expect(importWriter()).rejects.toThrow('Failed to fetch');
    await expect(importWriter()).resolves.toBe(writer);
    expect(importFresh).not.toHaveBeenCalled();
  });
});
