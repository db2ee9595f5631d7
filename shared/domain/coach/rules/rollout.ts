import { INTERNAL_UNIT } from '../text/units';

/**
 * Work spread across a share of what the organisation runs: "Instrument 100 % of services with
 * tracing (from 15 %)", "Adopt the design system in 80 % of web screens", "Run 40 services on
 * Kubernetes, up from 5". A baseline and a target do not make these outcomes: they count how
 * far the work has got, not what it changed.
 */

// Verbs that put something in place across the estate, or put the estate on something ("cut …
// over to" is the phrasal verb of a cutover, its object between).
const SPREAD_VERB =
  '(?:adopt|instrument|migrate|move|shift|transfer|relocate|re-?host|re-?point|port|containeri[sz]e|dockeri[sz]e|publish|list|catalog(?:ue)?|onboard|roll out|enable|turn on|switch on|activate|deploy|install|register|tag|label|upgrade|convert|integrate|connect|enrol|enroll|switch|standardi[sz]e|apply|bring|put|run|host|cut(?=\\s+(?:\\S+\\s+){1,6}?over\\s+(?:to|onto|on to)\\b))';
// A share of the whole, or all of it: "80% of", "all", "every", "40".
const SHARE = '(?:«\\d+»(?:\\s+of)?|all(?:\\s+of)?|every|each)';
// What the estate is made of, with the screens and pages a design system spreads across, and
// the records a migration moves ("Transfer 50% of customer records to the new CRM").
const ESTATE = `(?:${INTERNAL_UNIT}|screens?|pages?|flows?|journeys?|forms?|surfaces?|consoles?|portals?|devices?|laptops?|machines?|workstations?|records)`;

// Words qualifying the estate ("customer-facing", "web"), not a new phrase ("on category pages").
// "new" things are made, not spread to ("Deploy 8 new ML models"); "down to 6 per site" is a
// rate per site, not sites counted.
const MODIFIERS =
  '(?:(?!(?:on|in|at|for|to|of|by|with|from|per|new|more|additional|extra|fresh)\\b)[a-z0-9-]+\\s+){0,2}?';

const SPREAD = new RegExp(
  `^${SPREAD_VERB}\\s+(?:\\S+\\s+){0,5}?${SHARE}\\s+(?:(?:the|our|their)\\s+)?${MODIFIERS}${ESTATE}\\b`,
);
// "with zero downtime", "without a manual step", "in under 30 minutes": how well the work is done
// each time, which is an outcome ("Deploy every service with under 1 % failed changes").
const DONE_WELL =
  /\b(?:with(?:out)?\s+(?:«\d+»|zero|no|any|a single|under|fewer|less|no more)|without\s+(?:a\s+|any\s+)?(?:manual|human|hand)\b|in under|in less than|within|under\s+«|below\s+«)/;

/** "Run 40 services on Kubernetes": systems hosted on a platform, not runs of an activity. */
export const HOSTED_ON = new RegExp(
  `^(?:run|host|keep|put|place|land)\\s+(?:«\\d+»|\\d[\\d,]*)\\s+(?:more\\s+|new\\s+)?(?:[a-z0-9-]+\\s+){0,2}?${INTERNAL_UNIT}\\s+(?:on|in|onto|behind|through|inside)\\b`,
);

/** "Publish 100% of internal APIs in the portal": the estate itself is what the verb acts on. */
export const ESTATE_AS_OBJECT = new RegExp(
  `^${SPREAD_VERB}\\s+(?:«\\d+»\\s+of|all(?:\\s+of)?|every|each)\\s+(?:(?:the|our|their)\\s+)?${MODIFIERS}${ESTATE}\\b`,
);

// "Adopt Terraform for 80% of hosting infrastructure", "Use Bazel for 60% of builds": a tool
// taken up for a share of the work the estate does is how far the adoption has got.
const TOOL_FOR_SHARE = new RegExp(
  `^(?:adopt|use|standardi[sz]e on)\\s+(?:\\S+\\s+){1,3}?(?:for|in|across|on)\\s+${SHARE}\\s+(?:(?:the|our|their)\\s+)?(?:[a-z0-9-]+\\s+){0,2}?(?:${ESTATE}|infrastructure|builds|deployments|deploys|pipelines|workloads|jobs|releases|test suites)\\b`,
);

