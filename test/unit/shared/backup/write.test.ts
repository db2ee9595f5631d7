import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256HexNode } from '../../../../electron/main/sha256';
import {
  canonicalJson,
  checksumOf,
  sameCanonicalJson,
  sha256Hex,
  sha256HexOfBytes,
} from '../../../../shared/backup/checksum';
import {
  createBackup,
  serializeBackup,
  type BackupData,
} from '../../../../shared/backup/fileFormat';
import { PROBLEMS } from '../../../../shared/backup/problems';
import { readBackup } from '../../../../shared/backup/read';
import { backupFileBytes, dataSectionOf, writeBackup } from '../../../../shared/backup/write';
import { backupDataArb } from './arbitraries';

const NOW = new Date('2027-02-01T10:00:00.000Z');
const FIXTURES = fileURLToPath(new URL('../../../fixtures/backups/', import.meta.url));

/** The canonical JSON as it was first defined: every object's entries sorted, piece by piece. */
function referenceCanonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((v: unknown) => (v === undefined ? 'null' : referenceCanonicalJson(v))).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const parts = Object.entries(value)
      .filter(([, v]) => v !== undefined && typeof v !== 'function')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${referenceCanonicalJson(v)}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Keys that a plain object cannot keep in code-unit order, and keys that are fine. */
const awkwardKey = fc.oneof(
  fc.constantFrom('10', '9', '0', '', ' ', '-1', '$', '__proto__', 'constructor', 'toString'),
  fc.string({ maxLength: 4 }),
  fc.nat({ max: 20 }).map(String),
);

/** Objects whose keys were inserted in any order, nested, with the values JSON leaves out. */
const awkwardValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 1 }),
    fc.constantFrom(undefined, () => 1, Number.NaN, -0, Infinity),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(awkwardKey, tie('value')), { maxLength: 6 }).map((entries) => {
      const object: Record<string, unknown> = {};
      // defineProperty: `__proto__` becomes an own key, as JSON.parse makes it.
      for (const [key, value] of entries) {
        Object.defineProperty(object, key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }),
  ),
})).value;

