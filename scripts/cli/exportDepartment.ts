import { writeFileAtomic } from '../../electron/main/atomicWrite';
import { sha256HexNode } from '../../electron/main/sha256';
import { describeFsError, readTextFile } from '../../electron/main/textFile';
import { readBackup } from '../../shared/backup/read';
import { departmentFromBackup } from '../../shared/documents/department/fromBackup';
import { departmentToHtml } from '../../shared/documents/department/html';
import { departmentToMarkdown } from '../../shared/documents/department/markdown';
import { departmentFileName } from '../../shared/documents/department/model';
import { EXIT, type CliIo } from './io';

const WRITERS = { md: departmentToMarkdown, html: departmentToHtml } as const;
type Format = keyof typeof WRITERS;
const isFormat = (name: string): name is Format => name === 'md' || name === 'html';

/** The value after `--name` or in `--name=value`; null when absent, an error when it is empty. */
function option(argv: readonly string[], name: string): string | null | Error {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith(`${name}=`))
      return arg.slice(name.length + 1) || new Error(`${name} needs a value`);
    if (arg === name) {
      const value = argv[i + 1];
      return value && !value.startsWith('--') ? value : new Error(`${name} needs a value`);
    }
  }
  return null;
}

/**
 * `quarterdeck export BACKUP.json --organisation --quarter LABEL --format md|html [--out FILE]`:
 * the department review of one quarter across every team of the backup. Prints one line and
 * returns 0, or one line saying what is wrong and returns 2.
 */
export async function exportDepartmentFromBackup(
  argv: readonly string[],
  io: CliIo,
  now: Date = new Date(),
): Promise<number> {
  const fail = (reason: string): number => {
    io.stderr(`quarterdeck: ${reason}\n`);
    return EXIT.failure;
  };
  const rest = argv.filter((a) => a !== '--organisation');
  const quarter = option(rest, '--quarter');
  const format = option(rest, '--format');
  const out = option(rest, '--out');
  for (const value of [quarter, format, out])
    if (value instanceof Error) return fail(value.message);
  if (option(rest, '--team') !== null)
    return fail('--organisation covers every team: leave out --team');
  if (typeof quarter !== 'string') return fail('export --organisation needs --quarter LABEL');
  if (typeof format !== 'string') return fail('export --organisation needs --format md|html');
  if (!isFormat(format))
    return fail(`unknown format "${format}" for --organisation (use md, html)`);
  const known = new Set(['--quarter', '--format', '--out']);
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? '';
    if (known.has(arg)) i += 1;
    else if (arg.startsWith('--') && known.has(arg.split('=')[0] ?? '')) continue;
    else if (arg.startsWith('-') && arg !== '-') return fail(`unknown option ${arg}`);
    else positional.push(arg);
  }
  const [backup, extra] = positional;
  if (backup === undefined) return fail('export needs a backup file');
  if (extra !== undefined) return fail(`unexpected argument "${extra}"`);

  const text = await readTextFile(backup);
  if (!text.ok) return fail(`${backup}: ${text.problem}`);
  const read = await readBackup(text.text, { sourceBytes: text.bytes, sha256Hex: sha256HexNode });
  if (!read.ok) return fail(`${backup}: ${read.problem}`);
  const found = departmentFromBackup(read.file.data, quarter, now);
  if (!found.ok) return fail(`${backup}: ${found.reason}`);
  const target = (typeof out === 'string' ? out : null) ?? departmentFileName(found.review, format);
  try {
    await writeFileAtomic(target, WRITERS[format](found.review));
  } catch (error) {
    return fail(`cannot write ${target}: ${describeFsError(error, 'no such folder')}`);
  }
  io.stdout(`Wrote the ${found.review.quarter} department review (${format}) to ${target}\n`);
  return EXIT.ok;
}
