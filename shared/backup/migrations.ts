/**
 * Upgrades for older backup formats: one step per version, each turning the `data` of
 * version N into the `data` of version N + 1. Released steps are never edited; a new
 * format adds a step and a fixture in test/fixtures/backups/.
 *
 * Steps run before validation, on untrusted input: they must leave anything they do not
 * recognise alone (the schema check that follows reports it).
 */
import { repairAlignment, type LegacyAlignmentRows } from '../domain/alignment/legacy';

type Row = Record<string, unknown>;
type MigrationStep = (data: Row) => Row;

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Gives every object row of `table` the `defaults` it lacks; a value it has is kept. */
function withDefaults(data: Row, table: string, defaults: Row): Row {
  const rows = data[table];
  if (!Array.isArray(rows)) return data;
  return {
    ...data,
    [table]: rows.map((row: unknown) => (isRow(row) ? { ...defaults, ...row } : row)),
  };
}

/**
 * Format 0 (pre-release builds): objectives had no coach acknowledgements, key results had
 * no weight (all counted equally), and wizard drafts were not backed up.
 */
function v0ToV1(data: Row): Row {
  let next = withDefaults(data, 'objectives', { acknowledgements: [] });
  next = withDefaults(next, 'keyResults', { weight: 1 });
  return 'wizardDrafts' in next ? next : { ...next, wizardDrafts: [] };
}

/** The tables format 2 added for the workshop kit; a format-1 backup had none of them. */
const WORKSHOP_TABLES = [
  'workshops',
  'workshopParticipants',
  'workshopClusters',
  'workshopCards',
  'workshopBallots',
  'confidenceRounds',
  'confidenceVotes',
  'effortEntries',
] as const;

/** Format 1 → 2: the workshop kit's tables, empty. A table already there is left to validation. */
function v1ToV2(data: Row): Row {
  const next = { ...data };
  for (const table of WORKSHOP_TABLES) if (!(table in next)) next[table] = [];
  return next;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The rows of `table` that are objects; anything else is left for the schema check. */
function objectRows(data: Row, table: string): Row[] {
  const rows = data[table];
  return Array.isArray(rows) ? rows.filter(isRow) : [];
}

/** The alignment fields of well-formed rows only: a damaged row is the schema check's to report. */
function alignmentRows(data: Row): LegacyAlignmentRows {
  const pick = <T>(table: string, read: (row: Row) => T | null): T[] =>
    objectRows(data, table).flatMap((row) => read(row) ?? []);
  return {
    teams: pick('teams', (r) => {
      const [id, createdAt, updatedAt] = [text(r.id), text(r.createdAt), text(r.updatedAt)];
      return id && createdAt && updatedAt ? { id, createdAt, updatedAt } : null;
    }),
    cycles: pick('cycles', (r) => {
      const [id, teamId, label] = [text(r.id), text(r.teamId), text(r.label)];
      return id && teamId && label ? { id, teamId, label } : null;
    }),
    objectives: pick('objectives', (r) => {
      const [id, cycleId, teamId] = [text(r.id), text(r.cycleId), text(r.teamId)];
      const parentObjectiveId = text(r.parentObjectiveId);
      if (!id || !cycleId || !teamId) return null;
      return { id, cycleId, teamId, parentObjectiveId };
    }),
  };
}

/**
 * Format 2 (and 1) had no levels: any objective could align to any other team's in the same quarter (and
 * a carried objective kept its old quarter's parent). Levels are inferred from how teams aligned,
 * and links that cannot stand under them are detached (see `repairAlignment`).
 */
function v2ToV3(data: Row): Row {
  if ('levels' in data) return data;
  const repair = repairAlignment(alignmentRows(data));
  const detach = new Set(repair.detach);
  const objectives = data.objectives;
  return {
    ...data,
    levels: repair.levels,
    objectives: Array.isArray(objectives)
      ? objectives.map((row: unknown) =>
          isRow(row) && typeof row.id === 'string' && detach.has(row.id)
            ? { ...row, parentObjectiveId: null }
            : row,
        )
      : objectives,
  };
}

/** The oldest format version this build can still restore. */
export const OLDEST_READABLE_VERSION = 0;

/** Step to run on data of version N (the key) to reach N + 1. */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {
  0: v0ToV1,
  1: v1ToV2,
  2: v2ToV3,
};

/** Upgrades `data` written at `fromVersion` to `toVersion`, one step at a time. */
export function migrateData(fromVersion: number, toVersion: number, data: Row): Row {
  let current = data;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no upgrade from format ${version} to ${version + 1}`);
    current = step(current);
  }
  return current;
}