/** True when the KR counts how far work has spread across the estate. */
export function isSpreadOfWork(lead: string): boolean {
  return (
    (SPREAD.test(lead) || HOSTED_ON.test(lead) || TOOL_FOR_SHARE.test(lead)) &&
    !DONE_WELL.test(lead)
  );
}

// Things that happen rather than things moved: "Move 90% of orders to next-day delivery" and
// "Get 80% of tickets to the right team" are how well a service runs, not a rollout.
const EVENTS =
  '(?:orders|tickets|requests|payments|calls|claims|incidents|errors|failures|transactions|deliveries|parcels|shipments|queries|searches|sessions|visits|trips|journeys|bookings|appointments|complaints|refunds|cases|messages|emails|alerts|pages|deploys|deployments|releases|changes|builds|runs|tests)';
// "to complete", "to pay": people brought to do something succeed at it, an outcome.
const TO_ACT =
  '(?!to\\s+(?:complete|finish|succeed|pay|book|return|renew|recommend|buy|convert|resolve|self-serve|sign|log|find|get|reach|use the same)\\b)';

/**
 * "Migrate 80% of Airflow DAGs to Dagster, up from 10%", "Connect 1,000 more weather stations to
 * the platform (2,000 → 3,000)", "Bring the remaining 14 AWS accounts under Terraform", "Grant
 * 2,500 field engineers access to the new app" ("the last 9" stays unmasked: it reads as a
 * window elsewhere), "Migrate 2,400 staff accounts from on-prem AD to Entra ID": a count or share
 * of things moved, switched or connected somewhere (from one place to another). How far the rollout got, whatever the baseline and target say.
 */
const COUNT_MOVED = new RegExp(
  `^(?:migrate|move|shift|port|transfer|switch|convert|upgrade|enable|turn on|switch on|activate|connect|link|hook up|put|get|bring|onboard|enrol|enroll|grant|re-?platform)\\s+(?:(?:the|our)\\s+)?(?:(?:remaining|last|other|final)\\s+)?(?:«\\d+»|\\d[\\d,]*)(?:\\s+of)?\\s+(?:(?:more|additional|extra|further)\\s+)?(?:(?:the|our|their)\\s+)?(?:(?!${EVENTS}\\b)[a-z0-9-]+\\s+){0,3}?(?!${EVENTS}\\b)[a-z-]{3,}s\\s+${TO_ACT}(?:to|onto|on to|under|on|off|into|over to|access|from(?=\\s.*\\b(?:to|onto|into)\\s))\\b`,
);

/**
 * "Release the self-serve export tool to 900 growers, up from 300", "Enable MFA for 100% of
 * staff accounts", "Make the new ledger available to 5,000 more customers": something switched
 * on for a count of people or accounts, however good the thing itself.
 */
const GIVEN_TO_COUNT = new RegExp(
  `^(?:(?:release|roll out|open|extend|enable|turn on|switch on|activate|offer)\\s+(?:\\S+\\s+){1,5}?|roll\\s+(?:\\S+\\s+){1,5}?out\\s+|make\\s+(?:\\S+\\s+){1,4}?available\\s+)(?:to|for)\\s+(?:(?:the|our)\\s+)?(?:remaining\\s+)?«\\d+»(?:\\s+of)?\\s+(?:(?:more|additional|further)\\s+)?(?:(?:the|our|their)\\s+)?(?:[a-z0-9-]+\\s+){0,2}?[a-z-]{3,}s\\b`,
);

/**
 * "Raise the share of communal bins fitted with fill-level sensors from 15% to 100%", "Share of
 * trucks fitted with telematics units": how much of the estate has had a thing put on it is how
 * far a rollout got ("the share of faults cleared remotely" is how a service runs).
 */
const SHARE_FITTED =
  /^(?:(?:raise|increase|grow|lift|get|take|bring|push)\s+)?(?:the\s+)?(?:share|proportion|percentage|number|count)\s+of\s+(?:[a-z0-9-]+\s+){1,4}?(?:fitted|retrofitted|equipped|kitted out|upgraded|migrated|switched|converted|connected|enrolled|onboarded|moved)\s+(?:with|to|onto|on to)\b/;

