import { emptyBackupData, type BackupData } from '../../shared/backup/fileFormat';
import type {
  CheckIn,
  Cycle,
  CycleRetro,
  Dependency,
  KeyResult,
  KeyResultRetro,
  Objective,
  Team,
} from '../../shared/domain/entities';
import { calendarQuarter } from '../../shared/domain/calendar';
import {
  BLOCKERS,
  CHANGES,
  DEPENDENCY_NEEDS,
  KEY_RESULTS,
  MEASURED_BY,
  OBJECTIVES,
  OWNERS,
  RETRO_NOTES,
  TEAM_FUNCTIONS,
  TEAM_NAMES,
} from './workloadText';

/** How big a generated workspace is. Every team has the same number of everything. */
export interface WorkloadShape {
  teams: number;
  quarters: number;
  objectivesPerQuarter: number;
  keyResultsPerObjective: number;
  checkInsPerKeyResult: number;
}

/** The large workspace: 20 × 12 × 5 × 4 × 13 = 62,400 check-ins. */
export const LARGE: WorkloadShape = {
  teams: 20,
  quarters: 12,
  objectivesPerQuarter: 5,
  keyResultsPerObjective: 4,
  checkInsPerKeyResult: 13,
};

/** `--quick`: the large workspace with 5 teams. */
export const QUICK_LARGE: WorkloadShape = { ...LARGE, teams: 5 };

/** One team, one quarter: the same quarter on screen as the large one, without the history. */
export const SMALL: WorkloadShape = { ...LARGE, teams: 1, quarters: 1 };

/** The quarter every workspace opens on: the first team's newest quarter, in Check-ins. */
export interface WorkloadTarget {
  teamId: string;
  teamName: string;
  cycleId: string;
  quarterLabel: string;
}

export interface Workload {
  data: BackupData;
  target: WorkloadTarget;
}

/** The newest quarter generated; older ones count back from it and are closed. */
const NEWEST = { year: 2026, quarter: 4 } as const;
const DAY_MS = 86_400_000;

/** Mulberry32: a tiny seeded PRNG, so the same shape always gives the same bytes. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` quarters ending at {@link NEWEST}, oldest first. */
function quarterRange(count: number): { year: number; quarter: 1 | 2 | 3 | 4 }[] {
  const newestIndex = NEWEST.year * 4 + NEWEST.quarter - 1;
  return Array.from({ length: count }, (_, i) => {
    const index = newestIndex - (count - 1 - i);
    return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as 1 | 2 | 3 | 4 };
  });
}

