import { DEADLINE } from '../text/lexicon';
import { normalizeText } from '../text/normalize';

/**
 * A named party's order or deliverable, due by their date or occasion: "Deliver the 120 kits
 * ordered by the RNLI before their 30 September deadline", "Deliver the Worshipful Company of
 * Goldsmiths' 12 cups before their banquet on 10 October", "Rebuild Chatsworth's 200 metres of
 * wall before their open weekend". The things are theirs (a possessive name, or ordered,
 * commissioned or promised to a name) and the date is theirs or a deadline, so the KR is a
 * promise to them whatever the verb of making. Things made at a rate for no one in particular
 * ("Stitch 40 hassocks a month for the shop") and a measure of how deliveries go stay as they are.
 */

// "before NFL kickoff", "before Easter", "in time for the spring opening": a date set by an
// occasion, as a deadline is, for a deliverable handed to a named party.
export const BEFORE_AN_OCCASION =
  /\b(?:before|ahead of|in time for)\s+(?:the\s+)?(?:[a-z0-9'-]+\s+){0,2}?(?:kick-?off|opening|season|start|launch|go-live|open day|reopening|easter|christmas|new year|half-term|term|switch-?off|switchover|shutdown|sunset|cut-?off|turn-?off|retirement|decommissioning)\b/;

// The party's things: "Chatsworth's 200 metres", "Goldsmiths' 12 cups", "for Tate St Ives'
// summer exhibition", or things ordered, commissioned or promised to a capitalised name, or made
// to the party's own order named after them ("… T-shirts by 1 August as per their purchase order").
const THEIR_THINGS =
  /\b(?:as per|per|under|in line with|according to)\s+their\s+(?:[a-z-]+\s+){0,2}?(?:order|po)s?\b|\b[A-Z][\w&.-]*(?:['’]s|s['’])\s+(?:\d[\d,.]*|all|every|the)\s|\b(?:ordered|commissioned|requested|bought|booked)\s+by\s+(?:the\s+)?[A-Z]|\bpromised\s+(?:to|for)\s+(?:the\s+)?[A-Z]/;

// Their date or occasion: "before their banquet", "ahead of their AGM", "by their deadline",
// or an occasion with its date ("before the show on 12 May").
const THEIR_DATE =
  /\b(?:before|ahead of|in time for)\s+their\b|\bby\s+their\s+(?:[a-z0-9-]+\s+){0,3}?(?:deadline|date|day)\b|\b(?:before|ahead of|in time for)\s+(?:the\s+)?(?:[a-z0-9'-]+\s+){1,3}?on\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

/** True when the text hands a named party its own things by its own date or a deadline. */
export function isTheirOrderByTheirDate(raw: string): boolean {
  if (!THEIR_THINGS.test(raw)) return false;
  const text = normalizeText(raw);
  return THEIR_DATE.test(text) || DEADLINE.test(text);
}