// "Contactless terminals installed in all 60 branches, up from 22": a thing put in place, counted
// by the places that have it; "Migrate the remaining shops off the legacy EPOS (35 → 0)": the
// rest of the estate moved, with how many are left counted down.
const PLACES =
  '(?:branches|stores|shops|sites|depots|offices|locations|venues|clinics|surgeries|schools|wards|vehicles|trucks|vans|buses|trains|rooms|floors|buildings|plants|lines|warehouses|kiosks|outlets|restaurants|practices|pharmacies|hospitals)';
const PUT_IN_PLACES = new RegExp(
  `^(?:[a-z0-9-]+\\s+){1,3}?(?:installed|fitted|deployed|rolled out|in place|switched on|live)\\s+(?:in|at|across|on)\\s+(?:(?:(?:all|every|each)\\s+(?:of\\s+)?(?:(?:the|our)\\s+)?(?:«\\d+»\\s+)?(?:[a-z-]+\\s+)?[a-z-]{3,}s)|(?:(?:the|our)\\s+)?(?:«\\d+»\\s+)?(?:[a-z-]+\\s+)?${PLACES})\\b`,
);
const REST_MOVED =
  /^(?:migrate|move|switch|port|convert|transfer|get|bring|take)\s+(?:the\s+)?(?:remaining|last|other|rest of the)\s+(?:[a-z0-9-]+\s+){0,2}?[a-z-]{3,}s\s+(?:off|onto|on to|over to|to|from)\b.*«\d+»/;

// "Equip 100% of harness stations with NFC tags, from 30% today", "Fit brake sensors to every
// sled": things fitted with something, counted by how many have it, is how far a fit-out got.
const FITTED_WITH = new RegExp(
  `^(?:equip|fit|retrofit|kit out|outfit|furnish)\\s+(?:(?:the|our)\\s+)?(?:remaining\\s+)?(?:«\\d+»(?:\\s+of)?|all(?:\\s+of)?|every|each)\\s+(?:(?:the|our|their)\\s+)?(?:[a-z0-9-]+\\s+){0,3}?[a-z-]{3,}s?\\s+with\\b|^(?:fit|install|mount|attach)\\s+(?:[a-z0-9-]+\\s+){1,4}?(?:to|on|onto|in)\\s+(?:«\\d+»(?:\\s+of)?|all(?:\\s+of)?|every|each)\\s+(?:(?:the|our|their)\\s+)?(?:[a-z0-9-]+\\s+){0,3}?[a-z-]{3,}s?\\b`,
);

// "Contactless payment terminals installed: 0 → 1,200 lockers", "Migrate tool-data pipelines to
// the lakehouse, from 7 to all 22": the count of things put in place or moved, after the work.
const COUNTED_AFTER_THE_WORK = new RegExp(
  `^(?:[a-z0-9-]+\\s+){1,3}?(?:installed|fitted|deployed|rolled out|migrated|connected)\\s*:\\s*(?:from\\s+)?«\\d+»\\s+to\\s+«\\d+»|^(?:migrate|move|port|switch|convert|transfer|connect|onboard)\\s+(?:\\S+\\s+){1,5}?(?:to|onto|into|off)\\s+(?:\\S+\\s+){0,4}?\\S+?,\\s+from\\s+«\\d+»\\s+to\\s+(?:all\\s+)?«\\d+»`,
);

/** True when the KR counts things moved onto something, or people something was given to. */
export function isCountMoved(lead: string): boolean {
  if (SHARE_FITTED.test(lead) || REST_MOVED.test(lead)) return true;
  if (COUNTED_AFTER_THE_WORK.test(lead)) return true;
  if (FITTED_WITH.test(lead) && !DONE_WELL.test(lead)) return true;
  if (PUT_IN_PLACES.test(lead) && !DONE_WELL.test(lead)) return true;
  return (COUNT_MOVED.test(lead) || GIVEN_TO_COUNT.test(lead)) && !DONE_WELL.test(lead);
}