const addDays = (isoDate: string, days: number): string =>
  new Date(Date.parse(`${isoDate}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
const at = (isoDate: string, hour = 9): string =>
  `${isoDate}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * A complete, valid workspace of `shape`: teams with their quarters (all closed but the newest,
 * which is in Check-ins), objectives, key results with weekly check-ins, retros of the closed
 * quarters, a few dependencies and carried-forward key results. Deterministic: ids, text and
 * numbers come from a PRNG seeded with `seed`.
 */
export function generateWorkload(shape: WorkloadShape, seed = 18): Workload {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  // UUID v4 layout, like the app's `crypto.randomUUID()` ids.
  const id = () =>
    `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;

  const data: BackupData = emptyBackupData();
  const quarters = quarterRange(shape.quarters);
  const names = Array.from({ length: shape.teams }, (_, i) => {
    const base = TEAM_NAMES[i % TEAM_NAMES.length] ?? 'Team';
    return i < TEAM_NAMES.length ? base : `${base} ${Math.floor(i / TEAM_NAMES.length) + 1}`;
  }).sort();

  for (const [teamIndex, name] of names.entries()) {
    const firstDay = calendarQuarter(quarters[0]!.year, quarters[0]!.quarter).startDate;
    const team: Team = {
      id: id(),
      name,
      function: TEAM_FUNCTIONS[teamIndex % TEAM_FUNCTIONS.length]!,
      createdAt: at(addDays(firstDay, -14)),
      updatedAt: at(addDays(firstDay, -14)),
    };
    data.teams.push(team);
    let previous: { cycle: Cycle; keyResults: KeyResult[] } | null = null;
    for (const [quarterIndex, q] of quarters.entries()) {
      const isNewest = quarterIndex === quarters.length - 1;
      const { label, startDate, endDate } = calendarQuarter(q.year, q.quarter);
      const objective = pick(OBJECTIVES);
      const cycle: Cycle = {
        id: id(),
        teamId: team.id,
        label,
        startDate,
        endDate,
        cadence: 'weekly',
        phase: isNewest ? 'checkins' : 'closed',
        businessNeed: objective.businessNeed,
        engineeringLever: objective.engineeringLever,
        previousCycleId: previous?.cycle.id ?? null,
        closedAt: isNewest ? null : at(addDays(endDate, 3), 16),
        createdAt: at(addDays(startDate, -10)),
        updatedAt: at(isNewest ? startDate : addDays(endDate, 3), 16),
      };
      data.cycles.push(cycle);
      const keyResults = addQuarterRows(data, shape, team, cycle, previous?.keyResults ?? []);
      if (!isNewest) addRetros(data, cycle, keyResults);
      previous = { cycle, keyResults };
    }
  }

  const team = data.teams[0];
  const newest = data.cycles.filter((c) => c.teamId === team?.id).at(-1);
  if (!team || !newest) throw new Error('A workload needs at least one team and one quarter.');
  return {
    data,
    target: {
      teamId: team.id,
      teamName: team.name,
      cycleId: newest.id,
      quarterLabel: newest.label,
    },
  };

  /** Objectives, key results, check-ins and dependencies of one quarter; returns its KRs. */
  function addQuarterRows(
    into: BackupData,
    s: WorkloadShape,
    t: Team,
    cycle: Cycle,
    previousKeyResults: readonly KeyResult[],
  ): KeyResult[] {
    const stamp = at(addDays(cycle.startDate, -5));
    const sessions = Array.from({ length: s.checkInsPerKeyResult }, (_, i) => ({
      id: id(),
      date: addDays(cycle.startDate, Math.min(7 * i + 4, 88)),
    }));
    const own: KeyResult[] = [];
    for (let o = 0; o < s.objectivesPerQuarter; o += 1) {
      const words = OBJECTIVES[(o + t.name.length) % OBJECTIVES.length]!;
      const objective: Objective = {
        id: id(),
        cycleId: cycle.id,
        teamId: t.id,
        ...words,
        kind: o % 3 === 2 ? 'aspirational' : 'committed',
        parentObjectiveId: null,
        order: o,
        acknowledgements: [],
        createdAt: stamp,
        updatedAt: stamp,
      };
      into.objectives.push(objective);
      for (let k = 0; k < s.keyResultsPerObjective; k += 1) {
        const [title, metric, unit, baseline, target] = pick(KEY_RESULTS);
        const carried = k === 0 ? previousKeyResults[own.length] : undefined;
        const kr: KeyResult = {
          id: id(),
          objectiveId: objective.id,
          cycleId: cycle.id,
          title,
          metric,
          unit,
          baseline,
          target,
          direction: target >= baseline ? 'increase' : 'decrease',
          measuredBy: pick(MEASURED_BY),
          owner: pick(OWNERS),
          proposedBy: 'Team',
          status: 'agreed',
          order: k,
          weight: 1,
          isMilestone: false,
          reflection: 'no',
          reflectionNote: 'Only moves if customers actually see fewer failures.',
          acknowledgements: [],
          finalValue: null,
          scoreOverride: null,
          scoreOverrideReason: '',
          carriedFromKeyResultId: carried?.id ?? null,
          createdAt: stamp,
          updatedAt: stamp,
        };
        let value: number = baseline;
        for (const session of sessions) {
          value = round(value + (target - baseline) * (0.02 + random() * 0.1));
          const checkIn: CheckIn = {
            id: id(),
            keyResultId: kr.id,
            cycleId: cycle.id,
            sessionId: session.id,
            date: session.date,
            value,
            confidence: 30 + Math.floor(random() * 61),
            changed: pick(CHANGES),
            blockers: random() < 0.2 ? pick(BLOCKERS) : '',
            supersedesId: null,
            createdAt: at(session.date, 10),
            updatedAt: at(session.date, 10),
          };
          into.checkIns.push(checkIn);
        }
        if (cycle.phase === 'closed') kr.finalValue = value;
        into.keyResults.push(kr);
        own.push(kr);
      }
      if (o < 2) {
        const dependency: Dependency = {
          id: id(),
          cycleId: cycle.id,
          objectiveId: objective.id,
          keyResultId: null,
          team: pick(TEAM_NAMES),
          need: pick(DEPENDENCY_NEEDS),
          byDate: addDays(cycle.startDate, 30),
          status: cycle.phase === 'closed' ? 'resolved' : 'agreed',
          createdAt: stamp,
          updatedAt: stamp,
        };
        into.dependencies.push(dependency);
      }
    }
    return own;
  }

  /** A retro for every key result of a closed quarter, and one for the quarter. */
  function addRetros(into: BackupData, cycle: Cycle, keyResults: readonly KeyResult[]): void {
    const stamp = cycle.closedAt ?? at(cycle.endDate);
    for (const kr of keyResults) {
      const retro: KeyResultRetro = {
        id: id(),
        keyResultId: kr.id,
        cycleId: cycle.id,
        ...RETRO_NOTES,
        carryForward: kr.carriedFromKeyResultId === null && random() < 0.25,
        createdAt: stamp,
        updatedAt: stamp,
      };
      into.keyResultRetros.push(retro);
    }
    const cycleRetro: CycleRetro = {
      id: id(),
      cycleId: cycle.id,
      calibration: keyResults
        .slice(0, 2)
        .map((kr, i) => ({ keyResultId: kr.id, verdict: i === 0 ? 'too-easy' : 'too-hard' })),
      objectivesMatteredLess: [],
      wrongAssumptions: 'We assumed the vendor migration would be done by week four.',
      notes: 'A steady quarter: most of the gains came from the first month.',
      headline:
        'We met most reliability targets; the checkout latency work slipped to next quarter.',
      asks: 'Two weeks of the data platform team for the event pipeline.',
      createdAt: stamp,
      updatedAt: stamp,
    };
    into.cycleRetros.push(cycleRetro);
  }
}
