import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/backup/checksum';
import { getDb } from '../../../../renderer/src/db/database';
import { withSortedKeys } from '../../../../renderer/src/db/sortedKeys';
import { createTeam, updateTeam } from '../../../../renderer/src/db/repositories/teams';
import { openFreshDb, teamInput } from './builders';

beforeEach(() => {
  openFreshDb();
});

/** Every plain object's keys, depth first, in the order the engine lists them. */
function keyOrders(value: unknown, out: string[][] = []): string[][] {
  if (value !== null && typeof value === 'object') {
    if (!Array.isArray(value)) out.push(Object.keys(value));
    for (const child of Object.values(value)) keyOrders(child, out);
  }
  return out;
}

const isSorted = (keys: string[]) => keys.every((k, i) => i === 0 || keys[i - 1]! <= k);

describe('rows stored with their keys in order', () => {
  it('reads back a row written with its keys in any order with them sorted, values unchanged', async () => {
    const row = {
      zeta: 1,
      id: 'row-1',
      nested: { y: [{ b: 2, a: 1 }], x: null },
      alpha: 'a',
    };
    const table = getDb().table('teams');
    await table.put(row);
    const read: unknown = await table.get('row-1');
    expect(read).toEqual(row);
    expect(keyOrders(read)).toEqual([
      ['alpha', 'id', 'nested', 'zeta'],
      ['x', 'y'],
      ['a', 'b'],
    ]);
    expect(canonicalJson(read)).toBe(canonicalJson(row));
  });

  it('keeps them sorted through the repositories’ creates and updates', async () => {
    const team = await createTeam(teamInput('Payments'));
    await updateTeam(team.id, teamInput('Payments platform'));
    for (const keys of keyOrders(await getDb().teams.toArray())) expect(isSorted(keys)).toBe(true);
  });
});

describe('withSortedKeys', () => {
  it('changes no value and only the order of keys, and leaves sorted values as they are', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const sorted = withSortedKeys(value);
        expect(sorted).toEqual(value);
        expect(canonicalJson(sorted)).toBe(canonicalJson(value));
      }),
    );
  });

  it('returns a value whose keys are in order as it is, without a copy', () => {
    const row = { a: 1, b: { c: [{ d: 1, e: 2 }] } };
    expect(withSortedKeys(row)).toBe(row);
    const unsorted = { b: { c: [{ e: 2, d: 1 }] }, a: 1 };
    const sorted = withSortedKeys(unsorted);
    expect(sorted).not.toBe(unsorted);
    expect(withSortedKeys(sorted)).toBe(sorted);
  });
});