describe('canonicalJson', () => {
  it('gives exactly the text the checksum was first defined on, for any value', () => {
    fc.assert(
      fc.property(awkwardValue, (value) => {
        expect(canonicalJson(value)).toBe(referenceCanonicalJson(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps code-unit order where engines list integer keys first', () => {
    expect(canonicalJson({ b: 1, 10: 'x', 9: 'y', a: { z: 1, ' ': 2 } })).toBe(
      '{"10":"x","9":"y","a":{" ":2,"z":1},"b":1}',
    );
    expect(canonicalJson(JSON.parse('{"x":1,"__proto__":{"polluted":true}}'))).toBe(
      '{"__proto__":{"polluted":true},"x":1}',
    );
  });

  it('gives every row of a backup the same text as the first definition', () => {
    fc.assert(
      fc.property(backupDataArb, (data) => {
        expect(canonicalJson(data)).toBe(referenceCanonicalJson(data));
      }),
      { numRuns: 100 },
    );
  });
});

describe('sameCanonicalJson', () => {
  it('says two values are the same exactly when their canonical JSON is', () => {
    fc.assert(
      fc.property(awkwardValue, awkwardValue, (a, b) => {
        expect(sameCanonicalJson(a, b)).toBe(
          referenceCanonicalJson(a) === referenceCanonicalJson(b),
        );
        expect(sameCanonicalJson(a, a)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds rows equal whatever their key order, and a change anywhere inside', () => {
    const row = { id: 'a', tags: ['x', undefined], nested: { b: 1, a: Number.NaN } };
    const reordered = { nested: { a: null, b: 1 }, tags: ['x', null], id: 'a', gone: undefined };
    expect(sameCanonicalJson(row, reordered)).toBe(true);
    expect(sameCanonicalJson(row, { ...reordered, nested: { a: null, b: 2 } })).toBe(false);
    expect(sameCanonicalJson(row, { ...reordered, extra: 0 })).toBe(false);
    expect(sameCanonicalJson([], {})).toBe(false);
    expect(sameCanonicalJson(-0, 0)).toBe(true);
  });
});

describe('writeBackup', () => {
  it('takes the checksum while writing, equal to the checksum as defined, and writes the same file', async () => {
    await fc.assert(
      fc.asyncProperty(backupDataArb, async (data) => {
        const written = await writeBackup(data, '0.1.0', NOW);
        expect(written.header.checksum).toBe(await checksumOf(data));
        expect(written.header.checksum).toBe(await sha256Hex(referenceCanonicalJson(data)));
        expect(written.text).toBe(serializeBackup(await createBackup(data, '0.1.0', NOW)));
        const bytes = backupFileBytes(written);
        expect(bytes.length).toBe(written.byteLength);
        expect(new TextDecoder().decode(bytes)).toBe(written.text);
      }),
      { numRuns: 60 },
    );
  });

  it('counts the bytes of a version and data beyond ASCII', async () => {
    const data = await sampleData();
    const withAccents = { ...data, teams: data.teams.map((t) => ({ ...t, name: 'Équipe 🚀' })) };
    const written = await writeBackup(withAccents, '1.0.0-β', NOW);
    expect(written.byteLength).toBe(new TextEncoder().encode(written.text).length);
  });
});

describe('reading what writeBackup wrote', () => {
  it('finds data in the file text, and nowhere in a pretty-printed file', async () => {
    const written = await writeBackup(await sampleData(), '0.1.0', NOW);
    const section = dataSectionOf(written.text, written.header);
    expect(section && written.text.slice(section.start, section.end)).toBe(
      canonicalJson(JSON.parse(written.text).data),
    );
    const pretty = await readFile(`${FIXTURES}v1-realistic.json`, 'utf8');
    const header = JSON.parse(pretty) as Parameters<typeof dataSectionOf>[1];
    expect(dataSectionOf(pretty, header)).toBeNull();
  });

  it('reads it back from the text or from its bytes, and refuses it once a byte changed', async () => {
    const data = await sampleData();
    const written = await writeBackup(data, '0.1.0', NOW);
    const bytes = backupFileBytes(written);
    for (const read of [
      await readBackup(written.text),
      await readBackup(written.text, { sourceBytes: bytes }),
      // The command line's way: the bytes hashed by Node in place.
      await readBackup(written.text, { sourceBytes: bytes, sha256Hex: sha256HexNode }),
    ]) {
      if (!read.ok) throw new Error(read.problem);
      expect(read.file.data).toEqual(data);
      expect(read.file.checksum).toBe(written.header.checksum);
    }
    // One letter changed inside a name: the same length, valid JSON, a different checksum.
    const name = data.teams[0]?.name ?? '';
    const at = written.text.indexOf(JSON.stringify(name));
    const changed = `${written.text.slice(0, at + 1)}${name[0] === 'X' ? 'Y' : 'X'}${written.text.slice(at + 2)}`;
    expect(await readBackup(changed)).toEqual({ ok: false, problem: PROBLEMS.checksum });
    const changedBytes = new TextEncoder().encode(changed);
    expect(await readBackup(changed, { sourceBytes: changedBytes })).toEqual({
      ok: false,
      problem: PROBLEMS.checksum,
    });
    expect(
      await readBackup(changed, { sourceBytes: changedBytes, sha256Hex: sha256HexNode }),
    ).toEqual({ ok: false, problem: PROBLEMS.checksum });
  });

  it("hashes bytes with Node's hash exactly as with WebCrypto", async () => {
    for (const text of ['', 'abc', '{"teams":[{"name":"Équipe 🚀"}]}', 'x'.repeat(100_000)]) {
      const bytes = new TextEncoder().encode(text);
      expect(sha256HexNode(bytes)).toBe(await sha256HexOfBytes(bytes));
    }
  });

  it('still reads a file whose data was re-ordered by hand, by the checksum as defined', async () => {
    const data = await sampleData();
    const written = await writeBackup(data, '0.1.0', NOW);
    const parsed = JSON.parse(written.text) as { data: Record<string, unknown> };
    const reordered = Object.fromEntries(Object.entries(parsed.data).reverse());
    const text = JSON.stringify({ ...parsed, data: reordered });
    const read = await readBackup(text);
    if (!read.ok) throw new Error(read.problem);
    expect(read.file.data).toEqual(data);
  });
});

async function sampleData(): Promise<BackupData> {
  const [data] = fc.sample(
    backupDataArb.filter((d) => d.teams.length > 0),
    { numRuns: 1, seed: 11 },
  );
  if (!data) throw new Error('no sample');
  return data;
}
