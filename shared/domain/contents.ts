import { formatCount } from './format';

/**
 * What a team or a quarter holds, counted, so a question before deleting or closing it can say
 * what will happen in numbers ("2 quarters, 7 objectives, 21 key results and 93 check-ins").
 */
export type Contents = {
  quarters?: number;
  objectives: number;
  keyResults: number;
  checkIns: number;
};

const NOUNS: readonly [keyof Contents, string][] = [
  ['quarters', 'quarter'],
  ['objectives', 'objective'],
  ['keyResults', 'key result'],
  ['checkIns', 'check-in'],
];

/** The counts in words, empty kinds left out: "1 quarter, 3 objectives and 12 check-ins". */
export function describeContents(contents: Contents): string {
  const parts = NOUNS.flatMap(([key, noun]) => {
    const n = contents[key];
    return n === undefined || n === 0 ? [] : [formatCount(n, noun)];
  });
  if (parts.length === 0) return 'nothing else';
  if (parts.length === 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** What deleting `name` takes with it, as one sentence: "This deletes 2027-Q1 with …". */
export function deletionSentence(name: string, contents: Contents): string {
  const what = describeContents(contents);
  return what === 'nothing else'
    ? `This deletes ${name}, which holds nothing yet.`
    : `This deletes ${name} with ${what}.`;
}
