import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changedFields,
  type Fields,
  isSameValue,
  mergeFields,
  resolveFields,
} from '../../../../shared/sync/merge';

/* Records over a small set of field names, so the three versions often share and clash. */

const FIELDS = ['title', 'owner', 'unit', 'target', 'tags', 'note'] as const;

const value = fc.oneof(
  fc.constantFrom('', 'a', 'b', 'Ana', 'Ben'),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(null, true, false),
  fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }),
  fc.record({ keyResultId: fc.constantFrom('k1', 'k2'), verdict: fc.constantFrom('too-easy') }),
);
const record: fc.Arbitrary<Fields> = fc.dictionary(fc.constantFrom(...FIELDS), value);

/**
 * Three versions that started from one base: each side keeps some fields of base and changes
 * (or drops) others, as edits do. Fully random sides would rarely leave a field alone.
 */
const versions = record.chain((base) =>
  fc.tuple(edited(base), edited(base)).map(([mine, theirs]) => ({ base, mine, theirs })),
);

function edited(base: Fields): fc.Arbitrary<Fields> {
  return fc
    .tuple(record, fc.subarray([...FIELDS]), fc.subarray([...FIELDS]))
    .map(([changes, changed, dropped]) => {
      const next: Record<string, unknown> = { ...base };
      for (const field of changed) if (field in changes) next[field] = changes[field];
      for (const field of dropped) if (!changed.includes(field)) delete next[field];
      return next;
    });
}

const fieldsOf = (...records: Fields[]) => [...new Set(records.flatMap((r) => Object.keys(r)))];

describe('mergeFields', () => {
  it('merges a side with itself to that side, with nothing to resolve', () => {
    fc.assert(
      fc.property(versions, ({ base, mine }) => {
        const merge = mergeFields(base, mine, mine);
        expect(isSameValue(merge.merged, mine)).toBe(true);
        expect(merge.conflicts).toEqual([]);
      }),
    );
  });

  it('is a no-op when one side is unchanged: the other side is the result', () => {
    fc.assert(
      fc.property(versions, ({ base, mine, theirs }) => {
        const theirsOnly = mergeFields(base, base, theirs);
        expect(isSameValue(theirsOnly.merged, theirs)).toBe(true);
        expect(theirsOnly.conflicts).toEqual([]);
        expect(theirsOnly.changedInMine).toEqual([]);

        const mineOnly = mergeFields(base, mine, base);
        expect(isSameValue(mineOnly.merged, mine)).toBe(true);
        expect(mineOnly.conflicts).toEqual([]);
        expect(mineOnly.changedInTheirs).toEqual([]);
      }),
    );
  });

  it('is idempotent: merging the result with the same other side again changes nothing', () => {
    fc.assert(
      fc.property(versions, ({ base, mine, theirs }) => {
        const once = mergeFields(base, mine, theirs);
        const twice = mergeFields(base, once.merged, theirs);
        expect(isSameValue(twice.merged, once.merged)).toBe(true);
        expect(twice.conflicts).toEqual(once.conflicts);
        // A settled merge, merged again, has nothing left to ask.
        const settled = resolveFields(once, {});
        expect(mergeFields(base, settled, settled).conflicts).toEqual([]);
      }),
    );
  });

  it('reports a conflict exactly where both sides changed a field to different values', () => {
    fc.assert(
      fc.property(versions, ({ base, mine, theirs }) => {
        const expected = fieldsOf(base, mine, theirs).filter(
          (f) =>
            !isSameValue(mine[f], base[f]) &&
            !isSameValue(theirs[f], base[f]) &&
            !isSameValue(mine[f], theirs[f]),
        );
        const merge = mergeFields(base, mine, theirs);
        expect(merge.conflicts.map((c) => c.field).sort()).toEqual(expected.sort());
        for (const c of merge.conflicts) {
          expect(c).toEqual({
            field: c.field,
            base: base[c.field],
            mine: mine[c.field],
            theirs: theirs[c.field],
          });
        }
      }),
    );
  });

  it('takes each field from the side that changed it, and keeps the rest of base', () => {
    fc.assert(
      fc.property(versions, ({ base, mine, theirs }) => {
        const { merged, changedInMine, changedInTheirs } = mergeFields(base, mine, theirs);
        expect([...changedInMine].sort()).toEqual(changedFields(base, mine).sort());
        expect([...changedInTheirs].sort()).toEqual(changedFields(base, theirs).sort());
        for (const field of fieldsOf(base, mine, theirs)) {
          const isMine = !isSameValue(mine[field], base[field]);
          const isTheirs = !isSameValue(theirs[field], base[field]);
          expect(changedInMine.includes(field)).toBe(isMine);
          expect(changedInTheirs.includes(field)).toBe(isTheirs);
          const want = isMine ? mine[field] : isTheirs ? theirs[field] : base[field];
          expect(isSameValue(merged[field], want)).toBe(true);
        }
      }),
    );
  });

  it('is symmetric: swapping the sides finds the same conflicts, and theirs-for-all matches', () => {
    fc.assert(
      fc.property(versions, ({ base, mine, theirs }) => {
        const forward = mergeFields(base, mine, theirs);
        const backward = mergeFields(base, theirs, mine);
        expect(backward.conflicts.map((c) => c.field)).toEqual(
          forward.conflicts.map((c) => c.field),
        );
        const allTheirs = Object.fromEntries(
          forward.conflicts.map((c) => [c.field, 'theirs' as const]),
        );
        expect(isSameValue(resolveFields(forward, allTheirs), backward.merged)).toBe(true);
      }),
    );
  });

  it('loses no change: every field either side changed ends up with a value one side gave it', () => {
    fc.assert(
      fc.property(versions, fc.boolean(), ({ base, mine, theirs }, pickTheirs) => {
        const merge = mergeFields(base, mine, theirs);
        const choices = Object.fromEntries(
          merge.conflicts.map((c) => [
            c.field,
            pickTheirs ? ('theirs' as const) : ('mine' as const),
          ]),
        );
        const resolved = resolveFields(merge, choices);
        for (const field of fieldsOf(base, mine, theirs)) {
          const fromMine = isSameValue(resolved[field], mine[field]);
          const fromTheirs = isSameValue(resolved[field], theirs[field]);
          expect(fromMine || fromTheirs).toBe(true);
        }
      }),
    );
  });
});

