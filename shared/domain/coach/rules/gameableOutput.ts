import { TRAINEES, type GameableFamily } from './gameableShared';

/**
 * Output per person: "words translated per linguist per day", "calls handled per call-taker per
 * shift", "Process 30% more print files per operator per day". Any count of things done, divided
 * by the people doing it, is gamed by rushing or splitting the work, whatever the trade; the
 * structure (things + done + per + a worker, or per a unit per a period) is what marks it, not
 * the noun. Failures counted per person ("incidents per engineer", "pages per on-call engineer")
 * are load, not output, and stay quiet.
 */
const FAILURES =
  '(?:incidents|failures|errors|defects|complaints|accidents|injuries|faults|crashes|outages|breaches|near-misses|pages|escalations|reworks?|mistakes|falls|delays|breaks|breakages|breakdowns|stoppages|jams|leaks|spills|rejects)';
// A past participle of doing: any regular "-ed" verb or the common irregular ones.
// (Things detected, found or observed per unit are occurrences, not work: "yarn breaks detected
// per loom per shift".)
const DONE =
  '(?!(?:detected|found|observed|spotted|noticed)\\b)(?:[a-z]{3,}ed|done|run|taken|written|given|made|built|sent|held|seen|shot)';
// Someone at work: a role noun by its ending or by name ("linguist", "call-taker", "courier").
const WORKER = `(?:${TRAINEES}|analysts?|linguists?|couriers?|nurses?|carers?|staff)`;
const PERIOD = '(?:day|shift|hour|week|month|sprint|quarter|visit)';

export const OUTPUT_FAMILIES: readonly GameableFamily[] = [
  {
    id: 'output-per-head',
    label: 'output per person',
    upOnly: true,
    patterns: [
      // "Claims processed per adjuster per day", "rooms turned per housekeeper per shift".
      new RegExp(
        `(?<![a-z0-9-])(?!${FAILURES}\\b)[a-z0-9-]+s\\s+${DONE}\\s+per\\s+(?:[a-z-]+\\s+)?${WORKER}\\b`,
      ),
      // "Care notes logged per resident per day": things done per unit per period.
      new RegExp(
        `(?<![a-z0-9-])(?!${FAILURES}\\b)[a-z0-9-]+s\\s+${DONE}\\s+per\\s+[a-z-]+\\s+per\\s+${PERIOD}\\b`,
      ),
      // "Patient contacts per clinician per day", "coaching sessions per instructor a day": what
      // a worker gets through in a period, with no verb written, is the same throughput.
      new RegExp(
        `(?<![a-z0-9-])(?!(?:${FAILURES}|alerts|alarms|hours|minutes|days|weeks|interruptions|callouts|call-outs)\\b)[a-z0-9-]+s\\s+per\\s+(?:[a-z-]+\\s+)?${WORKER}\\s+(?:per|a|an|each)\\s+${PERIOD}\\b`,
      ),
      // "Process 30% more print files per operator per day".
      new RegExp(
        `^[a-z]+\\s+(?:\\d[\\d,.]*\\s*%\\s+)?more\\s+(?:[a-z-]+\\s+){0,3}?(?!${FAILURES}\\b)[a-z-]+s\\s+per\\s+${WORKER}\\b`,
      ),
    ],
    gamedBy: 'rushing or splitting the work so each person seems to do more',
    alternative:
      'the result the work is for (quality, time to done, rework), measured from where it is today',
    patch: {
      title: 'Cut the share of jobs that need doing again',
      metric: 'jobs redone',
      unit: '%',
      direction: 'decrease',
    },
  },
  {
    // "Playlists generated per week", "DCS alarms acknowledged", "text reminders sent to pick-your-
    // own customers": things the team itself puts out or signs off, counted, rise with effort
    // whatever they change. A share of them sent or acknowledged (within a time, electronically,
    // "9 in 10") is a service level and stays quiet, and so is a lead time they are sent with
    // ("notices sent at least 14 days before work starts": a timeliness rate).
    id: 'things-put-out',
    label: 'a count of things sent or generated',
    upOnly: true,
    // ("Gas cost per 1,000 bricks fired": the things counted are the unit a cost is measured per.)
    unless:
      /%|\bper\s+(?:[\d,.]+\s*k?\s+|«\d+»\s+|thousand\s+|hundred\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+s\s+(?:generated|sent|acknowledged|acked|pushed|fired|triggered)\b|\b(?:share|percentage|proportion|fraction|rate) of\b|\b(?:\d+|nine|eight|seven|six|five|four|three|two|one) in (?:10|ten)\b/,
    patterns: [
      new RegExp(
        `(?<![a-z0-9-])(?!(?:${FAILURES}|claims|returns|cancellations|leads|sales|orders|requests|enquiries|referrals|jobs|savings|revenues?)\\b)[a-z0-9-]{3,}s\\s+(?:generated|sent(?:\\s+out)?|acknowledged|acked|pushed|fired|triggered)\\b(?!\\s+(?:\\S+\\s+){0,5}?(?:within|in under|in less than|on time|late|in error|by mistake|wrongly|twice|before|ahead of|prior to|in advance|no later than|in good time)\\b)`,
      ),
      // "Acknowledge more DCS alarms": the verb first, more of them asked for.
      /^(?:acknowledge|ack|send|generate|push|fire)\s+(?:\d[\d,.]*\s*k?\s+|more\s+)(?:[a-z0-9-]+\s+){0,3}?(?:alarms|alerts|notifications|reminders|messages|emails|texts|nudges|playlists|recommendations)\b/,
    ],
    gamedBy: 'sending or generating more whether or not anyone is helped',
    alternative: 'what the people reached do next, or the result the messages are for',
    patch: {
      title: 'Raise the share of people reached who get in touch or book',
      metric: 'people reached who respond',
      unit: '%',
      direction: 'increase',
    },
  },
  {
    id: 'things-trained',
    label: 'a count of models built',
    upOnly: true,
    patterns: [
      // "Train more custom MT engines", "classifiers trained": training is making artefacts.
      // ("Train and register 12 new NLP models": a second verb of making them count-ready.)
      /^(?:train|retrain|fine-tune|build)\s+(?:and\s+(?:register|deploy|ship|publish|release|evaluate)\s+)?(?:\d[\d,.]*\s+|more\s+)(?:new\s+|more\s+|custom\s+)?(?:[a-z-]+\s+){0,3}?(?:engines|models|classifiers|agents|bots|networks|checkpoints|rankers)\b/,
      // "Train 6 new text-to-speech voices": anything trained in a count, unless it is people.
      new RegExp(
        `^(?:train|retrain|fine-tune)\\s+(?:\\d[\\d,.]*\\s+|more\\s+)(?:new\\s+|more\\s+|custom\\s+)?(?:[a-z-]+\\s+){0,3}?(?!${WORKER}\\b)(?!(?:people|staff|teams|users|customers|volunteers|managers|leaders)\\b)[a-z-]{3,}s\\b`,
      ),
      /\b(?:engines|models|classifiers|rankers|checkpoints)\s+trained\b/,
    ],
    gamedBy: 'training more of them whether or not anyone uses them',
    alternative: 'the accuracy or the outcome the models are meant to improve, e.g. error rate',
    patch: {
      title: 'Cut the error rate of the models on live cases',
      metric: 'model error rate',
      unit: '%',
      direction: 'decrease',
    },
  },
];
