/**
 * Upgrades for older backup formats: one step per version, each turning the `data` of
 * version N into the `data` of version N + 1. Released steps are never edited; a new
 * format adds a step and a fixture in test/fixtures/backups/.
 *
 * Steps run before validation, on untrusted input: they must leave anything they do not
 * recognise alone (the schema check that follows reports it).
 */
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

/** The oldest format version this build can still restore. */
export const OLDEST_READABLE_VERSION = 0;

/** Step to run on data of version N (the key) to reach N + 1. */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {
  0: v0ToV1,
  1: v1ToV2,
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
