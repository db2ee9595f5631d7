import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeFsError, readTextFile } from '../../../electron/main/textFile';
import { decodeTextFile } from '../../../shared/files/textFile';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quarterdeck-text-file-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readTextFile', () => {
  it('reads UTF-8 text and drops a byte-order mark', async () => {
    const file = join(dir, 'plan.csv');
    await writeFile(file, '\uFEFFteam,objective\n');
    expect(await readTextFile(file)).toEqual({
      ok: true,
      name: 'plan.csv',
      text: 'team,objective\n',
      bytes: Buffer.from('team,objective\n'),
    });
  });

  it('refuses a file over the limit with its size and the limit', async () => {
    const big = join(dir, 'big.csv');
    await writeFile(big, 'x'.repeat(3 * 1024));
    expect(await readTextFile(big, 2 * 1024)).toEqual({
      ok: false,
      name: 'big.csv',
      problem: 'The file is 3 KB; Quarterdeck reads files up to 2 KB.',
    });
  });

  it('reads a file exactly at the limit', async () => {
    const edge = join(dir, 'edge.txt');
    await writeFile(edge, 'x'.repeat(2048));
    expect(await readTextFile(edge, 2048)).toMatchObject({ ok: true, name: 'edge.txt' });
  });

  it('refuses a folder and a missing file in words', async () => {
    expect(await readTextFile(dir)).toMatchObject({
      ok: false,
      problem: 'Cannot read the file: it is a folder.',
    });
    expect(await readTextFile(join(dir, 'gone.json'))).toMatchObject({
      ok: false,
      problem: 'Cannot read the file: no such file.',
    });
  });

  it('refuses UTF-16 with the reason', async () => {
    const file = join(dir, 'utf16.json');
    await writeFile(file, Buffer.from('\uFEFF{"a":1}', 'utf16le'));
    expect(await readTextFile(file)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('UTF-16'),
    });
  });
});

describe('readTextFile with the byte routines of Node', () => {
  const cases: Record<string, number[] | string> = {
    ascii: '{"a":"plain"}\n',
    'accents and astral characters': 'héllo · 𝄞 \u{10FFFF} "quoted"',
    'a mark, then a second mark kept as text': '\uFEFF\uFEFFkept',
    'a mark only': '\uFEFF',
    empty: '',
    'a NUL byte': 'ab\u0000cd',
    'a NUL byte after non-ASCII text': 'é\u0000',
    'a stray continuation byte': [0x61, 0x80, 0x62],
    'an overlong encoding': [0x61, 0xc0, 0x80],
    'an encoded surrogate': [0xed, 0xa0, 0x80],
    'beyond U+10FFFF': [0xf4, 0x90, 0x80, 0x80],
    'cut in the middle of a character': [0x61, 0x62, 0xe2, 0x82],
    'invalid after a mark': [0xef, 0xbb, 0xbf, 0x61, 0xff],
    'Latin-1 text': [0x63, 0x61, 0x66, 0xe9],
  };
  for (const [name, content] of Object.entries(cases)) {
    it(`reads ${name} exactly as the portable decoder every door shares`, async () => {
      const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
      const file = join(dir, 'file.json');
      await writeFile(file, bytes);
      const { name: _name, ...read } = await readTextFile(file);
      expect(read).toEqual(decodeTextFile(bytes));
    });
  }
});

describe('describeFsError', () => {
  it('says what a file-system error means, or passes the message on', () => {
    const error = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(describeFsError(error('EACCES'))).toBe('permission denied');
    expect(describeFsError(error('ENOSPC'))).toBe('the disk is full');
    expect(describeFsError(error('ENOENT'), 'no such folder')).toBe('no such folder');
    expect(describeFsError(new Error('odd'))).toBe('odd');
  });
});
