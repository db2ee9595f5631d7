import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyBackupData,
  type BackupData,
  type BackupTable,
} from '../../../../shared/backup/fileFormat';
import { FOLDER_TABLES } from '../../../../shared/folder/teamQuarterFile';
import {
  baseAfterResolving,
  baseAfterSync,
  isSameContent,
  mergeWorkspace,
  type Row,
  type WorkspaceMerge,
} from '../../../../shared/sync/workspaceMerge';
import { fullBackupDataArb } from '../backup/arbitraries';

type Tables = Record<BackupTable, Row[]>;
const tablesOf = (data: BackupData) => data as unknown as Tables;
const ALLOW = { allowDeletions: true };

function workspace(rows: Partial<Record<BackupTable, Row[]>>): BackupData {
  return { ...emptyBackupData(), ...rows } as unknown as BackupData;
}

const row = (id: string, fields: Record<string, unknown> = {}): Row => ({
  id,
  revision: 0,
  updatedAt: '2027-01-01T00:00:00.000Z',
  ...fields,
});

/** The data once a merge is applied (what the repository writes). */
function apply(mine: BackupData, merge: WorkspaceMerge): BackupData {
  const out = emptyBackupData() as unknown as Tables;
  for (const table of Object.keys(out) as BackupTable[]) {
    const rows = new Map(tablesOf(mine)[table].map((r) => [r.id, r]));
    for (const d of merge.deletes) if (d.table === table) rows.delete(d.row.id);
    for (const p of merge.puts) if (p.table === table) rows.set(p.row.id, p.row);
    out[table] = [...rows.values()];
  }
  return out as unknown as BackupData;
}

/** Content of every folder table, by id, without bookkeeping: what a person would see. */
function seen(data: BackupData): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const table of FOLDER_TABLES) {
    for (const r of tablesOf(data)[table]) {
      const { revision: _r, updatedAt: _u, ...content } = r;
      out[`${table}/${r.id}`] = content;
    }
  }
  return out;
}

/** A changed copy: a field of every `step`-th row of the tables given gets a new value. */
function edit(data: BackupData, step: number, mark: string, tables = FOLDER_TABLES): BackupData {
  const out = { ...data } as unknown as Tables;
  for (const table of tables) {
    out[table] = tablesOf(data)[table].map((r, i) =>
      i % step === 0 ? { ...r, [`note_${mark}`]: `${mark} ${i}`, revision: 99 } : r,
    );
  }
  return out as unknown as BackupData;
}

