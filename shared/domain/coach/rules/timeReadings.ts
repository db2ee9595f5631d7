/**
 * Which way a time named in a KR is better, by its words (rules/directionReadings.ts asks): a
 * wait, a delay, a process step's time or a span between two events is better short ("statement
 * generation time", "triage-to-bed-request time"); time between failures, a battery's life and
 * time spent with us are better long.
 */

// ("article render p95": a time's percentile is a wait's; "time-to-permit-submission".)
const TIME_TO_WAIT_AT_HEAD =
  /[a-z]+-to-[a-z-]+\s+(?:[a-z-]+\s+)?times?$|\b(?:p\d{2,3} )?(?:page )?load$|\b(?:lcp|fcp|ttfb|inp|mtt[radfr]|p\d{2,3})$|(?:^|\s)time-to-[a-z]|^(?:[a-z0-9-]+\s+)?time to (?!live\b)[a-z]/;

// A step a process takes, named as such: "statement generation", "counter check-in", "transit".
// (Not time spent with us or on a purpose: "session", "instruction", "consultation" time.)
const PROCESS_STEP =
  'ack|acknowledge?ment|look-?up|search|retrieval|[a-z]+(?:tion|sion)(?<!session|attention|retention|interaction|conversation|consultation|mission|instruction|education|operation|meditation|immersion|exploration)|check-?in|check-?out|boarding|dispatch|delivery|transfer|handling|handover|hand-?off|set-?up|install|compile|render(?:ing)?|indexing|loading|onboarding|refresh|sync|import|export|upload|download|backup|failover|triage|repair|pick-?up|transit|travel|journey|settlement|payout|matching|routing|provisioning|start-?up|shutdown|restart|reboot|scan(?:ning)?|ingest(?:ion)?|changeover|picking|packing|unloading|clearance';
// A time by its use: a process's time or a statistic of one ("p95 CI time", "median time", "days
// to complete an assessment", "positive-to-Gram-stain report time", "time to republish").
export const TIME_OF_A_STEP = new RegExp(
  `\\b(?:[a-z]+-to-[a-z-]+\\s+(?:[a-z-]+\\s+)?(?:time|times|interval)|time[- ]to[- ](?!live\\b)[a-z]+|^time from [a-z]+|report(?:ing)? times?|(?:median|mean|average|avg|p\\d{2,3})\\s+(?:[a-z-]+\\s+){0,2}?(?:time|duration|days|hours|minutes)|(?:ci|build|pipeline|deploy|query|verification|processing|checkout|login|sign-?up|approval|review|merge|restore|recovery|decision|${PROCESS_STEP})\\s+(?:times?|durations?)|(?:days|hours|minutes|weeks)\\s+(?:to|until|before)\\s+[a-z]+|time after (?:a|an|the|each|every)\\s+[a-z-]+)\\b`,
);

// Times that are better short: a wait, a delay, the time to get something done.
export const TIME_TO_WAIT =
  /\b(?:latency|(?:page |screen |p\d{2,3} )?load(?: times?)?$|lcp|fcp|ttfb|inp|tti|(?:largest|first) contentful paint|time to interactive|wait(?:ing)?(?: times?)?|turnaround|lead times?|response times?|resolution times?|load times?|queue times?|mtt[radfr]|delays?|speed of answer|time to (?:first|resolve|restore|recover|detect|answer|fix|merge|deploy|repair)|build times?|boot times?|start-?up times?)\b/;
// A head that names a wait ("Control-room alarm ack time", "statement generation time": a
// process step's time).
const WAIT_AT_HEAD = new RegExp(
  `\\b(?:late?ncy|delay|wait(?:ing)? time|(?:load|response|turnaround|resolution|processing|queue|build|boot|${PROCESS_STEP}) times?)$`,
);
// A time that is better long: between failures, a battery's life, time spent with us.
// ("Lead time of alerts before rapid-response calls": warning given ahead is better long.)
export const TIME_WELL_SPENT =
  /\b(?:between|battery|life|lifetime|time on|session|engagement|watch|before|ahead|warning|alerts?|notice)\b/;

/** A head that names a wait: a latency, a load or response time, a time to do something. */
export function isWaitHead(head: string): boolean {
  return WAIT_AT_HEAD.test(head) || TIME_TO_WAIT_AT_HEAD.test(head);
}
