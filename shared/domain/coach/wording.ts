// How the coach splices the person's words and its own lists into one sentence.

// Only a first word with one capital, its first letter, is lowered: "NPS", "MTTR", "iOS" stay.
const CAPITALISED_WORD = /^[A-Z][^A-Z]*$/;

/**
 * A metric as it reads inside a sentence: "Same-day settlement rate" → "same-day settlement rate".
 * Its first letter stays as typed for an acronym ("MTTR", "NPS score") or a name, which is a word
 * the title also capitalises mid-sentence ("Acme orders" beside "Grow Acme orders ...").
 */
export function metricInSentence(metric: string, title: string): string {
  const first = /^\S+/.exec(metric)?.[0] ?? '';
  if (!CAPITALISED_WORD.test(first)) return metric;
  const isNameInTitle = new RegExp(`\\s${escapeRegExp(first)}\\b`).test(title);
  if (isNameInTitle) return metric;
  return first.charAt(0).toLowerCase() + metric.slice(1);
}

/**
 * A lead and what it introduces, with one colon however the detail is written: a detail with its
 * own list after a colon ("what the calls are for: meetings booked, orders won") gives that list
 * as examples instead ("…: what the calls are for, such as meetings booked, orders won").
 */
export function leadAndDetail(lead: string, detail: string): string {
  const colon = detail.indexOf(': ');
  if (colon < 0) return `${lead}: ${detail}`;
  return `${lead}: ${detail.slice(0, colon)}, such as ${detail.slice(colon + 2)}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
