import { describe, expect, it } from 'vitest';
import { readBackup } from '../../../../shared/backup/read';
import {
  LARGE,
  QUICK_LARGE,
  SMALL,
  generateWorkload,
  type WorkloadShape,
} from '../../../../scripts/bench/workload';
import { buildWorkloadFile } from '../../../../scripts/bench/workloadFile';

const TWO_BY_TWO: WorkloadShape = { ...LARGE, teams: 2, quarters: 2 };

describe('bench workloads', () => {
  it('are the sizes the issue names', () => {
    expect(generateWorkload(LARGE).data.checkIns).toHaveLength(62_400);
    expect(generateWorkload(QUICK_LARGE).data.checkIns).toHaveLength(15_600);
    const small = generateWorkload(SMALL).data;
    expect([small.teams.length, small.cycles.length, small.checkIns.length]).toEqual([1, 1, 260]);
  });

  it('have every table in proportion to the shape', () => {
    const { data } = generateWorkload(TWO_BY_TWO);
    expect(data.teams).toHaveLength(2);
    expect(data.cycles).toHaveLength(4);
    expect(data.objectives).toHaveLength(4 * 5);
    expect(data.keyResults).toHaveLength(4 * 5 * 4);
    expect(data.checkIns).toHaveLength(4 * 5 * 4 * 13);
    // Retros for the closed quarters only: one per team here.
    expect(data.cycleRetros).toHaveLength(2);
    expect(data.keyResultRetros).toHaveLength(2 * 20);
  });

  it('open on the first team by name, in its newest quarter, which is in Check-ins', () => {
    const { data, target } = generateWorkload(TWO_BY_TWO);
    const names = data.teams.map((t) => t.name);
    expect(target.teamName).toBe([...names].sort()[0]);
    const cycles = data.cycles.filter((c) => c.teamId === target.teamId);
    const newest = cycles.reduce((a, b) => (a.startDate > b.startDate ? a : b));
    expect(target).toMatchObject({ cycleId: newest.id, quarterLabel: newest.label });
    expect(newest.phase).toBe('checkins');
    expect(cycles.filter((c) => c.id !== newest.id).every((c) => c.phase === 'closed')).toBe(true);
  });

  it('are the same bytes every time, and a backup the app reads back', async () => {
    const first = await buildWorkloadFile(TWO_BY_TWO, '0.1.0');
    const second = await buildWorkloadFile(TWO_BY_TWO, '0.1.0');
    expect(second.text).toBe(first.text);
    const read = await readBackup(first.text);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.file.data.checkIns).toHaveLength(first.checkIns);
  });

  it('differ with the shape', async () => {
    const two = await buildWorkloadFile(TWO_BY_TWO, '0.1.0');
    const small = await buildWorkloadFile(SMALL, '0.1.0');
    expect(small.checksum).not.toBe(two.checksum);
  });
});
