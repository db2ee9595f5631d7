import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checksumOf } from '../../shared/backup/checksum';
import { PROBLEMS } from '../../shared/backup/problems';
import { TEXT_PROBLEMS } from '../../shared/files/textFile';

/*
 * The hostile-file corpus: every kind of file a person (or an attacker) may hand Quarterdeck,
 * with what every door must answer. The files are in test/fixtures/hostile/ (made by
 * `makeHostileFile`, so each one is exactly what its row says); `test/unit/scripts/cli/hostile.test.ts`
 * runs them through the CLI's validate and lint, `test/unit/renderer/hostile.test.ts` through the
 * web restore and import, and a test checks the committed files match their recipe.
 *
 * Two doors read backups (CLI validate, web restore) and must give the same answer; two read
 * plans (CLI lint, web import) and must too.
 */

/**
 * What a door answers: accepted; refused with this one-line reason (case aside); or, for a plan
 * with cells that cannot be imported, the rows refused with this reason: the web import is blocked
 * with it, and `lint` names it (exit 1) while still checking every row it could read.
 */
export type Answer = { accept: true } | { refuse: string } | { refuseRows: string };

export interface HostileFile {
  /** The file in test/fixtures/hostile/. */
  file: string;
  /** What kind of hostility it is, for the report. */
  kind: string;
  /** The answer of the backup doors (CLI validate, web restore). */
  backup: Answer;
  /** The answer of the plan doors (CLI lint, web import). */
  plan: Answer;
  /** Text the CLI must never print raw (escape sequences, bidi controls), when it is accepted. */
  mustNotPrint?: string;
}

// From the repository root, where every test runs: the web tests' jsdom has no file URLs.
const FIXTURES = join(process.cwd(), 'test/fixtures');
export const HOSTILE_DIR = join(FIXTURES, 'hostile/');
const REALISTIC = join(FIXTURES, 'backups/v1-realistic.json');
const V0 = join(FIXTURES, 'backups/v0-minimal.json');
const PLAN = join(FIXTURES, 'plans/team-plan.csv');

const ok: Answer = { accept: true };
const refuse = (reason: string): Answer => ({ refuse: reason });
const refuseRows = (reason: string): Answer => ({ refuseRows: reason });
const NO_OBJECTIVE_COLUMN = refuse('the header has no "objective" column');
const NOT_JSON = refuse(PROBLEMS.notJson);
const RANGE = 'A number must be smaller than 1,000,000,000,000,000 in size';
const ID = (kind: number, n: number) => `0b8f3c1e-5a4d-4c1e-9f0a-${kind}0000000000${n}`;
const ESC_TITLE = 'Payments \u001b[2J\u001b]0;pwned\u0007Platform';
const BIDI_TITLE = 'Invoices \u202egnp.exe\u202c paid on time';
const LONG_DIGITS = '9'.repeat(400);

type Json = Record<string, unknown> & { data: Record<string, Record<string, unknown>[]> };

/** The realistic backup, changed by `edit`, with a checksum that matches the change. */
async function backupWith(edit: (file: Json) => void, reseal = true): Promise<string> {
  const file = JSON.parse(await readFile(REALISTIC, 'utf8')) as Json;
  edit(file);
  if (reseal) file.checksum = await checksumOf(file.data);
  return `${JSON.stringify(file, null, 2)}\n`;
}

const realistic = () => readFile(REALISTIC, 'utf8');
const plan = () => readFile(PLAN, 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<Uint8Array | number[]>) =>
  new Uint8Array(parts.flatMap((p) => [...p]));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const row = (cells: string) =>
  `team,quarter,objective,key_result,metric,unit,baseline,target,direction\n${cells}\n`;

// Plain ASCII before the first accented letter, so its byte offset is its index.
const LATIN1 = row('Payments,2027-Q1,Größere Kunden,Umsatz,EUR,,1,2,increase');

