import fc from 'fast-check';
import { checksumOf } from '../../../../shared/backup/checksum';
import {
  BACKUP_VERSION,
  createBackup,
  serializeBackup,
  type BackupData,
} from '../../../../shared/backup/fileFormat';
import { PROBLEMS } from '../../../../shared/backup/problems';

/*
 * One targeted corruption of an otherwise valid backup, for each check `readBackup` makes, with
 * the exact problem it must report. The data is generated (a row in every table), the damage
 * lands on a generated row, and the checksum is made to match again unless the corruption is
 * the checksum itself, so every check after it is reached.
 */

type Row = Record<string, unknown>;
type File = Row & { data: Record<string, Row[]> };

/** What a corruption produced: the file's text and the problem it must be refused with. */
export type Corrupted = { text: string; problem: string };

/** A corruption: how it damages a file (with a generated choice), and what must be reported. */
export type Corruption = {
  name: string;
  /** The check it must reach. */
  check: 'text' | 'header' | 'shape' | 'checksum' | 'schema' | 'integrity';
  apply: (file: File, pick: number) => Promise<Corrupted> | Corrupted;
};

const NOW = new Date('2027-02-01T10:00:00.000Z');

const LABELS: Record<string, string> = {
  teams: 'Team',
  cycles: 'Quarter',
  objectives: 'Objective',
  keyResults: 'Key result',
  checkIns: 'Check-in',
  keyResultRetros: 'Key result retro',
  cycleRetros: 'Quarter retro',
  dependencies: 'Dependency',
  templates: 'Template',
  wizardDrafts: 'Wizard draft',
};

/** A valid backup file of `data`, as a plain object to damage. */
export async function fileOf(data: BackupData): Promise<File> {
  return JSON.parse(serializeBackup(await createBackup(data, '0.1.0', NOW))) as File;
}

/** The file's text with a checksum that matches its (damaged) data. */
async function resealed(file: File): Promise<string> {
  return JSON.stringify({ ...file, checksum: await checksumOf(file.data) });
}

/** The file with `{ "<spelling>": { "isAdmin": true } }` first in one row of a picked table. */
async function withProtoKey(file: File, pick: number, spelling: string): Promise<Corrupted> {
  const tables = ['teams', 'keyResults', 'wizardDrafts'] as const;
  const table = tables[pick % tables.length]!;
  const text = (await resealed(file)).replace(
    `"${table}":[{`,
    `"${table}":[{"${spelling}":{"isAdmin":true},`,
  );
  return { text, problem: PROBLEMS.forbiddenKey('__proto__', `data.${table}[0].__proto__`) };
}

function rowAt(file: File, table: string, pick: number): { row: Row; index: number } {
  const rows = file.data[table] ?? [];
  const index = pick % rows.length;
  const row = rows[index];
  if (!row) throw new Error(`The generated data has no ${table}`);
  return { row, index };
}

const where = (table: string, index: number, field: string) =>
  `${LABELS[table]} ${index + 1} (data.${table}[${index}].${field})`;

/** Sets a field of a picked row to `value`; reports `message` at that field. */
function fieldCorruption(
  name: string,
  targets: ReadonlyArray<[table: string, field: string]>,
  value: unknown,
  message: string,
): Corruption {
  return {
    name,
    check: 'schema',
    apply: async (file, pick) => {
      const [table, field] = targets[pick % targets.length]!;
      const { row, index } = rowAt(file, table, Math.floor(pick / targets.length));
      if (value === undefined) delete row[field];
      else row[field] = value;
      return { text: await resealed(file), problem: `${where(table, index, field)}: ${message}.` };
    },
  };
}

/** Points a picked row's link at another existing row that does not belong with it. */
function apartCorruption(
  name: string,
  table: string,
  field: string,
  message: (row: Row, file: File) => string,
  retarget: (row: Row, file: File) => void,
): Corruption {
  return {
    name,
    check: 'integrity',
    apply: async (file, pick) => {
      const { row, index } = rowAt(file, table, pick);
      const expected = message(row, file);
      retarget(row, file);
      return { text: await resealed(file), problem: `${where(table, index, field)}: ${expected}.` };
    },
  };
}

const otherThan = (rows: Row[], id: unknown, key = 'id'): Row => {
  const other = rows.find((r) => r[key] !== id);
  if (!other) throw new Error('The generated data has only one row');
  return other;
};
const byId = (rows: Row[] | undefined, id: unknown): Row => {
  const found = rows?.find((r) => r.id === id);
  if (!found) throw new Error(`No row ${String(id)}`);
  return found;
};

const DATE_FIELDS: ReadonlyArray<[string, string]> = [
  ['cycles', 'startDate'],
  ['checkIns', 'date'],
];
const NUMBER_FIELDS: ReadonlyArray<[string, string]> = [
  ['keyResults', 'baseline'],
  ['keyResults', 'target'],
  ['keyResults', 'finalValue'],
  ['checkIns', 'value'],
];
const TIME_FIELDS: ReadonlyArray<[string, string]> = [
  ['teams', 'createdAt'],
  ['keyResults', 'updatedAt'],
  ['checkIns', 'createdAt'],
];

