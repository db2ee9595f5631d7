/**
 * Wording that opens like work but names none (rules/outputs.ts asks first): a state wished for
 * ("Make pipeline on-call nicer", "Tighten up the … situation", "Fix the app's rough edges"),
 * vague (missing-metric says so); a share done on time or a given way ("Release paperwork
 * completed 48h before discharge for 90% of cases", "80% of claims completed fully online"); and
 * a measure named, then the level it reaches by a date ("mismatches … to zero by Q4").
 */

const DONE_AHEAD_FOR_A_SHARE =
  /^(?:[a-z-]+\s+){1,4}?(?:completed|done|filed|sent|ready|signed off)\s+«\d+»\s+(?:before|ahead of)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s+(?:for|in|on)\s+«\d+»\s+of\b/;
// "80% of retirement claims completed fully online", "60% of returns filed without a call": a
// share of the cases people bring, done a given way, is a rate of how they go, not work we finish.
const DONE_A_WAY_FOR_A_SHARE =
  /«\d+»\s*%?\s+of\s+(?:(?:all|the|our)\s+)?(?:[a-z-]+\s+){0,3}?[a-z-]+s\s+(?:completed|done|submitted|filed|processed|settled|handled|resolved|finished|made)\s+(?:(?:fully|entirely|completely|end-to-end)\s+)?(?:online|digitally|in[- ]app|unaided|self-serve|without|with no|first time|automatically|straight[- ]through|on (?:mobile|the app|the web|their phones?))\b/;
// "Route-data mismatches in the advisory system to zero by Q4": a measure named, then the level
// it reaches by a date, is that level, not a delivery (no verb of work opens it).
const LEVEL_BY_A_DATE =
  /^(?!(?:migrate|move|roll|ship|launch|deploy|build|upgrade|onboard|bring|get|take)\b)(?:[a-z0-9'-]+\s+){1,8}?(?:(?:down|up)\s+)?to\s+(?:zero|none|«\d+»)\s*%?\s+(?:by|before|in)\b/;
// "Tighten up the draw night runbook situation", "Fix the app's rough edges": a wish to have
// something sorted, vague (missing-metric says so), no work named.
const SORTED_OUT =
  /^(?:tighten up|sort out|get on top of|get a grip on|clean up|tidy up)\s+(?:the\s+|our\s+)?(?:[a-z0-9-]+\s+){0,4}?(?:situation|story|mess|picture)$|^(?:fix|smooth(?: out)?|sand down|iron out|polish)\s+(?:the\s+|our\s+)?(?:[a-z0-9'’-]+\s+){0,3}?(?:rough edges|papercuts|paper cuts|niggles|kinks|wrinkles|pain points|annoyances|quirks)$/;
const MADE_BETTER =
  /^make\s+(?:[a-z0-9'-]+\s+){1,6}?(?:nicer|better|easier|simpler|faster|quicker|calmer|safer|smoother|quieter|happier|cleaner|clearer|cheaper|friendlier|less\s+[a-z-]+|more\s+[a-z-]+)$/;

/** True when the KR is a wish or a level, not work (`whole` is the lead, `lead` after a colon). */
export function isWishOrLevel(whole: string, lead: string): boolean {
  return (
    MADE_BETTER.test(lead) ||
    DONE_AHEAD_FOR_A_SHARE.test(lead) ||
    SORTED_OUT.test(lead) ||
    DONE_A_WAY_FOR_A_SHARE.test(whole) ||
    LEVEL_BY_A_DATE.test(whole)
  );
}
