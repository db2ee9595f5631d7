import { writeFileAtomic } from '../../electron/main/atomicWrite';
import { sha256HexNode } from '../../electron/main/sha256';
import { describeFsError, readTextFile } from '../../electron/main/textFile';
import type { BackupData, BackupTable } from '../../shared/backup/fileFormat';
import type { LinkRows } from '../../shared/backup/keptRows';
import { readBackupRows, type RowPicker } from '../../shared/backup/readRows';
import {
  buildReviewDocument,
  reviewFileName,
  type QuarterData,
} from '../../shared/documents/model';
import type { ReviewDocument } from '../../shared/documents/types';
import { EXIT, isFolder, type CliIo } from './io';

/**
 * Each format's writer and the file name it gets by default (the same names the app suggests).
 * A writer is loaded only when its format is asked for: the Word writer's library alone takes
 * longer to load than a Markdown review takes to write.
 */
const FORMATS = {
  md: {
    charts: false,
    ext: 'md',
    suffix: undefined,
    load: async () => (await import('../../shared/documents/markdown')).toMarkdown,
  },
  html: {
    charts: true,
    ext: 'html',
    suffix: undefined,
    load: async () => (await import('../../shared/documents/html')).toHtml,
  },
  docx: {
    charts: true,
    ext: 'docx',
    suffix: undefined,
    load: async () => (await import('../../shared/documents/docx')).toDocx,
  },
  csv: {
    charts: false,
    ext: 'csv',
    suffix: 'key-results',
    load: async () => (await import('../../shared/documents/csv')).toKeyResultsCsv,
  },
  'csv-checkins': {
    charts: false,
    ext: 'csv',
    suffix: 'check-ins',
    load: async () => (await import('../../shared/documents/csv')).toCheckInsCsv,
  },
} satisfies Record<
  string,
  {
    /** Whether the format draws the key results' charts (the others need none modelled). */
    charts: boolean;
    ext: string;
    /** The file name's last part; the document's own (`review`, `plan`) when undefined. */
    suffix: string | undefined;
    load: () => Promise<(doc: ReviewDocument) => string | Promise<Uint8Array>>;
  }
>;
type Format = keyof typeof FORMATS;
const FORMAT_NAMES = Object.keys(FORMATS) as Format[];

const OPTIONS = ['--team', '--quarter', '--format', '--out'] as const;
type Option = (typeof OPTIONS)[number];

/** What the command line asked for, or the one-line reason it cannot be done. */
type ExportRequest = {
  backup: string;
  team: string;
  quarter: string;
  format: Format;
  out: string | null;
};
type Parsed = { ok: true; request: ExportRequest } | { ok: false; reason: string };

const isOption = (arg: string): arg is Option => (OPTIONS as readonly string[]).includes(arg);
const isFormat = (name: string): name is Format => (FORMAT_NAMES as string[]).includes(name);

/** Parses `BACKUP.json --team NAME --quarter LABEL --format F [--out FILE]`, in any order. */
export function parseExportArgs(argv: readonly string[]): Parsed {
  const values = new Map<Option, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!name.startsWith('-') || name === '-') {
      positional.push(arg);
      continue;
    }
    if (!isOption(name)) return { ok: false, reason: `unknown option ${name}` };
    let value: string | undefined = arg.slice(eq + 1);
    if (eq < 0) {
      i += 1;
      value = argv[i];
    }
    if (value === undefined || value.trim() === '' || (eq < 0 && value.startsWith('--'))) {
      return { ok: false, reason: `${name} needs a value` };
    }
    if (values.has(name)) return { ok: false, reason: `${name} is given more than once` };
    values.set(name, value);
  }
  const [backup, extra] = positional;
  if (backup === undefined) return { ok: false, reason: 'export needs a backup file or folder' };
  if (extra !== undefined) return { ok: false, reason: `unexpected argument "${extra}"` };
  const team = values.get('--team');
  const quarter = values.get('--quarter');
  const format = values.get('--format');
  if (team === undefined) return { ok: false, reason: 'export needs --team NAME' };
  if (quarter === undefined) return { ok: false, reason: 'export needs --quarter LABEL' };
  if (format === undefined) {
    return { ok: false, reason: `export needs --format ${FORMAT_NAMES.join('|')}` };
  }
  if (!isFormat(format)) {
    return {
      ok: false,
      reason: `unknown format "${format}" (use ${FORMAT_NAMES.join(', ')})`,
    };
  }
  return { ok: true, request: { backup, team, quarter, format, out: values.get('--out') ?? null } };
}

const same = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

const listed = (names: readonly string[]): string =>
  names.length === 0 ? 'none' : names.map((n) => `"${n}"`).join(', ');

/** The tables {@link quarterFromBackup} reads only the chosen quarter's rows of. */
const QUARTER_TABLES: ReadonlySet<BackupTable> = new Set([
  'objectives',
  'keyResults',
  'checkIns',
  'keyResultRetros',
  'cycleRetros',
  'dependencies',
  'effortEntries',
] as const satisfies readonly (keyof BackupData)[]);

/**
 * What an export of `teamName`'s quarter `label` reads: every team (to find it, or to list them
 * when it is not there), the team's quarters (to find the chosen one, or to list them), the
 * chosen quarter's rows, and only the links of the key results of the team's other quarters
 * (the review's history follows a carried key result back through them and reads nothing else
 * of them). Rows that must hang together stay together: an objective, key result, check-in,
 * retro or dependency is in its quarter, and a quarter follows one of its own team's.
 */