/** Each kind of file, how it is made, and what every door answers. */
export const HOSTILE: ReadonlyArray<HostileFile & { make: () => Promise<Uint8Array> }> = [
  // The files a person means to give: every door takes them.
  {
    file: 'backup-valid.json',
    kind: 'a valid backup',
    backup: ok,
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8(await realistic()),
  },
  {
    file: 'backup-format-0.json',
    kind: 'a valid backup of an older format (upgraded)',
    backup: ok,
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8(await readFile(V0, 'utf8')),
  },
  {
    file: 'backup-utf8-bom.json',
    kind: 'a backup saved as UTF-8 with a byte-order mark',
    backup: ok,
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => bytes([0xef, 0xbb, 0xbf], utf8(await realistic())),
  },
  {
    file: 'plan-valid.csv',
    kind: 'a valid plan',
    backup: NOT_JSON,
    plan: ok,
    make: async () => utf8(await plan()),
  },
  {
    file: 'plan-utf8-bom.csv',
    kind: 'a plan saved by Excel as UTF-8 with a byte-order mark',
    backup: NOT_JSON,
    plan: ok,
    make: async () => bytes([0xef, 0xbb, 0xbf], utf8(await plan())),
  },
  {
    file: 'plan-cr-line-ends.csv',
    kind: 'a plan with old Mac (CR) line ends',
    backup: NOT_JSON,
    plan: ok,
    make: async () => utf8((await plan()).replace(/\n/g, '\r')),
  },
  {
    file: 'plan-formula-cells.csv',
    kind: 'a plan whose cells look like spreadsheet formulas',
    backup: NOT_JSON,
    plan: ok,
    make: async () =>
      utf8(
        row(
          'Payments,2027-Q1,"=HYPERLINK(""http://evil.example"",""Click"")",@SUM(A1),+cmd,%,1,2,increase',
        ),
      ),
  },

  // Encodings: every door refuses what is not UTF-8, saying which it is.
  {
    file: 'backup-utf16le-bom.json',
    kind: 'a backup saved as UTF-16 LE (Windows "Unicode")',
    backup: refuse(TEXT_PROBLEMS.utf16),
    plan: refuse(TEXT_PROBLEMS.utf16),
    make: async () => bytes([0xff, 0xfe], utf16le(await realistic())),
  },
  {
    file: 'backup-utf16be-bom.json',
    kind: 'a backup saved as UTF-16 BE',
    backup: refuse(TEXT_PROBLEMS.utf16),
    plan: refuse(TEXT_PROBLEMS.utf16),
    make: async () => bytes([0xfe, 0xff], utf16be(await realistic())),
  },
  {
    file: 'plan-utf16le-no-bom.csv',
    kind: 'a plan in UTF-16 without a byte-order mark',
    backup: refuse(TEXT_PROBLEMS.utf16),
    plan: refuse(TEXT_PROBLEMS.utf16),
    make: async () => utf16le(await plan()),
  },
  {
    file: 'plan-utf32.csv',
    kind: 'a plan in UTF-32',
    backup: refuse(TEXT_PROBLEMS.utf32),
    plan: refuse(TEXT_PROBLEMS.utf32),
    make: async () =>
      bytes(
        [0xff, 0xfe, 0, 0],
        [...utf8('objective\n')].flatMap((b) => [b, 0, 0, 0]),
      ),
  },
  {
    file: 'plan-latin1.csv',
    kind: 'a plan saved as Latin-1 (Windows-1252)',
    backup: refuse(TEXT_PROBLEMS.invalidUtf8(LATIN1.indexOf('ö'))),
    plan: refuse(TEXT_PROBLEMS.invalidUtf8(LATIN1.indexOf('ö'))),
    make: async () => latin1(LATIN1),
  },
  {
    file: 'backup-nul-bytes.json',
    kind: 'a backup with NUL bytes in it',
    backup: refuse(TEXT_PROBLEMS.binary),
    plan: refuse(TEXT_PROBLEMS.binary),
    make: async () =>
      utf8((await realistic()).replace('Payments Platform', 'Payments\u0000Platform')),
  },
  {
    file: 'plan-zip.xlsx',
    kind: 'a spreadsheet (ZIP) instead of a CSV',
    backup: refuse(TEXT_PROBLEMS.binary),
    plan: refuse(TEXT_PROBLEMS.binary),
    make: async () =>
      bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0], utf8('[Content_Types].xml')),
  },
  {
    file: 'plan-jpeg.csv',
    kind: 'a photo named .csv',
    backup: refuse(TEXT_PROBLEMS.invalidUtf8(0)),
    plan: refuse(TEXT_PROBLEMS.invalidUtf8(0)),
    make: async () => bytes([0xff, 0xd8, 0xff, 0xe0], utf8('JFIF')),
  },

  // Not what it claims to be.
  {
    file: 'empty.json',
    kind: 'an empty file',
    backup: refuse(PROBLEMS.empty),
    plan: refuse('the file is empty'),
    make: async () => new Uint8Array(),
  },
  {
    file: 'backup-truncated.json',
    kind: 'a backup cut off half-way',
    backup: NOT_JSON,
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8((await realistic()).slice(0, 2000)),
  },
  {
    file: 'backup-nan.json',
    kind: 'a backup with NaN, which JSON does not have',
    backup: NOT_JSON,
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8((await realistic()).replace('"baseline": 3.2', '"baseline": NaN')),
  },
  {
    file: 'json-array.json',
    kind: 'JSON that is not a backup',
    backup: refuse(PROBLEMS.noMarker),
    plan: refuse('the header has no "objective" column'),
    make: async () => utf8('[1, 2, 3]\n'),
  },
  {
    file: 'backup-future-version.json',
    kind: 'a backup from a newer Quarterdeck',
    backup: refuse(PROBLEMS.future(7)),
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8(await backupWith((f) => (f.formatVersion = 7), false)),
  },
  {
    file: 'backup-tampered.json',
    kind: 'a backup edited by hand (checksum)',
    backup: refuse(PROBLEMS.checksum),
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8(await backupWith((f) => (f.data.keyResults![0]!.target = 0.5), false)),
  },
  {
    file: 'backup-proto-pollution.json',
    kind: 'a backup with a __proto__ key',
    backup: refuse(
      "This backup contains the forbidden key '__proto__' (at data.teams[0].__proto__); it was not written by Quarterdeck.",
    ),
    plan: NO_OBJECTIVE_COLUMN,
    make: async () =>
      utf8(
        (await realistic()).replace(
          '"teams": [\n      {',
          '"teams": [\n      {"__proto__": {"isAdmin": true},',
        ),
      ),
  },
  {
    file: 'backup-deep-nesting.json',
    kind: 'a backup nested 10,000 deep',
    backup: refuse('This backup is nested too deeply'),
    plan: refuse('text after a closing quote'),
    make: async () =>
      utf8(
        `{"format":"quarterdeck-backup","formatVersion":1,"data":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
      ),
  },

  // Values that pass a pattern but break the app.
  {
    file: 'backup-year-0000.json',
    kind: 'a check-in dated in year 0000',
    backup: refuse(
      'Check-in 1 (data.checkIns[0].date): The date must be between 1970-01-01 and 2200-12-31.',
    ),
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8(await backupWith((f) => (f.data.checkIns![0]!.date = '0000-01-15'))),
  },
  {
    file: 'backup-year-2201.json',
    kind: 'a quarter ending in 2201',
    backup: refuse(
      'Quarter 1 (data.cycles[0].endDate): The date must be between 1970-01-01 and 2200-12-31.',
    ),
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8(await backupWith((f) => (f.data.cycles![0]!.endDate = '2201-03-31'))),
  },
  {
    file: 'backup-february-30.json',
    kind: 'a date that does not exist',
    backup: refuse('Check-in 1 (data.checkIns[0].date): Use a real date, written like 2027-01-04.'),
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8(await backupWith((f) => (f.data.checkIns![0]!.date = '2027-02-30'))),
  },
  {
    file: 'backup-timestamp-0000.json',
    kind: 'a row created in year 0000',
    backup: refuse('Team 1 (data.teams[0].createdAt): The time must be between 1970 and 2200.'),
    plan: NO_OBJECTIVE_COLUMN,
    make: async () =>
      utf8(await backupWith((f) => (f.data.teams![0]!.createdAt = '0000-01-01T00:00:00.000Z'))),
  },
  {
    file: 'backup-baseline-1e308.json',
    kind: 'a baseline of 1e308',
    backup: refuse(`Key result 1 (data.keyResults[0].baseline): ${RANGE}.`),
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8(await backupWith((f) => (f.data.keyResults![0]!.baseline = 1e308))),
  },
  {
    file: 'backup-target-1e15.json',
    kind: 'a target of exactly 1e15 (the first number refused)',
    backup: refuse(`Key result 2 (data.keyResults[1].target): ${RANGE}.`),
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8(await backupWith((f) => (f.data.keyResults![1]!.target = 1e15))),
  },
  {
    file: 'backup-400-digit-value.json',
    kind: 'a check-in value of 400 digits (Infinity in JSON)',
    backup: refuse(`Check-in 1 (data.checkIns[0].value): ${RANGE}.`),
    plan: NO_OBJECTIVE_COLUMN,
    make: async () =>
      utf8(
        (await backupWith((f) => (f.data.checkIns![0]!.value = Infinity))).replace(
          '"value": null',
          `"value": ${LONG_DIGITS}`,
        ),
      ),
  },
  {
    file: 'backup-title-too-long.json',
    kind: 'an objective title of 5,000 characters',
    backup: refuse(
      'Objective 1 (data.objectives[0].title): Objective title must be at most 200 characters.',
    ),
    plan: NO_OBJECTIVE_COLUMN,
    make: async () =>
      utf8(await backupWith((f) => (f.data.objectives![0]!.title = 'x'.repeat(5000)))),
  },

  // Rows that do not belong together.
  {
    file: 'backup-kr-in-another-quarter.json',
    kind: 'a key result in another quarter than its objective',
    backup: refuse(
      `Key result 3 (data.keyResults[2].cycleId): objective '${ID(3, 2)}' is in quarter '${ID(2, 1)}', not in quarter '${ID(2, 2)}'.`,
    ),
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8(await backupWith((f) => (f.data.keyResults![2]!.cycleId = ID(2, 2)))),
  },
  {
    file: 'backup-objective-in-another-team.json',
    kind: 'an objective in another team than its quarter',
    backup: refuse(
      `Objective 3 (data.objectives[2].teamId): quarter '${ID(2, 3)}' is in team '${ID(1, 2)}', not in team '${ID(1, 1)}'.`,
    ),
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8(await backupWith((f) => (f.data.objectives![2]!.teamId = ID(1, 1)))),
  },
  {
    file: 'backup-orphan-check-in.json',
    kind: 'a check-in of a key result that is not there',
    backup: refuse(
      "Check-in 1 (data.checkIns[0].keyResultId): key result 'gone' is not in this backup.",
    ),
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8(await backupWith((f) => (f.data.checkIns![0]!.keyResultId = 'gone'))),
  },
  {
    file: 'backup-duplicate-id.json',
    kind: 'two teams with one id',
    backup: refuse(`Team 2 (data.teams[1].id): the id '${ID(1, 1)}' is used twice.`),
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8(await backupWith((f) => (f.data.teams![1]!.id = ID(1, 1)))),
  },

  // Text that attacks whatever shows it: accepted, shown neutralised.
  {
    file: 'backup-escape-sequences.json',
    kind: 'a team name with terminal escape sequences (clear screen, window title)',
    backup: ok,
    plan: NO_OBJECTIVE_COLUMN,
    mustNotPrint: '\u001b',
    make: async () => utf8(await backupWith((f) => (f.data.teams![0]!.name = ESC_TITLE))),
  },
  {
    file: 'backup-bidi-override.json',
    kind: 'a team name with a right-to-left override',
    backup: ok,
    plan: NO_OBJECTIVE_COLUMN,
    mustNotPrint: '\u202e',
    make: async () => utf8(await backupWith((f) => (f.data.teams![0]!.name = BIDI_TITLE))),
  },
  {
    file: 'plan-escape-sequences.csv',
    kind: 'a plan whose titles hold terminal escape sequences',
    backup: NOT_JSON,
    plan: ok,
    mustNotPrint: '\u001b',
    make: async () =>
      utf8(
        row(
          `Payments,2027-Q1,${ESC_TITLE} is reliable,Cut p95 latency from 900 ms to 300 ms,p95 latency,ms,900,300,decrease`,
        ),
      ),
  },
  {
    file: 'plan-bidi-override.csv',
    kind: 'a plan whose titles hold a right-to-left override',
    backup: NOT_JSON,
    plan: ok,
    mustNotPrint: '\u202e',
    make: async () =>
      utf8(
        row(
          `Payments,2027-Q1,${BIDI_TITLE},Cut unpaid invoices from 40 to 10,unpaid invoices,invoices,40,10,decrease`,
        ),
      ),
  },

  // Plans that cannot be imported as they are.
  {
    file: 'plan-400-digit-baseline.csv',
    kind: 'a baseline of 400 digits',
    backup: NOT_JSON,
    plan: refuseRows(`"${LONG_DIGITS}" is too large a number`),
    make: async () =>
      utf8(
        row(
          `Payments,2027-Q1,Paying is effortless,Raise success rate,success rate,%,${LONG_DIGITS},98,increase`,
        ),
      ),
  },
  {
    file: 'plan-baseline-1e15.csv',
    kind: 'a baseline of 1e15',
    backup: NOT_JSON,
    plan: refuseRows('"1e15" is too large a number'),
    make: async () =>
      utf8(
        row(
          'Payments,2027-Q1,Paying is effortless,Raise success rate,success rate,%,1e15,98,increase',
        ),
      ),
  },
  {
    file: 'plan-unit-in-number.csv',
    kind: 'a number with its unit in the cell',
    backup: NOT_JSON,
    plan: refuseRows('"3 s" is not a number (write the unit in the unit column)'),
    make: async () =>
      utf8(row('Payments,2027-Q1,Checkout is fast,Cut LCP,p75 LCP,,3 s,1.5,decrease')),
  },
  {
    file: 'plan-unclosed-quote.csv',
    kind: 'a quote that never closes',
    backup: NOT_JSON,
    plan: refuse('a quoted field opened on line 2 is never closed'),
    make: async () =>
      utf8(row('Payments,2027-Q1,"Paying is effortless,Raise success,rate,%,94,98,increase')),
  },
  {
    file: 'plan-text-after-quote.csv',
    kind: 'text after a closing quote',
    backup: NOT_JSON,
    plan: refuseRows('text after a closing quote'),
    make: async () =>
      utf8(row('Payments,2027-Q1,"Paying is "effortless",Raise success,rate,%,94,98,increase')),
  },
  {
    file: 'plan-no-objective-column.csv',
    kind: 'a CSV without an objective column',
    backup: NOT_JSON,
    plan: NO_OBJECTIVE_COLUMN,
    make: async () => utf8('title,target\nFaster checkout,3\n'),
  },
  {
    file: 'plan-title-too-long.csv',
    kind: 'an objective title of 300 characters',
    backup: NOT_JSON,
    plan: refuseRows('Objective title must be at most 200 characters'),
    make: async () =>
      utf8(row(`Payments,2027-Q1,${'Long '.repeat(60)},Raise success,rate,%,94,98,increase`)),
  },
];

/** The committed bytes of a corpus file. */
export async function hostileBytes(file: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(`${HOSTILE_DIR}${file}`));
}

/** Whether `message` gives `reason` (case aside: a door may start its sentence with a capital). */
export function gives(message: string, reason: string): boolean {
  return message.toLowerCase().includes(reason.toLowerCase());
}