describe('merging a replica into the database, row by row', () => {
  const objective = row('o1', { title: 'Make checkout fast', cycleId: 'c1' });

  it('adds rows added there, keeps rows added here, and takes a change made on one side', () => {
    const base = workspace({ objectives: [objective] });
    const mine = workspace({ objectives: [objective, row('o2', { title: 'Mine' })] });
    const theirs = workspace({
      objectives: [{ ...objective, title: 'Make checkout faster', revision: 3 }, row('o3')],
    });
    const merge = mergeWorkspace(base, mine, theirs, ALLOW);
    expect(merge.conflicts).toEqual([]);
    const after = tablesOf(apply(mine, merge)).objectives;
    expect(after.map((o) => o.id).sort()).toEqual(['o1', 'o2', 'o3']);
    const changed = after.find((o) => o.id === 'o1');
    expect(changed?.title).toBe('Make checkout faster');
    // A new revision, so an open form notices the change.
    expect(changed?.revision).toBe(4);
  });

  it('merges different fields changed on each side without asking', () => {
    const base = workspace({ objectives: [objective] });
    const mine = workspace({ objectives: [{ ...objective, title: 'Mine', revision: 1 }] });
    const theirs = workspace({ objectives: [{ ...objective, cycleId: 'c2', revision: 1 }] });
    const merge = mergeWorkspace(base, mine, theirs, ALLOW);
    expect(merge.conflicts).toEqual([]);
    expect(merge.puts[0]?.row).toMatchObject({ id: 'o1', title: 'Mine', cycleId: 'c2' });
  });

  it('reports a field both sides changed differently, and changes nothing of that row', () => {
    const base = workspace({ objectives: [objective] });
    const mine = workspace({ objectives: [{ ...objective, title: 'Mine', revision: 1 }] });
    const theirs = workspace({ objectives: [{ ...objective, title: 'Theirs', revision: 1 }] });
    const merge = mergeWorkspace(base, mine, theirs, ALLOW);
    expect(merge.puts).toEqual([]);
    expect(merge.conflicts).toHaveLength(1);
    expect(merge.conflicts[0]?.fields.map((f) => f.field)).toEqual(['title']);
    expect(merge.conflicts[0]?.theirs.title).toBe('Theirs');
  });

  it('never counts bookkeeping (revision, time of writing) as a change or a conflict', () => {
    const base = workspace({ objectives: [objective] });
    const mine = workspace({
      objectives: [{ ...objective, revision: 7, updatedAt: '2027-02-01T00:00:00.000Z' }],
    });
    const theirs = workspace({
      objectives: [{ ...objective, revision: 2, updatedAt: '2027-03-01T00:00:00.000Z' }],
    });
    expect(mergeWorkspace(base, mine, theirs, ALLOW)).toMatchObject({ puts: [], conflicts: [] });
  });

  it('deletes a row deleted there and unchanged here; keeps one changed here', () => {
    const other = row('o2', { title: 'Other' });
    const base = workspace({ objectives: [objective, other] });
    const mine = workspace({
      objectives: [objective, { ...other, title: 'Edited here', revision: 1 }],
    });
    const merge = mergeWorkspace(base, mine, workspace({}), ALLOW);
    expect(merge.deletes.map((d) => d.row.id)).toEqual(['o1']);
    expect(merge.keptHere.map((d) => d.row.id)).toEqual(['o2']);
  });

  it('deletes nothing while part of the replica could not be read', () => {
    const base = workspace({ objectives: [objective] });
    const merge = mergeWorkspace(base, base, workspace({}), { allowDeletions: false });
    expect(merge.deletes).toEqual([]);
  });

  it('brings back a row deleted here that was changed there since, with the parent it needs', () => {
    const kr = row('k1', { title: 'p95 under 300 ms', objectiveId: 'o1', cycleId: 'c1' });
    const base = workspace({ objectives: [objective], keyResults: [kr] });
    const mine = workspace({}); // the objective and its key result deleted here
    const theirs = workspace({
      objectives: [objective],
      keyResults: [{ ...kr, title: 'p95 under 250 ms', revision: 1 }],
    });
    const merge = mergeWorkspace(base, mine, theirs, ALLOW);
    const after = apply(mine, merge);
    expect(tablesOf(after).keyResults.map((k) => k.title)).toEqual(['p95 under 250 ms']);
    expect(tablesOf(after).objectives.map((o) => o.id)).toEqual(['o1']);
    expect(merge.restored.map((r) => r.row.id).sort()).toEqual(['k1', 'o1']);
  });

  it('keeps a parent deleted there when a child was added to it here', () => {
    const base = workspace({ objectives: [objective] });
    const mine = workspace({
      objectives: [objective],
      keyResults: [row('k9', { objectiveId: 'o1', cycleId: 'c1' })],
    });
    const merge = mergeWorkspace(base, mine, workspace({}), ALLOW);
    expect(merge.deletes).toEqual([]);
    expect(tablesOf(apply(mine, merge)).objectives.map((o) => o.id)).toEqual(['o1']);
  });

  it('with no common base, adds what is new and asks about every row that differs', () => {
    const mine = workspace({ objectives: [{ ...objective, title: 'Mine' }] });
    const theirs = workspace({ objectives: [{ ...objective, title: 'Theirs' }, row('o2')] });
    const merge = mergeWorkspace(emptyBackupData(), mine, theirs, { allowDeletions: false });
    expect(merge.puts.map((p) => p.row.id)).toEqual(['o2']);
    expect(merge.conflicts.map((c) => c.mine.id)).toEqual(['o1']);
  });

  it('reconnecting after a pause, takes one-sided changes without asking and deletes nothing on either side', () => {
    const other = row('o2', { title: 'Deleted here while apart' });
    const gone = row('o3', { title: 'Deleted there while apart' });
    const base = workspace({ objectives: [objective, other, gone] });
    const mine = workspace({
      objectives: [{ ...objective, title: 'Edited here', revision: 1 }, gone],
    });
    const theirs = workspace({ objectives: [objective, other] });
    const merge = mergeWorkspace(base, mine, theirs, {
      allowDeletions: false,
      restoreDeletedHere: true,
    });
    expect(merge.conflicts).toEqual([]);
    expect(merge.deletes).toEqual([]);
    const after = apply(mine, merge);
    expect(
      tablesOf(after)
        .objectives.map((o) => o.title)
        .sort(),
    ).toEqual(['Deleted here while apart', 'Deleted there while apart', 'Edited here']);
    // The same row deleted here while connected is deleted in the folder as usual.
    expect(mergeWorkspace(base, mine, theirs, ALLOW).puts.map((p) => p.row.id)).toEqual([]);
  });

  it('asks when both sides answered what may exist once (a key result’s retro) under different ids', () => {
    const retro = (id: string, answer: string) =>
      row(id, { keyResultId: 'k1', cycleId: 'c1', answer });
    const mine = workspace({ keyResultRetros: [retro('r-mine', 'We shipped late')] });
    const theirs = workspace({ keyResultRetros: [retro('r-theirs', 'Scope grew')] });
    const merge = mergeWorkspace(emptyBackupData(), mine, theirs, ALLOW);
    expect(merge.puts).toEqual([]);
    expect(merge.conflicts[0]).toMatchObject({
      mine: { id: 'r-mine' },
      theirs: { id: 'r-theirs' },
    });
  });

  it('keeps asking about a conflict until it is resolved, then writes the resolved row out', () => {
    const base = workspace({ objectives: [objective] });
    const mine = workspace({ objectives: [{ ...objective, title: 'Mine', revision: 1 }] });
    const theirs = workspace({ objectives: [{ ...objective, title: 'Theirs', revision: 1 }] });
    const first = mergeWorkspace(base, mine, theirs, ALLOW);
    const kept = baseAfterSync(theirs, base, first.conflicts);
    expect(mergeWorkspace(kept, mine, theirs, ALLOW).conflicts).toHaveLength(1);
    const [conflict] = first.conflicts;
    if (!conflict) throw new Error('expected a conflict');
    const resolved = workspace({ objectives: [{ ...objective, title: 'Merged', revision: 2 }] });
    const after = mergeWorkspace(baseAfterResolving(kept, conflict), resolved, theirs, ALLOW);
    expect(after).toMatchObject({ puts: [], deletes: [], conflicts: [] });
  });
});

