import { beforeEach, describe, expect, it } from 'vitest';
import type { Cycle } from '@shared/domain';
import { MAX_FILE_BYTES, MAX_PLAN_FILE_BYTES, TEXT_PROBLEMS } from '@shared/files/textFile';
import { exportAllData, restoreBackup } from '../../../renderer/src/db/repositories/backup';
import { createCycle, listParentCandidates } from '../../../renderer/src/db/repositories/cycles';
import { importPlan } from '../../../renderer/src/db/repositories/importPlan';
import { createKeyResult } from '../../../renderer/src/db/repositories/keyResults';
import { createObjective, listObjectives } from '../../../renderer/src/db/repositories/objectives';
import { createTeam } from '../../../renderer/src/db/repositories/teams';
import { readPickedFile } from '../../../renderer/src/lib/browserHost';
import { runOffThread } from '../../../renderer/src/lib/offThread/runOffThread';
import { gives, HOSTILE, hostileBytes, type Answer } from '../../support/hostileCorpus';
import {
  dumpDb,
  keyResultInput,
  objectiveInput,
  openFreshDb,
  quarterInput,
  teamInput,
} from './db/builders';

/*
 * The web app's doors for the hostile-file corpus, through the functions its screens call: the
 * browser host reads the picked file, the worker's task reads the backup or previews the plan,
 * and the repositories restore or import. A refused file leaves the data exactly as it was.
 */

type DoorResult = { accepted: true } | { accepted: false; message: string };

let cycle: Cycle;

beforeEach(async () => {
  openFreshDb();
  const team = await createTeam(teamInput('Payments'));
  cycle = await createCycle(team.id, quarterInput());
  const objective = await createObjective(cycle.id, objectiveInput('Already here'));
  await createKeyResult(objective.id, keyResultInput('Checkout is fast'));
});

const picked = (name: string, bytes: Uint8Array) => new File([new Uint8Array(bytes)], name);

/** The backup dialog's path: pick, read off the thread, then restore. */
async function webRestore(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<DoorResult> {
  const opened = await readPickedFile(file, MAX_FILE_BYTES);
  if (!opened.ok) return { accepted: false, message: opened.error };
  const read = await runOffThread({ kind: 'read-backup', text: opened.data.content });
  if (!read.ok) return { accepted: false, message: read.problem };
  await restoreBackup(read.file, 'replace');
  expect(await exportAllData()).toEqual(read.file.data);
  return { accepted: true };
}

/** The import dialog's path: pick, preview off the thread, then import. */
async function webImport(file: Pick<File, 'name' | 'size' | 'arrayBuffer'>): Promise<DoorResult> {
  const opened = await readPickedFile(file, MAX_PLAN_FILE_BYTES);
  if (!opened.ok) return { accepted: false, message: opened.error };
  const target = {
    quarterLabel: cycle.label,
    teamName: 'Payments',
    parents: (await listParentCandidates(cycle)).map((p) => ({ id: p.id, title: p.title })),
    existingTitles: (await listObjectives(cycle.id)).map((o) => o.title),
  };
  const preview = await runOffThread({
    kind: 'preview-plan',
    content: opened.data.content,
    target,
  });
  if (!preview.ok) return { accepted: false, message: preview.message };
  const [first] = preview.errors;
  if (first) return { accepted: false, message: `Row ${first.row}: ${first.message}` };
  const before = (await listObjectives(cycle.id)).length;
  await importPlan(cycle.id, preview.plan);
  expect((await listObjectives(cycle.id)).length).toBe(before + preview.prepared.items.length);
  return { accepted: true };
}

/** Checks a door's answer; a refusal is one line with the reason and leaves the data alone. */
async function expectAnswer(door: () => Promise<DoorResult>, answer: Answer) {
  const before = await dumpDb();
  const result = await door();
  if ('accept' in answer) {
    expect(result, JSON.stringify(result)).toEqual({ accepted: true });
    return;
  }
  expect(result.accepted).toBe(false);
  const message = result.accepted ? '' : result.message;
  // The web import blocks a plan with cells it cannot import, as it refuses any other file.
  const reason = 'refuse' in answer ? answer.refuse : answer.refuseRows;
  expect(gives(message, reason), message).toBe(true);
  expect(message).not.toContain('\n');
  expect(await dumpDb()).toEqual(before);
}

describe.each(HOSTILE.map((entry) => [entry.file, entry] as const))(
  'the web app on %s',
  (_, entry) => {
    it(`restore: ${'accept' in entry.backup ? 'accepts it' : 'refuses it, changing nothing'}`, async () => {
      const file = picked(entry.file, await hostileBytes(entry.file));
      await expectAnswer(() => webRestore(file), entry.backup);
    });

    it(`import: ${'accept' in entry.plan ? 'accepts it' : 'refuses it, changing nothing'}`, async () => {
      const file = picked(entry.file, await hostileBytes(entry.file));
      await expectAnswer(() => webImport(file), entry.plan);
    });
  },
);

describe('the web app on a file over the size limit', () => {
  const huge = (size: number) => ({
    name: 'huge.json',
    size,
    arrayBuffer: () => Promise.reject(new Error('A file over the limit must not be read')),
  });

  it('refuses it before reading it, with its size and the limit, at every door', async () => {
    await expectAnswer(() => webRestore(huge(MAX_FILE_BYTES + 1)), {
      refuse: TEXT_PROBLEMS.tooLarge(MAX_FILE_BYTES + 1, MAX_FILE_BYTES),
    });
    await expectAnswer(() => webImport(huge(MAX_PLAN_FILE_BYTES + 1)), {
      refuse: TEXT_PROBLEMS.tooLarge(MAX_PLAN_FILE_BYTES + 1, MAX_PLAN_FILE_BYTES),
    });
  });
});
