import { AT_LEAST_BEFORE, AT_MOST_BEFORE } from './numberPhrases';
import type { Quantity } from './quantities';

/**
 * Whether the number a KR aims for is a ceiling ("under 15 min", "30 days or less"), a floor
 * ("at least 99.9 %", "99.5 % or better") or a plain value to reach.
 */

// "No clinic waits more than 20 minutes", "never slower than 3 s": a floor denied is a ceiling.
const NEGATED_FLOOR =
  /\b(?:no|none of (?:the|our)|never)\s+(?:[a-z0-9-]+\s+){0,3}?(?:more|longer|later|slower|over|above|beyond|greater)\s+(?:than\s+)?$/;

// "Keep renewals at no less than 80%", "not below 95%": a ceiling denied is a floor.
const NEGATED_CEILING =
  /\b(?:no|not|never)\s+(?:less|fewer|lower|below|under|shorter|smaller)\s+(?:than\s+)?$/;

// "Stay within the 48-hour resolution time", "above the 95% in our contract": a bound on a level
// named with an article is still a bound.
// (A word, not the end of one: "less than " does not end with the article "an".)
const ARTICLE_AFTER = /\b(?:the|an?|our|their|its)\s+$/;
// "30 days or less", "99.5% or better": the bound written after the number.
const AT_MOST_AFTER = /^\s*(?:[a-z%]+\s+)?or\s+(?:less|fewer|lower|below|under|sooner)\b/;
// ("99.5%+", "4.5+ stars": a plus right after the number is "or more".)
const AT_LEAST_AFTER =
  /^\s*(?:[a-z%]+\s+)?or\s+(?:more|higher|above|over|better|greater)\b|^\+(?![\d+])/;

export function boundOf(text: string, target: Quantity | null): 'at-most' | 'at-least' | null {
  if (!target || target.end <= target.start) return null;
  let before = text.slice(Math.max(0, target.start - 30), target.start);
  if (NEGATED_FLOOR.test(before)) return 'at-most';
  if (NEGATED_CEILING.test(before)) return 'at-least';
  const article = ARTICLE_AFTER.exec(before);
  if (article) before = before.slice(0, article.index);
  // "Availability up to the 99.95% in our agreement": "up to the" names a level to climb to;
  // only a bare "up to 4 hours" is a ceiling.
  if (article && /\bup to\s+$/.test(before)) return null;
  if (AT_MOST_BEFORE.test(before)) return 'at-most';
  if (AT_LEAST_BEFORE.test(before)) return 'at-least';
  const after = text.slice(target.end, target.end + 24);
  return AT_MOST_AFTER.test(after) ? 'at-most' : AT_LEAST_AFTER.test(after) ? 'at-least' : null;
}