describe('merge properties, for any workspace', () => {
  const runs = { numRuns: 40 };

  it('an unchanged replica changes nothing', () => {
    fc.assert(
      fc.property(fullBackupDataArb, fc.integer({ min: 1, max: 4 }), (base, step) => {
        const mine = edit(base, step, 'mine');
        const merge = mergeWorkspace(base, mine, base, ALLOW);
        expect(merge).toMatchObject({ puts: [], deletes: [], conflicts: [] });
      }),
      runs,
    );
  });

  it('with nothing changed here, the database becomes what the replica holds', () => {
    fc.assert(
      fc.property(fullBackupDataArb, fc.integer({ min: 1, max: 4 }), (base, step) => {
        const theirs = edit(base, step, 'theirs');
        const merge = mergeWorkspace(base, base, theirs, ALLOW);
        expect(merge.conflicts).toEqual([]);
        expect(seen(apply(base, merge))).toEqual(seen(theirs));
      }),
      runs,
    );
  });

  it('loses no row and no change, merges what does not clash, and is idempotent', () => {
    fc.assert(
      fc.property(
        fullBackupDataArb,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        (base, a, b, sameField) => {
          const mine = edit(base, a, 'x');
          const theirs = edit(base, b, sameField ? 'x' : 'y');
          const merge = mergeWorkspace(base, mine, theirs, ALLOW);
          const after = apply(mine, merge);
          for (const table of FOLDER_TABLES) {
            const rows = tablesOf(after)[table];
            // No row is lost: there were no deletions on either side.
            expect(rows.length).toBe(tablesOf(base)[table].length);
            for (const [i, r] of rows.entries()) {
              const isMine = i % a === 0;
              const isTheirs = i % b === 0;
              const isConflict = merge.conflicts.some(
                (c) => c.table === table && c.mine.id === r.id,
              );
              // Different fields, or the same field to the same value: never a conflict.
              expect(isConflict).toBe(false);
              if (!sameField && isMine) expect(r['note_x']).toBe(`x ${i}`);
              if (!sameField && isTheirs) expect(r['note_y']).toBe(`y ${i}`);
            }
          }
          // Merging again with the same replica changes nothing more.
          const again = mergeWorkspace(base, after, theirs, ALLOW);
          expect(again.puts).toEqual([]);
          expect(again.deletes).toEqual([]);
        },
      ),
      runs,
    );
  });

  it('reports a conflict exactly for the rows both sides changed to different values', () => {
    fc.assert(
      fc.property(fullBackupDataArb, fc.integer({ min: 1, max: 3 }), (base, step) => {
        const mine = edit(base, step, 'z');
        // Theirs writes the same field with other values on every other row.
        const theirs = edit(base, 2, 'z');
        const tweaked = tablesOf(theirs);
        for (const table of FOLDER_TABLES) {
          tweaked[table] = tweaked[table].map((r) =>
            typeof r['note_z'] === 'string' ? { ...r, note_z: `${String(r['note_z'])} there` } : r,
          );
        }
        const merge = mergeWorkspace(base, mine, theirs, ALLOW);
        for (const table of FOLDER_TABLES) {
          tablesOf(base)[table].forEach((r, i) => {
            const expected = i % step === 0 && i % 2 === 0;
            const reported = merge.conflicts.some((c) => c.table === table && c.mine.id === r.id);
            expect(reported).toBe(expected);
          });
        }
        for (const conflict of merge.conflicts)
          expect(isSameContent(conflict.mine, conflict.theirs)).toBe(false);
      }),
      runs,
    );
  });
});