describe('a concurrent edit of one key result', () => {
  const base = { title: 'Cut LCP', owner: 'Ana', unit: 's' };

  it('keeps both people’s changes when they edited different fields', () => {
    const merge = mergeFields(base, { ...base, owner: 'Ben' }, { ...base, title: 'Cut p75 LCP' });
    expect(merge.merged).toEqual({ title: 'Cut p75 LCP', owner: 'Ben', unit: 's' });
    expect(merge.conflicts).toEqual([]);
    expect(merge.changedInMine).toEqual(['owner']);
    expect(merge.changedInTheirs).toEqual(['title']);
  });

  it('asks about the one field both changed, and settles it as chosen', () => {
    const merge = mergeFields(
      base,
      { ...base, title: 'Mine', owner: 'Ben' },
      { ...base, title: 'Theirs', unit: 'ms' },
    );
    expect(merge.conflicts).toEqual([
      { field: 'title', base: 'Cut LCP', mine: 'Mine', theirs: 'Theirs' },
    ]);
    expect(merge.merged).toEqual({ title: 'Mine', owner: 'Ben', unit: 'ms' });
    expect(resolveFields(merge, { title: 'theirs' })).toEqual({
      title: 'Theirs',
      owner: 'Ben',
      unit: 'ms',
    });
  });

  it('compares lists and objects by what they hold', () => {
    const calibration = [{ keyResultId: 'k1', verdict: 'too-easy' }];
    const merge = mergeFields(
      { calibration: [], notes: '' },
      { calibration: [{ keyResultId: 'k1', verdict: 'too-easy' }], notes: '' },
      { calibration, notes: 'Calm' },
    );
    expect(merge.conflicts).toEqual([]);
    expect(merge.merged).toEqual({ calibration, notes: 'Calm' });
  });
});

describe('isSameValue', () => {
  it('is reflexive and symmetric, and matches JSON text equality for key-sorted JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(isSameValue(a, structuredClone(a))).toBe(true);
        expect(isSameValue(a, b)).toBe(isSameValue(b, a));
        expect(isSameValue(a, b)).toBe(sortedJson(a) === sortedJson(b));
      }),
    );
    expect(isSameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(isSameValue([1, 2], [2, 1])).toBe(false);
    expect(isSameValue('1', 1)).toBe(false);
  });
});

/** JSON text with every object's keys sorted (-0 is 0 in JSON, and in Object.is it is not). */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
