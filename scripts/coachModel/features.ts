import { extractNumbers } from '../../shared/domain/coach/text/extract';
import { normalizeText, stripLead } from '../../shared/domain/coach/text/normalize';
import { namedOrganisations } from '../../shared/domain/coach/text/parties';

/**
 * The features a linear model reads from a key result: word stems, word pairs, the opening
 * verb, and the shape of its numbers. Numbers become their kind ("#pct", "#time"), so the
 * model learns "a percentage of teams" rather than "80". Spelling is folded (organise →
 * organize, centre → center) so British and American wording share weights.
 */

const SPELLING: readonly [RegExp, string][] = [
  [/iour$/, 'ior'],
  [/isation$/, 'ization'],
  [/is(e|es|ed|ing)$/, 'iz$1'],
  [/yse$/, 'yze'],
  [/^centre/, 'center'],
  [/^catalogue/, 'catalog'],
  [/^programme/, 'program'],
  [/^licence/, 'license'],
  [/^enrol$/, 'enroll'],
  [/^enrolment$/, 'enrollment'],
];

/** A crude stem: folded spelling, then plural and verb endings dropped. */
export function stem(word: string): string {
  let w = word;
  for (const [re, to] of SPELLING) w = w.replace(re, to);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const KIND: Readonly<Record<string, string>> = {
  percent: '#pct',
  time: '#time',
  money: '#money',
  size: '#size',
  factor: '#x',
  points: '#pts',
  none: '#n',
};

/** The words of a KR title with numbers replaced by their kind. */
export function modelTokens(title: string): string[] {
  const text = normalizeText(title);
  const numbers = extractNumbers(text);
  const masked = numbers.masked.replace(/«(\d+)»/g, (_m, i: string) => {
    const q = numbers.quantities[Number(i)];
    return ` ${KIND[q?.dimension ?? 'none'] ?? '#n'} `;
  });
  return stripLead(masked)
    .split(/[^a-z0-9#]+/)
    .filter((t) => t !== '')
    .map(stem);
}

/** What the model needs from a key result. */
export interface ModelInput {
  title: string;
  metric?: string;
  baseline: number | null;
  target: number | null;
}

/** The sparse binary features of one key result, sorted and without duplicates. */
export function modelFeatures(kr: ModelInput): string[] {
  const tokens = modelTokens(kr.title);
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    out.add(`w:${t}`);
    const next = tokens[i + 1];
    if (next) out.add(`b:${t}_${next}`);
  });
  if (tokens[0]) out.add(`l:${tokens[0]}`);
  for (const t of (kr.metric ?? '').toLowerCase().split(/[^a-z0-9]+/)) {
    if (t) out.add(`m:${stem(t)}`);
  }
  const numbers = extractNumbers(normalizeText(kr.title));
  if (numbers.hasFromTo) out.add('s:from-to');
  if (numbers.hasComparatorTarget) out.add('s:bound');
  if (numbers.relative) out.add('s:relative');
  if (numbers.quantities.length === 0) out.add('s:no-number');
  if (kr.baseline !== null || kr.target !== null) out.add('s:field-numbers');
  if (kr.baseline === 0 && kr.target === 1) out.add('s:zero-to-one');
  if (namedOrganisations(kr.title).length > 0) out.add('s:named');
  return [...out].sort();
}
