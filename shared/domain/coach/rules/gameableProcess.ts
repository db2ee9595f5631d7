import {
  CHANGE_FAILURE,
  ESCAPED_BUGS,
  EXTERNAL_DEVELOPERS,
  LEAD_TIME,
  N,
  TRAINEES,
  type GameableFamily,
} from './gameableShared';

// "Admin time per teacher from 3 hours to 1 hour (app logs plus pulse survey)": a survey only in
// the brackets after a time measure is where the figure is read from, not morale measured.
const SURVEY_AS_SOURCE =
  /\b(?:hours?|time|minutes|mins)\b[^()]*\([^()]*\b(?:pulse|staff|team)?\s*surveys?\b[^()]*\)/;

/** Activity metrics about process and people: meetings, surveys, pages, hours, tests, features. */
export const PROCESS_FAMILIES: readonly GameableFamily[] = [
  {
    id: 'reviews-meetings',
    label: 'reviews, meetings or trainings held',
    patterns: [
      new RegExp(
        `\\b${N}(?:\\S+\\s+){0,2}?(?:reviews|meetings|trainings|training sessions|workshops|brown ?bags|lunch[- ]and[- ]learns|talks|demos|game ?days|retros|retrospectives|hackathons|knowledge[- ]sharing sessions|drills|1:1s|one-on-ones)\\b`,
      ),
      /^(?:hold|conduct|run|organi[sz]e|host|attend|facilitate|schedule)\s+(?:\S+\s+){0,4}?(?:reviews?|meetings?|simulations?|exercises?|tabletops?|rehearsals?|boards?|cabs?|committees?|forums?|councils?|panels?|trainings?|training sessions?|workshops?|lunch[- ]and[- ]learns?|brown ?bags?|talks?|demos?|game ?days?|retros?|retrospectives?|hackathons?|sessions?|drills?|syncs?|stand-?ups?|check-ins?|office hours|ceremon(?:y|ies)|presentations?)\b/,
      /\b(?:train|certify|upskill|coach)\s+(?:\d[\d,]*\s*%?\s+of\s+|all\s+|every\s+|\d[\d,]*\s+)?(?:\S+\s+){0,2}?(?:engineers|developers|devs|staff|employees|team members|colleagues|people|users|agents|carers|nurses|clinicians|drivers|managers|leaders|analysts|operators|members|volunteers|teachers)\b/,
      /\b(?:trainings?|courses?|certifications?)\s+(?:completed|attended|held|delivered)\b/,
      // "Review sessions per team per month": meetings held, as a rate.
      /\b(?:sessions|meetings|workshops|trainings|training sessions|retros|retrospectives|demos|drills|game ?days|brown ?bags|hackathons|1:1s|one-on-ones)\s+(?:held\s+|run\s+)?per\s+(?:team|engineer|squad|person|manager|month|week|sprint|quarter)\b/,
      /^deliver\s+(?:\d[\d,]*\s+|more\s+)?(?:\S+\s+){0,2}?(?:trainings?|training sessions?|workshops?|talks?|demos?|presentations?|sessions?|lunch[- ]and[- ]learns?|brown ?bags?)\b/,
      // "Have 90% of engineers complete the incident-commander course": attendance, not skill.
      new RegExp(
        `\\b${TRAINEES}\\s+(?:to\\s+)?(?:through|complete|completes|completing|completed|finish|finishes|finishing|finished|attend|attends|attending|attended|take|takes|taking|took|pass|passes|passing|passed)\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+|their\\s+)?(?:\\S+\\s+){0,3}?(?:training|course|module|certification|bootcamp|e-?learning|class|workshop|refresher|briefing|induction)(?:es|s)?\\b`,
      ),
      // "Staff attendance at Spydus training sessions": people at work turning up, as a rate.
      new RegExp(
        `\\b${TRAINEES}(?:'s?)?\\s+attendance\\s+(?:at|on|in)\\s+(?:the\\s+|our\\s+|a\\s+)?(?:\\S+\\s+){0,3}?(?:training|course|module|workshop|refresher|briefing|induction|toolbox talk)s?\\b`,
      ),
      /\b(?:complete|completed|completing|finish|deliver|run|hold|provide|roll out)\s+(?:\S+\s+){0,3}?trainings?\s+(?:for|to)\s+(?:every|all|each|\d)/,
      // "Security awareness training completion from 70% to 100%": finishing a training counted
      // (a course's completion is left alone: a learner's completion can be the outcome itself).
      /\b(?:trainings?|e-?learning|inductions?|refreshers?|certifications?|(?:training|awareness|compliance|mandatory|security|e-?learning)\s+modules?)\s+(?:completion|attendance|sign-?off)s?\b/,
      // "Staff who have clicked through the allergen e-learning": clicking through is attendance.
      /\b(?:clicked|click|clicking)\s+through\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+)?(?:\S+\s+){0,3}?(?:training|course|module|e-?learning|induction|tutorial)s?\b/,
      /\b(?:running|holding|conducting|hosting)\s+(?:\S+\s+){0,3}?(?:game ?days?|drills?|reviews?|workshops?|retros?|retrospectives?|hackathons?|simulations?|tabletops?)\b/,
      /\b(?:office hours|workshops?|sessions?|meetings?|trainings?|talks?|demos?|reviews?|retros?|drills?|game ?days?|brown ?bags?|lunch[- ]and[- ]learns?|hackathons?|rehearsals?)\s+(?:held|run|hosted|conducted|organi[sz]ed|delivered|attended|scheduled)\b/,
    ],
    // "Failover succeeds in 100% of drills", "100% of code reviews within 4 hours", "content
    // 80% of nurses rate useful": how the events go, not how many are held.
    // ("Host the community forum on our own servers": software hosted, not a meeting.)
    // ("Run daily stand-ups and fortnightly retros in every squad": a practice spread through the
    // organisation with no count of events, an output, not an activity count. "Run a workshop for
    // every team" counts events held for each.)
    unless:
      /\b(?:per|every|each|out of|in every)\s+(?:\d[\d,.]*\s*k?\s+)(?:[a-z-]+\s+)?(?:meetings|sessions|calls|reviews|demos|talks|classes)\b|\b(?:meetings|sessions|training sessions|trainings|workshops|classes|fixtures|demos|drills)\s+(?:lost|cancell?ed|called off|abandoned|postponed|rained off|scrapped)\b|\d\s*%\s+of\s+(?:all\s+|the\s+|our\s+)?(?:customer\s+|buyer\s+|user\s+|guest\s+)?reviews\b(?!\s+(?:held|run|conducted|done|completed|on time|within))|\bduring\s+(?:the\s+|our\s+)?(?:[a-z-]+\s+){0,2}?(?:drills|exercises|rehearsals|simulations|tabletops)\b|^(?!.*\d).*\b(?:in|across)\s+(?:every|each|all)\s+(?:[a-z-]+\s+){0,2}?(?:squads?|teams?|rotations?|tribes?|departments?|groups?|offices?|sites?|chapters?)\b|\b(?:on|in)\s+(?:our\s+own\s+|our\s+|the\s+)?(?:servers?|cloud|infrastructure|data ?cent(?:re|er)s?)\b|\b(?:review time|time to review|turnaround|incidents? (?:in|from)|failure rate|succeed\w*|success\w*|pass(?:es|ed)?|rat(?:e|es|ed|ing) (?:it |them )?(?:useful|helpful|good|excellent|highly))\b|\d\s*%\s+of\s+(?:the\s+|our\s+|all\s+)?(?:[a-z-]+\s+)?(?:sessions|reviews|meetings|calls|drills|trainings|workshops|appointments)\b.*\b(?:within|without|in under|on time|with (?:no|zero))\b|\b(?:app store|play store|customer|user|star|product|g2)\s+reviews\b|\b(?:reviews?|meetings?|sessions?|appointments?|visits?|hearings?|conferences?)\s+(?:\S+\s+)?(?:held|run|completed|conducted|done)\s+(?:on time|in time|late|within|by the)\b/,
    // ("Tickets per 10k meetings": the meetings a product hosts are the rate's denominator.)
    // ("Fewer meetings lost to the weather", "training sessions cancelled for lack of snow":
    // events that did not happen, counted down, are a failure count, not meetings held.)
    // ("'Sticks to plate' reviews: 12% of reviews → 3%" is a share of customers' reviews naming a
    // fault; "SMS alerts within 2 minutes during drills" measures what the drill shows.)
    // (The last: "Looked-after child reviews held on time: 94% → 94.5%" is a timeliness rate,
    // a service level for the people the review is for, not a count of meetings.)
    gamedBy: 'holding meetings that change nothing',
    alternative: 'incidents or change failure rate in the areas covered',
    patch: CHANGE_FAILURE,
  },
  {
    id: 'satisfaction',
    label: 'developer satisfaction score',
    patterns: [
      /\b(?:developer|engineer|engineering|employee|staff|dev|devex|dx)s?'?\s+(?:\S+\s+){0,2}?(?:satisfaction|happiness|sentiment|morale|nps|enps|survey|engagement)\b/,
      /\bteam\s+(?:satisfaction|happiness|morale|sentiment|health score|engagement)\b/,
      /\b(?:enps|happiness score|morale score|pulse survey|devex score|dx score|engagement score)\b/,
    ],
    unless: new RegExp(`${EXTERNAL_DEVELOPERS.source}|${SURVEY_AS_SOURCE.source}`),
    gamedBy: 'dropping unpopular duties such as on-call instead of fixing their causes',
    alternative: 'lead time, MTTR or incident load per engineer',
    patch: {
      title: 'Cut off-hours pages per on-call engineer',
      metric: 'pages per engineer',
      unit: 'count/month',
      direction: 'decrease',
    },
  },
  {
    id: 'docs',
    label: 'documentation pages written',
    patterns: [
      /\b(?:docs?|documentation|wiki|confluence|knowledge[- ]base|runbook|help)\s+(?:pages?|articles?|entries)\b/,
      /\b(?:write|publish|create|author|produce)\s+\d+\s+(?:new\s+)?(?:\S+\s+)?(?:docs|pages|articles|runbooks|guides|blog posts|how-tos)\b/,
      new RegExp(`\\b${N}(?:docs|pages of documentation|articles|runbooks|blog posts|guides)\\b`),
      /\bpages of documentation\b/,
    ],
    unless: /\bpages? (?:per|load|views?|speed)\b|\bon-call pages\b/,
    gamedBy: 'writing pages nobody reads',
    alternative:
      'time for a new engineer to ship a first change, or repeat support questions per week',
    patch: {
      title: 'Cut time to first production change for new engineers',
      metric: 'time to first change',
      unit: 'days',
      direction: 'decrease',
    },
  },
  {
    id: 'hours',
    label: 'hours logged',
    patterns: [
      /\b(?:hours|time)\s+(?:logged|worked|billed|tracked|booked)\b/,
      // ("Log 2,000 hours of exploratory testing": a count with thousands separators too.)
      /\blog(?:s|ged)?\s+(?:at least\s+)?(?:(?:\d[\d,]*(?:\.\d+)?\s*k?|«\d+»)\s+)?(?:hours|hrs|h)\b/,
      /\b(?:logged|billable|overtime) hours\b/,
      /\btimesheets?\b/,
    ],
    // "61% of bench hours booked last month": a share of the hours on offer that are booked is
    // utilisation, how full the capacity is, not hours people log for show.
    // "Reduce failed timesheet imports from 1 in 12 to 1 in 100": timesheets that fail to load
    // are a defect rate of the system, not hours people log; how fast timesheets are approved or
    // paid ("the two-working-day timesheet approval") is a service level for the people waiting;
    // "injuries per 200k hours worked" is a safety rate with the hours as its denominator.
    // "Hours teachers spend on admin, from 6 h to 2 h, measured by the timesheet tags": time lost
    // to overhead going down, with the timesheet only where it is read from. "Same-day time entry
    // (hours recorded on the day they were worked)" is a share of entries made on time, a habit.
    // "Hours per job spent on paperwork, 6.5 → 2 (timesheet codes)": overhead going down, with the
    // timesheet in brackets only as the source. Overtime per person, or overtime cut, is a burden
    // on the people going down, not time logged to look busy.
    // "Admin hours logged per completed restoration: 3.5 → 1.5": overhead per finished piece of
    // work going down is efficiency; the hours are only how it is counted.
    // "Raise the billable share of technician hours from 55% to 70%" (metric "billable hours
    // share") is utilisation too; "timesheet mismatches between the rota and payroll" are two
    // systems disagreeing, a defect count, not hours anyone logs.
    // "Wear time logged by fitted aids", "sleep time logged by wrist trackers": time a device
    // records is a reading of what people do, not hours anyone logs to look busy.
    unless:
      /\b(?:hours|time)\s+(?:logged|recorded|tracked)\s+(?:by|on)\s+(?:the\s+|their\s+|our\s+)?(?:[a-z'’-]+\s+){0,3}?(?:aids?|devices?|sensors?|trackers?|meters?|monitors?|watches|wearables?|loggers?|telematics|tachographs?|pedometers?|apps?|machines?)\b|\b(?:billable|chargeable)\s+(?:hours\s+)?(?:share|proportion|percentage|ratio)\b|\btimesheets?\s+(?:\S+\s+)?(?:mismatch|discrepanc|inconsistenc|disagreement)\w*|(?:%|«\d+»|\b(?:percent|share|proportion))\s+of\s+(?:(?:the|our|all)\s+)?(?:[a-z-]+\s+)?hours\s+(?:booked|sold|filled|taken)\b|\b(?:admin|administration|paperwork|overhead|non-productive)\s+(?:hours|minutes|time)\s+(?:logged\s+|booked\s+|recorded\s+)?per\b|\b(?:hours|minutes|time)\s+(?:logged|booked|recorded)\s+per\s+(?:completed|finished|closed|delivered|shipped)\b|\bovertime(?:\s+hours)?\s+per\s+(?:[a-z-]+\s+){0,2}?[a-z-]+|\b(?:cut|reduce|lower|halve|trim|bring down|drop)\s+(?:[a-z-]+\s+){0,3}?overtime\b|\b(?:measured|taken|read|pulled|drawn|counted)\s+(?:by|from|in|through|on)\s+(?:the\s+|our\s+)?(?:[a-z-]+\s+)?timesheets?\b|\bhours\s+(?:[a-z-]+\s+){0,3}?spen(?:ds?|t|ding)\s+on\s+(?:[a-z-]+\s+){0,3}?(?:admin|administration|paperwork|billing|data entry|form-filling|forms|record-keeping|write-ups?|reporting)\b|\(\s*(?:[a-z-]+\s+)?timesheets?(?:\s+(?:codes?|tags?|data|entries|records|categories))?\s*\)|\b(?:failed|failing|rejected|broken|erroneous|duplicated?|missing|incorrect|wrong)\s+(?:\S+\s+)?timesheets?\b|\btimesheets?\s+(?:\S+\s+)?(?:errors?|failures?|rejections?)\b|\btimesheets?\s+(?:approv|paid|pay|process)\w*|\b(?:approv\w*|pa(?:y|id)|process\w*)\s+(?:\S+\s+){0,2}?timesheets?\b|\bper\s+(?:\S+\s+){0,2}?(?:hours|hrs|man-hours|person-hours|work-hours)\s+(?:worked|logged)\b|\b(?:hours|time)\s+(?:recorded|logged|entered|booked)\s+on the (?:same\s+)?day\b|\b(?:same-day|on-the-day|next-day)\s+(?:time entry|time recording|timesheets?)\b/,
    gamedBy: 'logging time instead of finishing work',
    alternative: 'lead time from first commit to production',
    patch: LEAD_TIME,
  },
  {
    id: 'tests-written',
    label: 'tests written',
    patterns: [
      /\b(?:write|add|create|automate)\s+(?:another\s+|a further\s+)?(?:\d[\d,]*\s+)?(?:new\s+|more\s+)?(?:unit\s+|integration\s+|e2e\s+|end-to-end\s+|automated\s+|regression\s+)?(?:tests|test cases)\b/,
      /\b(?:tests|test cases)\s+(?:written|added|created|automated)\b/,
      /\bnumber of (?:\S+\s+){0,2}?(?:tests|test cases)\b/,
      // "Grow the automated test suite from 1,200 to 2,000 tests".
      /\bto\s+[\d,.]+\s*k?\s+(?:new\s+|automated\s+)?(?:tests|test cases)\b(?!\s+(?:pass|fail|flak))/,
      // "Automated regression tests from 350 to 550": a count of tests, whatever the wording.
      /^(?:the\s+)?(?:automated|regression|e2e|end-to-end|ui|unit|integration|api|smoke)\s+(?:[a-z0-9-]+\s+)?(?:tests|test cases|test scripts)\b(?!\s+(?:pass|fail|flak|run|duration|time))/,
      /\b(?:unit\s+|integration\s+|e2e\s+|automated\s+)?(?:test|tests|test case) count\b/,
      // "Raise automated test cases in the regression suite from 800 to 1,500", "end-to-end test
      // scenarios from 150 to 400": a kind of test counted, after a verb of growing.
      /^(?:raise|grow|increase|expand|double|triple|lift|boost|take|scale)\s+(?:the\s+|our\s+)?(?:number of\s+|count of\s+)?(?:automated|regression|e2e|end-to-end|ui|unit|integration|api|smoke)[ -](?:[a-z0-9-]+\s+)?(?:tests|test cases|test scripts|test scenarios|scenarios)\b(?!\s+(?:pass|fail|flak|run|duration|time))/,
      /\b(?:unit|integration|e2e|automated)[ -]test count\b/,
      // "Grow the regression pack from 1,100 test cases to 2,000".
      /\bfrom\s+[\d,.]+\s*k?\s+(?:[a-z-]+\s+)?(?:tests|test cases)\s+to\s+[\d,.]+/,
      // "Rostering optimiser covered by 600 automated regression tests by June": a thing covered
      // by a count of tests is that count reached.
      /\b(?:covered|backed|protected|guarded)\s+by\s+(?:at least\s+)?[\d,.]+\s*k?\s+(?:[a-z-]+\s+){0,3}?(?:tests|test cases)\b/,
    ],
    unless: /\bflak\w*|\bfailing\b/,
    gamedBy: 'tests that assert nothing',
    alternative: 'escaped (production) bugs per month',
    patch: ESCAPED_BUGS,
  },
  {
    id: 'features-shipped',
    label: 'features shipped',
    patterns: [
      new RegExp(`\\b${N}(?:new\\s+)?features\\s+(?:shipped|delivered|released|launched)\\b`),
      /\b(?:ship|deliver|release|launch)\s+\d+\s+(?:new\s+)?features\b/,
      /^(?:\S+\s+){0,2}?features\s+(?:shipped|delivered|released|launched)\b/,
    ],
    unless: /\b(?:raise|move|increase|improve)s?\b.*\bby\b/,
    gamedBy: 'shipping small features nobody uses',
    alternative:
      'adoption or NPS moved by the new features, e.g. NPS up 5 points within 30 days of launch',
    patch: {
      title: 'Raise adoption of new features within 30 days of launch',
      metric: 'feature adoption',
      unit: '%',
      direction: 'increase',
    },
  },
  {
    id: 'experiments',
    label: 'experiments run',
    patterns: [
      /\b(?:number of|\d+)\s+(?:\S+\s+)?experiments\b/,
      /\bexperiments?\s+(?:run|launched|shipped|count|velocity)\b/,
      /\b(?:run|launch|ship)\s+(?:\d+\s+)?(?:more\s+)?(?:\S+\s+){0,2}?(?:a\/b\s+|ab\s+)?(?:experiments|a\/b tests|split tests)\b/,
    ],
    gamedBy: 'running small experiments that cannot change a decision',
    alternative: 'the conversion or retention change the experiments are meant to find',
    patch: {
      title: 'Raise trial-to-paid conversion',
      metric: 'conversion rate',
      unit: '%',
      direction: 'increase',
    },
  },
  {
    id: 'postmortems',
    label: 'postmortems written',
    patterns: [
      /\bpost-?mortems?\s+(?:written|completed|published|held)\b/,
      /\b(?:write|complete|publish|hold)\s+(?:\d+\s+)?post-?mortems\b/,
    ],
    gamedBy: 'writing postmortems without acting on them',
    alternative: 'repeat incidents per quarter',
    patch: {
      title: 'Reduce repeat incidents per quarter',
      metric: 'repeat incidents',
      unit: 'count/quarter',
      direction: 'decrease',
    },
  },
];
