import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../../electron/main/atomicWrite';

const isRoot = process.getuid?.() === 0;

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quarterdeck-atomic-'));
});

afterEach(async () => {
  await chmod(dir, 0o700).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const failingRename = async () => {
  throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
};

describe('writeFileAtomic', () => {
  it('creates the file with exactly the given text and leaves nothing else behind', async () => {
    const target = join(dir, 'review.md');
    await writeFileAtomic(target, '# Q1 review\n\nShipped 3 of 4 KRs.\n');
    expect(await readFile(target, 'utf8')).toBe('# Q1 review\n\nShipped 3 of 4 KRs.\n');
    expect(await readdir(dir)).toEqual(['review.md']);
  });

  it('writes bytes unchanged, e.g. a binary document', async () => {
    const target = join(dir, 'review.docx');
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10]);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('replaces an existing file completely, even when the new content is shorter', async () => {
    const target = join(dir, 'export.csv');
    await writeFile(target, 'a much longer old content that must not survive as a tail');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('leaves the old file intact and removes its temporary file when the final rename fails', async () => {
    const target = join(dir, 'export.csv');
    await writeFile(target, 'old,complete,content\n');
    await expect(writeFileAtomic(target, 'new content', failingRename)).rejects.toThrow('EXDEV');
    expect(await readFile(target, 'utf8')).toBe('old,complete,content\n');
    expect(await readdir(dir)).toEqual(['export.csv']);
  });

  it.skipIf(isRoot)('leaves the old file intact when its folder is not writable', async () => {
    const target = join(dir, 'export.csv');
    await writeFile(target, 'old\n');
    await chmod(dir, 0o500);
    await expect(writeFileAtomic(target, 'new\n')).rejects.toMatchObject({ code: 'EACCES' });
    expect(await readFile(target, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['export.csv']);
  });

  it('fails without creating anything when the folder does not exist', async () => {
    const target = join(dir, 'missing', 'export.csv');
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('never interleaves two concurrent saves of the same file', async () => {
    const target = join(dir, 'doc.txt');
    const first = 'A'.repeat(256 * 1024);
    const second = 'B'.repeat(256 * 1024);
    await Promise.all([writeFileAtomic(target, first), writeFileAtomic(target, second)]);
    expect([first, second]).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['doc.txt']);
  });
});

describe('writeFileAtomicSync', () => {
  it('replaces the file and leaves nothing else behind', async () => {
    const target = join(dir, 'window-state.json');
    await writeFile(target, '{"width":1}');
    writeFileAtomicSync(target, '{"width":1200,"height":800}');
    expect(await readFile(target, 'utf8')).toBe('{"width":1200,"height":800}');
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('leaves the old file intact and cleans up when the rename fails', async () => {
    const target = join(dir, 'window-state.json');
    await writeFile(target, '{"width":1200,"height":800}');
    const renameFails = () => {
      throw Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' });
    };
    expect(() => writeFileAtomicSync(target, '{}', renameFails)).toThrow('EBUSY');
    expect(await readFile(target, 'utf8')).toBe('{"width":1200,"height":800}');
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });
});