export function quarterRows(teamName: string, label: string): RowPicker {
  return ({ teams, cycles }) => {
    const teamIds = new Set(teams.filter((t) => same(String(t.name), teamName)).map((t) => t.id));
    const teamCycles = cycles.filter((c) => teamIds.has(c.teamId));
    const cycleIds = new Set(teamCycles.map((c) => c.id));
    // The quarter a team's quarter follows is kept even when another team's, so that such a
    // link is still refused (a quarter follows one of its own team's).
    const previousIds = new Set(teamCycles.map((c) => c.previousCycleId));
    const chosen = new Set(teamCycles.filter((c) => same(String(c.label), label)).map((c) => c.id));
    // One quarter is the usual case: comparing each row's id with it beats hashing them all.
    const [only] = chosen;
    const inChosen =
      chosen.size === 1
        ? (cycleId: unknown) => cycleId === only
        : (cycleId: unknown) => chosen.has(cycleId);
    return (table, row) => {
      if (table === 'teams') return true;
      if (table === 'cycles') return cycleIds.has(row.id) || previousIds.has(row.id);
      if (table === 'keyResults' && !inChosen(row.cycleId)) {
        return cycleIds.has(row.cycleId) && 'links';
      }
      return QUARTER_TABLES.has(table) && inChosen(row.cycleId);
    };
  };
}

/**
 * One quarter's rows out of a backup, or the one-line reason it is not there. `links` holds the
 * key results read only for their links (see {@link quarterRows}); a whole backup has none.
 */
export function quarterFromBackup(
  data: BackupData,
  teamName: string,
  label: string,
  now: Date = new Date(),
  links: LinkRows = {},
): { ok: true; quarter: QuarterData } | { ok: false; reason: string } {
  const teams = data.teams.filter((t) => same(t.name, teamName));
  const [team] = teams;
  if (team === undefined || teams.length > 1) {
    const why = teams.length > 1 ? 'more than one team is called' : 'no team';
    return {
      ok: false,
      reason: `${why} "${teamName.trim()}" (teams: ${listed(data.teams.map((t) => t.name))})`,
    };
  }
  const cycles = data.cycles.filter((c) => c.teamId === team.id);
  const cycle = cycles.find((c) => same(c.label, label));
  if (cycle === undefined) {
    return {
      ok: false,
      reason: `${team.name} has no quarter "${label.trim()}" (quarters: ${listed(cycles.map((c) => c.label))})`,
    };
  }
  const inCycle = <T extends { cycleId: string }>(rows: readonly T[]): T[] =>
    rows.filter((r) => r.cycleId === cycle.id);
  return {
    ok: true,
    quarter: {
      team,
      cycle,
      objectives: inCycle(data.objectives),
      keyResults: inCycle(data.keyResults),
      checkIns: inCycle(data.checkIns),
      keyResultRetros: inCycle(data.keyResultRetros),
      cycleRetro: inCycle(data.cycleRetros)[0] ?? null,
      dependencies: inCycle(data.dependencies),
      effortEntries: inCycle(data.effortEntries),
      history: {
        cycles,
        keyResults: [...data.keyResults, ...(links.keyResults ?? [])].filter((kr) =>
          cycles.some((c) => c.id === kr.cycleId),
        ),
      },
      generatedAt: now.toISOString(),
    },
  };
}

/**
 * `quarterdeck export BACKUP.json --team NAME --quarter LABEL --format F [--out FILE]`: builds
 * one quarter's review from a backup and writes it in one format. Prints one line and returns
 * 0, or writes one line saying what is wrong and returns 2.
 */
export async function exportReviewFromBackup(
  argv: readonly string[],
  io: CliIo,
  now: Date = new Date(),
): Promise<number> {
  const fail = (reason: string): number => {
    io.stderr(`quarterdeck: ${reason}\n`);
    return EXIT.failure;
  };
  const parsed = parseExportArgs(argv);
  if (!parsed.ok) return fail(parsed.reason);
  const { backup, team, quarter, format, out } = parsed.request;

  // The writer loads while the file is read and checked.
  const spec = FORMATS[format];
  const writer = spec.load();
  // Awaited below; a file refused first must not leave its failure unhandled.
  writer.catch(() => undefined);
  let data: BackupData;
  let links: LinkRows = {};
  if (await isFolder(backup)) {
    // A workspace folder: files that cannot be read are named, the quarter may still be there.
    // Its reader (which brings the KR coach for `lint`) is loaded only for a folder.
    const { readWorkspaceFolder } = await import('./folder');
    const folder = await readWorkspaceFolder(backup, io);
    if ('failed' in folder) return fail(folder.failed);
    data = folder.data;
  } else {
    const text = await readTextFile(backup);
    if (!text.ok) return fail(`${backup}: ${text.problem}`);
    // The checksum is taken of the bytes as read, not of the data serialised again. The whole
    // file is checked, but only the rows of the quarter (and its history's links) against the
    // schemas: the others are not used.
    const read = await readBackupRows(text.text, quarterRows(team, quarter), {
      sourceBytes: text.bytes,
      sha256Hex: sha256HexNode,
    });
    if (!read.ok) return fail(`${backup}: ${read.problem}`);
    data = read.data;
    links = read.links;
  }
  const found = quarterFromBackup(data, team, quarter, now, links);
  if (!found.ok) return fail(`${backup}: ${found.reason}`);

  const doc = buildReviewDocument(found.quarter, { charts: spec.charts });
  const target = out ?? reviewFileName(doc, spec.ext, spec.suffix);
  const write = await writer;
  try {
    await writeFileAtomic(target, await write(doc));
  } catch (error) {
    return fail(`cannot write ${target}: ${describeFsError(error, 'no such folder')}`);
  }
  io.stdout(`Wrote ${doc.cover.teamName} ${doc.cover.quarter} review (${format}) to ${target}\n`);
  return EXIT.ok;
}
