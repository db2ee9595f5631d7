import type { z } from 'zod';
import { formatCount, formatNumber } from '../domain/format';
import { NUMBER_RANGE_MESSAGE } from '../domain/numbers';
import { BACKUP_FORMAT, BACKUP_TABLES, ROW_LABELS, type BackupTable } from './fileFormat';

/** The one-line messages a rejected file gets; tests and the UI may match on them. */
export const PROBLEMS = {
  empty: 'This is not a Quarterdeck backup: the file is empty.',
  notJson: 'This is not a Quarterdeck backup: the file is not JSON (it may be truncated).',
  noMarker: `This is not a Quarterdeck backup: it has no '${BACKUP_FORMAT}' format marker.`,
  noVersion: "This backup has no valid format version: 'formatVersion' must be a whole number.",
  future: (version: number) =>
    `This backup was made by a newer Quarterdeck (format ${version}); update the app to restore it.`,
  tooOld: (version: number) =>
    `This backup uses format ${version}, which this version of Quarterdeck can no longer read.`,
  checksum: "The backup's checksum does not match its contents: the file was changed or damaged.",
  forbiddenKey: (key: string, path: string) =>
    `This backup contains the forbidden key '${key}' (at ${path}); it was not written by Quarterdeck.`,
  tooDeep: (path: string) =>
    `This backup is nested too deeply (at ${path}); it was not written by Quarterdeck.`,
  upgrade: (version: number, reason: string) =>
    `This backup (format ${version}) could not be upgraded: ${reason}.`,
  unexpected: (reason: string) => `This backup could not be read: ${reason}.`,
} as const;

/** `data.keyResults[2].target` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

const isTable = (value: PropertyKey | undefined): value is BackupTable =>
  BACKUP_TABLES.some((t) => t === value);

/** "Key result 3" for a path inside data.keyResults[2], "Backup header" outside `data`. */
export function subjectOf(path: readonly PropertyKey[]): string {
  const [root, table, index] = path;
  if (root !== 'data') return 'Backup header';
  if (!isTable(table)) return 'Backup data';
  return typeof index === 'number' ? `${ROW_LABELS[table]} ${index + 1}` : `Table '${table}'`;
}

/** "Key result 3 (data.keyResults[2].target): expected a number." */
export function locate(path: readonly PropertyKey[], message: string): string {
  return `${subjectOf(path)} (${formatPath(path)}): ${message}.`;
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/** "draft", "proposed" or "agreed" */
function choices(values: readonly unknown[]): string {
  const words = values.map((v) => JSON.stringify(v) ?? String(v));
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words.join('');
}

const countOf = (n: number | bigint, one: string) => formatCount(Number(n), one);

/**
 * A bound a field breaks, worded about the file rather than zod's developer wording ("Too big:
 * expected string to have <=64 characters"). A person reading it is repairing or reporting a
 * file, not filling in a form, so it says what the value is and what is allowed.
 */
function describeBound(issue: z.core.$ZodIssue): string | null {
  if (issue.code === 'invalid_value') return `must be ${choices(issue.values)}`;
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum);
    if (issue.origin === 'string') return `is longer than the ${countOf(max, 'character')} allowed`;
    if (issue.origin === 'array' || issue.origin === 'set')
      return `has more than ${countOf(max, 'item')}`;
    if (max >= Number.MAX_SAFE_INTEGER) return 'is too large';
    return issue.inclusive
      ? `is above the highest allowed value, ${formatNumber(max)}`
      : `must be below ${formatNumber(max)}`;
  }
  if (issue.code === 'too_small') {
    const min = Number(issue.minimum);
    if (issue.origin === 'string')
      return min <= 1 ? 'is empty' : `is shorter than the ${countOf(min, 'character')} required`;
    if (issue.origin === 'array' || issue.origin === 'set')
      return min <= 1 ? 'is empty' : `has fewer than ${countOf(min, 'item')}`;
    if (min <= -Number.MAX_SAFE_INTEGER) return 'is too small';
    return issue.inclusive
      ? `is below the lowest allowed value, ${formatNumber(min)}`
      : `must be above ${formatNumber(min)}`;
  }
  return null;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  if (issue.code === 'unrecognized_keys') return `unexpected keys ${issue.keys.join(', ')}`;
  let value: unknown = root;
  for (const part of issue.path) {
    const next: unknown =
      typeof value === 'object' && value !== null && Object.hasOwn(value, part)
        ? Reflect.get(value, part)
        : undefined;
    value = next;
  }
  // A field that is not there is missing, whatever the schema expected of it.
  if (value === undefined) return 'is missing';
  // JSON reads a number too large for a double (1e400, 400 digits) as Infinity.
  if (typeof value === 'number' && !Number.isFinite(value)) return NUMBER_RANGE_MESSAGE;
  if (issue.code === 'invalid_type') return `expected ${article(issue.expected)}`;
  // A schema's own wording ("Use a time written like …") is kept; zod's is reworded.
  const zodWording = /^(Too big|Too small|Invalid option|Invalid input)/.test(issue.message);
  return (zodWording ? describeBound(issue) : null) ?? issue.message.replace(/\.$/, '');
}

/** The first schema problem, located; with how many more there are. */
export function describeZodError(error: z.ZodError, root: unknown): string {
  const [first, ...more] = error.issues;
  if (!first) return PROBLEMS.unexpected('the schema check failed');
  const line = locate(first.path, describeIssue(first, root));
  return more.length > 0
    ? `${line.slice(0, -1)} (and ${formatCount(more.length, 'more problem')}).`
    : line;
}
