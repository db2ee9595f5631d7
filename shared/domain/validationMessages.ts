import type { z } from 'zod';
import { formatNumber } from './format';

/**
 * The one mapping from a schema's issue to a sentence a person reads. A schema that words its
 * own message ("Team name is required") keeps it; every issue it leaves to zod gets a sentence
 * here instead of zod's developer wording ("Too big: expected string to have <=5000 characters").
 *
 * It works as a zod error map (`schema.safeParse(value, { error: issueSentence })`, which is how
 * the forms' resolver parses) and on an issue already raised with zod's wording
 * ({@link readableIssueMessage}, for errors thrown by a repository's parse).
 */

type Issue = z.core.$ZodRawIssue | z.core.$ZodIssue;

const count = (n: number | bigint) => formatNumber(Number(n));
const plural = (n: number | bigint, one: string, many: string) =>
  `${count(n)} ${Number(n) === 1 ? one : many}`;

const FORMAT_SENTENCES: Readonly<Record<string, string>> = {
  date: 'Enter a date like 2027-03-31.',
  datetime: 'Enter a date and time.',
  email: 'Enter an email address.',
  url: 'Enter a web address.',
  uuid: 'This is not a valid id.',
};

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const length = 'input' in issue && typeof issue.input === 'string' ? issue.input.length : null;
  switch (issue.origin) {
    case 'string':
      return `Keep this to ${plural(issue.maximum, 'character', 'characters')} or fewer${
        length === null ? '' : ` (it has ${count(length)})`
      }.`;
    case 'array':
    case 'set':
      return `Choose at most ${count(issue.maximum)}.`;
    default:
      return issue.inclusive
        ? `Use ${count(issue.maximum)} or less.`
        : `Use a number below ${count(issue.maximum)}.`;
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  switch (issue.origin) {
    case 'string':
      return Number(issue.minimum) <= 1
        ? 'This is required.'
        : `Use at least ${plural(issue.minimum, 'character', 'characters')}.`;
    case 'array':
    case 'set':
      return Number(issue.minimum) <= 1
        ? 'Choose at least one.'
        : `Choose at least ${count(issue.minimum)}.`;
    default:
      return issue.inclusive
        ? `Use ${count(issue.minimum)} or more.`
        : `Use a number above ${count(issue.minimum)}.`;
  }
}

function invalidType(issue: Extract<Issue, { code: 'invalid_type' }>): string {
  if ('input' in issue && (issue.input === undefined || issue.input === null)) {
    return 'This is required.';
  }
  switch (issue.expected) {
    case 'int':
      return 'Use a whole number.';
    case 'number':
    case 'bigint':
      return 'Enter a number.';
    case 'date':
      return 'Enter a date.';
    default:
      return 'This value is not accepted.';
  }
}

/**
 * The sentence for one issue, as a zod error map: undefined leaves a message the schema wrote
 * itself in place (zod asks the map only for issues the schema did not word).
 */
export function issueSentence(issue: Issue): string {
  switch (issue.code) {
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_type':
      return invalidType(issue);
    case 'invalid_format':
      return FORMAT_SENTENCES[issue.format] ?? 'This is not in the expected form.';
    case 'invalid_value':
      return 'Choose one of the options offered.';
    case 'not_multiple_of':
      return `Use a multiple of ${count(issue.divisor)}.`;
    case 'unrecognized_keys':
      return 'This has fields that are not expected.';
    default:
      return 'This value is not accepted.';
  }
}

// zod's own English wording starts with one of these; a schema's message never does.
const ZOD_WORDING = /^(Too big|Too small|Invalid|Unrecognized key)/;

/** An issue's message for a person: the schema's own words, or the sentence for zod's. */
export function readableIssueMessage(issue: z.core.$ZodIssue): string {
  return issue.code === 'custom' || !ZOD_WORDING.test(issue.message)
    ? issue.message
    : issueSentence(issue);
}

/** "wrongAssumptions" → "Wrong assumptions": a field's key as a person would name it. */
export function fieldName(key: PropertyKey): string {
  const words = String(key)
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A whole validation error as one short paragraph: each field named, with its first problem.
 * For errors that reach a form-level message or a toast rather than a field.
 */
export function describeValidationError(error: z.ZodError): string {
  const byField = new Map<string, string>();
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? fieldName(issue.path[0] as PropertyKey) : '';
    if (!byField.has(key)) byField.set(key, readableIssueMessage(issue));
  }
  if (byField.size === 0) return 'Something in this form is not accepted.';
  return [...byField]
    .map(([field, message]) => (field ? `${field}: ${message}` : message))
    .join(' ');
}