/** Every check of `readBackup`, each reached by one kind of damage. */
export const CORRUPTIONS: readonly Corruption[] = [
  { name: 'empty text', check: 'text', apply: () => ({ text: '  \n', problem: PROBLEMS.empty }) },
  {
    name: 'truncated text',
    check: 'text',
    apply: (file, pick) => {
      const text = JSON.stringify(file);
      return { text: text.slice(0, 1 + (pick % (text.length - 2))), problem: PROBLEMS.notJson };
    },
  },
  {
    name: 'JSON that is not an object',
    check: 'header',
    apply: (_, pick) => ({
      text: ['[]', 'null', '42', '"quarterdeck-backup"'][pick % 4]!,
      problem: PROBLEMS.noMarker,
    }),
  },
  {
    name: 'another format marker',
    check: 'header',
    apply: (file) => ({
      text: JSON.stringify({ ...file, format: 'okr-backup' }),
      problem: PROBLEMS.noMarker,
    }),
  },
  {
    name: 'a format version that is not a whole number',
    check: 'header',
    apply: (file, pick) => ({
      text: JSON.stringify({ ...file, formatVersion: ['1', 1.5, null][pick % 3] }),
      problem: PROBLEMS.noVersion,
    }),
  },
  {
    name: 'a newer format',
    check: 'header',
    apply: (file, pick) => ({
      text: JSON.stringify({ ...file, formatVersion: BACKUP_VERSION + 1 + (pick % 50) }),
      problem: PROBLEMS.future(BACKUP_VERSION + 1 + (pick % 50)),
    }),
  },
  {
    name: 'a format older than any readable',
    check: 'header',
    apply: (file, pick) => ({
      text: JSON.stringify({ ...file, formatVersion: -1 - (pick % 5) }),
      problem: PROBLEMS.tooOld(-1 - (pick % 5)),
    }),
  },
  {
    name: 'a prototype-polluting key',
    check: 'shape',
    // JSON.parse keeps `__proto__` as an own key, as a hostile file would have it.
    apply: (file, pick) => withProtoKey(file, pick, '__proto__'),
  },
  {
    name: 'a prototype-polluting key spelled with escapes',
    check: 'shape',
    // `\u005f` is `_` and `\u006f` is `o`: the text never says `__proto__`, the parse does.
    apply: (file, pick) => withProtoKey(file, pick, '\\u005f\\u005fpr\\u006fto__'),
  },
  {
    name: 'absurd nesting',
    check: 'shape',
    apply: async (file, pick) => {
      const { row } = rowAt(file, 'wizardDrafts', pick);
      row.draft = { deep: JSON.parse(`${'['.repeat(80)}${']'.repeat(80)}`) as unknown };
      return { text: await resealed(file), problem: tooDeepProblem(file, row) };
    },
  },
  {
    name: 'an empty app version',
    check: 'header',
    apply: async (file) => ({
      text: await resealed({ ...file, appVersion: ' ' }),
      problem: 'Backup header (appVersion): is empty.',
    }),
  },
  {
    name: 'a creation time out of range',
    check: 'header',
    apply: async (file, pick) => ({
      text: await resealed({
        ...file,
        createdAt: ['0000-01-01T00:00:00Z', '2201-01-01T00:00:00Z'][pick % 2],
      }),
      problem: 'Backup header (createdAt): The time must be between 1970 and 2200.',
    }),
  },
  {
    name: 'a malformed checksum',
    check: 'header',
    apply: (file) => ({
      text: JSON.stringify({ ...file, checksum: 'ABC' }),
      problem: 'Backup header (checksum): expected 64 lowercase hex digits.',
    }),
  },
  {
    name: 'no data',
    check: 'header',
    apply: (file) => {
      const { data: _data, ...header } = file;
      return { text: JSON.stringify(header), problem: 'Backup data (data): is missing.' };
    },
  },
  {
    name: 'data changed after the checksum',
    check: 'checksum',
    apply: (file, pick) => {
      const { row } = rowAt(file, 'teams', pick);
      // Any change: the checksum is checked before what the rows hold.
      row.name = pick;
      return { text: JSON.stringify(file), problem: PROBLEMS.checksum };
    },
  },
  {
    name: 'a table missing',
    check: 'schema',
    apply: async (file, pick) => {
      const tables = Object.keys(LABELS);
      const table = tables[pick % tables.length]!;
      delete file.data[table];
      return {
        text: await resealed(file),
        problem: `Table '${table}' (data.${table}): is missing.`,
      };
    },
  },
  fieldCorruption(
    'a date in year 0000',
    DATE_FIELDS,
    '0000-01-01',
    'The date must be between 1970-01-01 and 2200-12-31',
  ),
  fieldCorruption(
    'a date after 2200',
    DATE_FIELDS,
    '2201-03-01',
    'The date must be between 1970-01-01 and 2200-12-31',
  ),
  fieldCorruption(
    'a day that does not exist',
    DATE_FIELDS,
    '2027-02-30',
    'Use a real date, written like 2027-01-04',
  ),
  fieldCorruption(
    'a number of 1e308',
    NUMBER_FIELDS,
    1e308,
    'A number must be smaller than 1,000,000,000,000,000 in size',
  ),
  fieldCorruption(
    'a number of -1e15',
    NUMBER_FIELDS,
    -1e15,
    'A number must be smaller than 1,000,000,000,000,000 in size',
  ),
  fieldCorruption(
    'a time in year 0000',
    TIME_FIELDS,
    '0000-06-01T00:00:00.000Z',
    'The time must be between 1970 and 2200',
  ),
  fieldCorruption('a number as text', NUMBER_FIELDS, '94', 'expected a number'),
  fieldCorruption(
    'a title too long',
    [['objectives', 'title']],
    'x'.repeat(201),
    'Objective title must be at most 200 characters',
  ),
  fieldCorruption(
    'a required field missing',
    [
      ['keyResults', 'direction'],
      ['teams', 'name'],
    ],
    undefined,
    'is missing',
  ),
  fieldCorruption(
    'a confidence above 100',
    [['checkIns', 'confidence']],
    101,
    'is above the highest allowed value, 100',
  ),
  fieldCorruption(
    'an id too long',
    [['checkIns', 'supersedesId']],
    'x'.repeat(65),
    'is longer than the 64 characters allowed',
  ),
  fieldCorruption(
    'a score above 1',
    [['keyResults', 'scoreOverride']],
    1.5,
    'is above the highest allowed value, 1',
  ),
  fieldCorruption(
    'an unknown objective kind',
    [['objectives', 'kind']],
    'stretchy',
    'must be "committed" or "aspirational"',
  ),
  {
    name: 'a duplicate id',
    check: 'integrity',
    apply: async (file, pick) => {
      const rows = file.data.teams!;
      const index = rows.length;
      const copy = { ...rows[pick % rows.length]! };
      rows.push(copy);
      return {
        text: await resealed(file),
        problem: `${where('teams', index, 'id')}: the id '${String(copy.id)}' is used twice.`,
      };
    },
  },
  {
    name: 'two retros for one key result',
    check: 'integrity',
    apply: async (file, pick) => {
      const rows = file.data.keyResultRetros!;
      const index = rows.length;
      const copy: Row = { ...rows[pick % rows.length]!, id: 'second-retro' };
      rows.push(copy);
      return {
        text: await resealed(file),
        problem: `${where('keyResultRetros', index, 'keyResultId')}: key result '${String(copy['keyResultId'])}' already has a retro in this backup.`,
      };
    },
  },
  {
    name: 'a link to a row that is not there',
    check: 'integrity',
    apply: async (file, pick) => {
      const { row, index } = rowAt(file, 'checkIns', pick);
      row.keyResultId = 'no-such-key-result';
      return {
        text: await resealed(file),
        problem: `${where('checkIns', index, 'keyResultId')}: key result 'no-such-key-result' is not in this backup.`,
      };
    },
  },
  apartCorruption(
    'a key result in another quarter than its objective',
    'keyResults',
    'cycleId',
    (row, file) => {
      const objective = byId(file.data.objectives, row.objectiveId);
      const other = otherThan(file.data.cycles!, objective.cycleId);
      return `objective '${String(objective.id)}' is in quarter '${String(objective.cycleId)}', not in quarter '${String(other.id)}'`;
    },
    (row, file) => {
      const objective = byId(file.data.objectives, row.objectiveId);
      row.cycleId = otherThan(file.data.cycles!, objective.cycleId).id;
    },
  ),
  apartCorruption(
    'a check-in in another quarter than its key result',
    'checkIns',
    'cycleId',
    (row, file) => {
      const kr = byId(file.data.keyResults, row.keyResultId);
      const other = otherThan(file.data.cycles!, kr.cycleId);
      return `key result '${String(kr.id)}' is in quarter '${String(kr.cycleId)}', not in quarter '${String(other.id)}'`;
    },
    (row, file) => {
      const kr = byId(file.data.keyResults, row.keyResultId);
      row.cycleId = otherThan(file.data.cycles!, kr.cycleId).id;
    },
  ),
  apartCorruption(
    'an objective in another team than its quarter',
    'objectives',
    'teamId',
    (row, file) => {
      const cycle = byId(file.data.cycles, row.cycleId);
      const other = otherThan(file.data.teams!, cycle.teamId);
      return `quarter '${String(cycle.id)}' is in team '${String(cycle.teamId)}', not in team '${String(other.id)}'`;
    },
    (row, file) => {
      const cycle = byId(file.data.cycles, row.cycleId);
      row.teamId = otherThan(file.data.teams!, cycle.teamId).id;
    },
  ),
];

function tooDeepProblem(file: File, row: Row): string {
  const index = file.data.wizardDrafts!.indexOf(row);
  // The first array past the depth limit (64), counted from the file's root.
  const path = `data.wizardDrafts[${index}].draft.deep${'[0]'.repeat(60)}`;
  return PROBLEMS.tooDeep(path);
}

/** A generated choice of where the damage lands. */
export const pickArb = fc.nat({ max: 10_000 });
