import fc from 'fast-check';
import {
  cadenceSchema,
  calibrationVerdictSchema,
  dependencyStatusSchema,
  directionSchema,
  keyResultStatusSchema,
  objectiveKindSchema,
  phaseSchema,
  reflectionAnswerSchema,
  teamFunctionSchema,
  templateFamilySchema,
} from '../../../../shared/domain/enums';
import type { BackupData } from '../../../../shared/backup/fileFormat';
import { workshopTablesArb } from './workshopArbitraries';

/* Valid rows for every table; ids are assigned afterwards so links are always sound. */

const DAY = 86_400_000;
const dateArb = fc.date({
  min: new Date('2020-01-01T00:00:00Z'),
  max: new Date('2035-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const timestamp = dateArb.map((d) => d.toISOString());
const isoDate = dateArb.map((d) => d.toISOString().slice(0, 10));
// Every editable row carries its revision (a count of writes); rows without one are older data,
// read as revision 0 (see fileFormat.test.ts).
const audit = { createdAt: timestamp, updatedAt: timestamp, revision: fc.nat({ max: 10_000 }) };

/** Free text (any Unicode) that the schema's trim and length rules leave as it is. */
const text = (max = 200) =>
  fc
    .string({ unit: 'grapheme', maxLength: 24 })
    .map((s) => s.trim())
    .filter((s) => s.length <= max);
const title = (max = 120) => text(max).filter((s) => s.length > 0);
// JSON has no -0, so a backup cannot keep one: generate numbers JSON can round-trip, within the
// range every stored number keeps (|x| < 1e15), the edges included.
const number = fc
  .oneof(
    fc.double({ min: -9.99e14, max: 9.99e14, noNaN: true }),
    fc.constantFrom(999_999_999_999_999, -999_999_999_999_999, 1e-300, 0.1),
  )
  .map((n) => (n === 0 ? 0 : n));
const optionalNumber = fc.option(number, { nil: null });
const acknowledgement = fc.record({ rule: title(64), reason: title(500), at: timestamp });

const teamArb = fc.record({
  name: title(120),
  function: fc.constantFrom(...teamFunctionSchema.options),
  ...audit,
});
const cycleArb = fc.record({
  year: fc.integer({ min: 2020, max: 2035 }),
  quarter: fc.integer({ min: 1, max: 4 }),
  start: dateArb,
  days: fc.integer({ min: 1, max: 120 }),
  cadence: fc.constantFrom(...cadenceSchema.options),
  phase: fc.constantFrom(...phaseSchema.options),
  businessNeed: text(),
  engineeringLever: text(),
  closedAt: fc.option(timestamp, { nil: null }),
  ...audit,
});
const objectiveArb = fc.record({
  title: title(),
  description: text(),
  kind: fc.constantFrom(...objectiveKindSchema.options),
  businessNeed: text(),
  engineeringLever: text(),
  acknowledgements: fc.array(acknowledgement, { maxLength: 2 }),
  ...audit,
});
const keyResultArb = fc.record({
  title: title(),
  metric: text(),
  unit: text(40),
  baseline: optionalNumber,
  target: optionalNumber,
  direction: fc.constantFrom(...directionSchema.options),
  measuredBy: text(),
  owner: text(120),
  proposedBy: text(120),
  status: fc.constantFrom(...keyResultStatusSchema.options),
  weight: fc.double({ min: 0.01, max: 100, noNaN: true }),
  isMilestone: fc.boolean(),
  reflection: fc.option(fc.constantFrom(...reflectionAnswerSchema.options), { nil: null }),
  reflectionNote: text(),
  acknowledgements: fc.array(acknowledgement, { maxLength: 2 }),
  finalValue: optionalNumber,
  scoreOverride: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  scoreOverrideReason: text(),
  ...audit,
});
const checkInArb = fc.record({
  date: isoDate,
  value: optionalNumber,
  confidence: fc.integer({ min: 0, max: 100 }),
  changed: text(),
  blockers: text(),
  ...audit,
});
const retroArb = fc.record({
  worked: text(),
  didNotWork: text(),
  learned: text(),
  carryForward: fc.boolean(),
  ...audit,
});
const cycleRetroArb = fc.record({
  verdict: fc.constantFrom(...calibrationVerdictSchema.options),
  wrongAssumptions: text(),
  notes: text(),
  headline: text(),
  asks: text(),
  ...audit,
});
const dependencyArb = fc.record({
  team: title(),
  need: title(),
  byDate: fc.option(isoDate, { nil: null }),
  status: fc.constantFrom(...dependencyStatusSchema.options),
  ...audit,
});
const templateArb = fc.record({
  family: fc.constantFrom(...templateFamilySchema.options),
  title: title(),
  description: text(),
  keyResults: fc.array(
    fc.record({
      title: title(),
      metric: text(),
      unit: text(40),
      target: optionalNumber,
      direction: fc.constantFrom(...directionSchema.options),
      measuredBy: text(),
    }),
    { maxLength: 3 },
  ),
  isBuiltIn: fc.boolean(),
  ...audit,
});
const draftArb = fc.record({
  step: fc.nat(9),
  draft: fc.dictionary(
    fc.constantFrom('businessNeed', 'objectives', 'notes', 'constructor'),
    fc.oneof(fc.string(), number, fc.boolean(), fc.constant(null), fc.array(fc.string())),
  ),
  updatedAt: timestamp,
});

/** Children, each with a number that picks its parent (so every child has one). */
const children = <T>(arb: fc.Arbitrary<T>, max: number, min = 0) =>
  fc.array(fc.tuple(fc.nat(), arb), { minLength: min, maxLength: max });

function attach<P, C, R>(parents: P[], kids: [number, C][], build: (p: P, c: C, i: number) => R) {
  return parents.length === 0
    ? []
    : kids.map(([pick, kid], i) => build(parents[pick % parents.length] as P, kid, i));
}

/**
 * Every table, with teams → quarters → objectives → KRs → check-ins linked correctly and the
 * workshop kit's tables hung off those quarters; with `min` rows of each at least (two teams and
 * quarters when `min` is 1 or more).
 */
const backupDataArbWith = (min: number): fc.Arbitrary<BackupData> =>
  fc
    .record({
      teams: fc.array(teamArb, { minLength: min && 2, maxLength: 3 }),
      cycles: children(cycleArb, 4, min && 2),
      objectives: children(objectiveArb, 5, min),
      keyResults: children(keyResultArb, 6, min),
      checkIns: children(checkInArb, 6, min),
      retros: children(retroArb, 4, min),
      cycleRetros: children(cycleRetroArb, 3, min),
      dependencies: children(fc.tuple(dependencyArb, fc.boolean()), 3, min),
      templates: fc.array(templateArb, { minLength: min, maxLength: 2 }),
      drafts: children(draftArb, 2, min),
    })
    .map((g) => {
      const teams = g.teams.map((t, i) => ({ id: `team-${i}`, ...t }));
      const cycles = attach(teams, g.cycles, (team, c, i) => {
        const { year, quarter, start, days, ...rest } = c;
        return {
          id: `cycle-${i}`,
          teamId: team.id,
          label: `${year}-Q${quarter}`,
          startDate: start.toISOString().slice(0, 10),
          endDate: new Date(start.getTime() + days * DAY).toISOString().slice(0, 10),
          previousCycleId: null,
          ...rest,
        };
      });
      const objectives = attach(cycles, g.objectives, (cycle, o, i) => ({
        id: `objective-${i}`,
        cycleId: cycle.id,
        teamId: cycle.teamId,
        parentObjectiveId: null,
        order: i,
        ...o,
      }));
      const keyResults = attach(objectives, g.keyResults, (objective, k, i) => ({
        id: `kr-${i}`,
        objectiveId: objective.id,
        cycleId: objective.cycleId,
        order: i,
        carriedFromKeyResultId: null,
        ...k,
      }));
      const checkIns = attach(keyResults, g.checkIns, (kr, c, i) => ({
        id: `checkin-${i}`,
        keyResultId: kr.id,
        cycleId: kr.cycleId,
        sessionId: `session-${i % 2}`,
        supersedesId: null as string | null,
        ...c,
      }));
      // A correction replaces an earlier check-in of the same key result.
      for (const [i, checkIn] of checkIns.entries()) {
        const earlier = checkIns.slice(0, i).findLast((c) => c.keyResultId === checkIn.keyResultId);
        if (earlier && i % 2 === 1) checkIn.supersedesId = earlier.id;
      }
      const retros = attach(keyResults, g.retros, (kr, r, i) => ({
        id: `retro-${i}`,
        keyResultId: kr.id,
        cycleId: kr.cycleId,
        ...r,
      }));
      // Rows a quarter's retro and dependencies name belong to that quarter.
      const firstIn = <T extends { cycleId: string }>(rows: T[], cycleId: string) =>
        rows.filter((r) => r.cycleId === cycleId).slice(0, 1);
      const cycleRetros = attach(cycles, g.cycleRetros, (cycle, r, i) => {
        const { verdict, ...rest } = r;
        return {
          id: `cycle-retro-${i}`,
          cycleId: cycle.id,
          calibration: firstIn(keyResults, cycle.id).map((kr) => ({ keyResultId: kr.id, verdict })),
          objectivesMatteredLess: firstIn(objectives, cycle.id).map((o) => o.id),
          ...rest,
        };
      });
      const dependencies = attach(cycles, g.dependencies, (cycle, [d, isLinked], i) => ({
        id: `dependency-${i}`,
        cycleId: cycle.id,
        objectiveId: isLinked ? (firstIn(objectives, cycle.id)[0]?.id ?? null) : null,
        keyResultId: isLinked ? (firstIn(keyResults, cycle.id)[0]?.id ?? null) : null,
        ...d,
      }));
      const wizardDrafts = attach(cycles, g.drafts, (cycle, d, i) => ({
        id: `setting-${i}:${cycle.id}`,
        wizard: 'setting',
        cycleId: cycle.id,
        ...d,
      }));
      return {
        teams,
        cycles,
        objectives,
        keyResults,
        checkIns,
        // The database allows one retro per KR and per quarter.
        keyResultRetros: retros.filter(
          (r, i) => retros.findIndex((o) => o.keyResultId === r.keyResultId) === i,
        ),
        cycleRetros: cycleRetros.filter(
          (r, i) => cycleRetros.findIndex((o) => o.cycleId === r.cycleId) === i,
        ),
        dependencies,
        templates: g.templates.map((t, i) => ({ id: `template-${i}`, ...t })),
        wizardDrafts,
      };
    })
    .chain((data) => workshopTablesArb(data, min).map((kit) => ({ ...data, ...kit })));

/** Any valid backup data, empty tables included. */
export const backupDataArb: fc.Arbitrary<BackupData> = backupDataArbWith(0);

/** Valid backup data with a row in every table, for corrupting one thing at a time. */
export const fullBackupDataArb: fc.Arbitrary<BackupData> = backupDataArbWith(1);
