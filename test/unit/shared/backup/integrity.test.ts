import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { BackupData } from '../../../../shared/backup/fileFormat';
import { findIntegrityProblem } from '../../../../shared/backup/integrity';
import { readBackup } from '../../../../shared/backup/read';

const REALISTIC = new URL('../../../fixtures/backups/v1-realistic.json', import.meta.url);
const id = (kind: number, n: number) => `0b8f3c1e-5a4d-4c1e-9f0a-${kind}0000000000${n}`;

/** The realistic fixture's data (upgraded to today's format), to change one link of. */
async function realistic(): Promise<BackupData> {
  const read = await readBackup(await readFile(REALISTIC, 'utf8'));
  if (!read.ok) throw new Error(read.problem);
  return structuredClone(read.file.data);
}

describe('findIntegrityProblem: rows that must belong together', () => {
  it('finds nothing wrong with a sound backup', async () => {
    expect(findIntegrityProblem(await realistic())).toBeNull();
  });

  it.each<[string, (d: BackupData) => void, string]>([
    [
      'a dependency on an objective of another quarter',
      (d) => {
        d.dependencies[0]!.objectiveId = id(3, 3);
        d.dependencies[0]!.keyResultId = null;
      },
      `Dependency 1 (data.dependencies[0].cycleId): objective '${id(3, 3)}' is in quarter '${id(2, 3)}', not in quarter '${id(2, 1)}'.`,
    ],
    [
      'a dependency on a key result of another quarter',
      (d) => {
        d.dependencies[0]!.keyResultId = id(4, 4);
      },
      `Dependency 1 (data.dependencies[0].cycleId): key result '${id(4, 4)}' is in quarter '${id(2, 3)}', not in quarter '${id(2, 1)}'.`,
    ],
    [
      'a retro on a key result of another quarter',
      (d) => {
        d.keyResultRetros[0]!.cycleId = id(2, 2);
      },
      `Key result retro 1 (data.keyResultRetros[0].cycleId): key result '${id(4, 1)}' is in quarter '${id(2, 1)}', not in quarter '${id(2, 2)}'.`,
    ],
    [
      'a calibration of a key result of another quarter',
      (d) => {
        d.cycleRetros[0]!.calibration[0]!.keyResultId = id(4, 4);
      },
      `Quarter retro 1 (data.cycleRetros[0].calibration[0].keyResultId): key result '${id(4, 4)}' is in quarter '${id(2, 3)}', not in quarter '${id(2, 1)}'.`,
    ],
    [
      'an objective of another quarter that mattered less',
      (d) => {
        d.cycleRetros[0]!.objectivesMatteredLess = [id(3, 3)];
      },
      `Quarter retro 1 (data.cycleRetros[0].objectivesMatteredLess[0]): objective '${id(3, 3)}' is in quarter '${id(2, 3)}', not in quarter '${id(2, 1)}'.`,
    ],
    [
      'a correction of another key result’s check-in',
      (d) => {
        d.checkIns[2]!.supersedesId = id(5, 1);
      },
      `Check-in 3 (data.checkIns[2].keyResultId): check-in '${id(5, 1)}' is in key result '${id(4, 1)}', not in key result '${id(4, 4)}'.`,
    ],
    [
      'a quarter carried on from another team’s quarter',
      (d) => {
        d.cycles[1]!.previousCycleId = id(2, 3);
      },
      `Quarter 2 (data.cycles[1].teamId): quarter '${id(2, 3)}' is in team '${id(1, 2)}', not in team '${id(1, 1)}'.`,
    ],
  ])('reports %s', async (_, change, problem) => {
    const data = await realistic();
    change(data);
    expect(findIntegrityProblem(data)).toBe(problem);
  });

  it.each<[string, (d: BackupData) => void]>([
    [
      'a calibration of a key result deleted since',
      (d) => {
        d.cycleRetros[0]!.calibration[0]!.keyResultId = 'deleted-long-ago';
      },
    ],
    [
      'a correction of a check-in deleted since',
      (d) => {
        d.checkIns[2]!.supersedesId = 'deleted-long-ago';
      },
    ],
    [
      'a quarter carried on from one deleted since',
      (d) => {
        d.cycles[1]!.previousCycleId = 'deleted-long-ago';
      },
    ],
  ])('accepts %s (a soft link)', async (_, change) => {
    const data = await realistic();
    change(data);
    expect(findIntegrityProblem(data)).toBeNull();
  });
});
