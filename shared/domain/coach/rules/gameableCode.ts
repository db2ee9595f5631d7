import { ESCAPED_BUGS, LEAD_TIME, N, TEST_TOOL, type GameableFamily } from './gameableShared';

/** Activity metrics about code and delivery: coverage, deploy counts, tickets, lint, PRs. */
export const CODE_FAMILIES: readonly GameableFamily[] = [
  {
    id: 'coverage',
    label: 'test coverage',
    patterns: [
      /\b(?:test|code|unit[- ]test|line|branch|statement|mutation)s?\s+coverage\b/,
      /^(?:increase|raise|improve|grow|boost|reach|achieve|hit|get)\s+(?:our\s+|the\s+)?coverage\b/,
      /^coverage$/,
      new RegExp(`\\b${TEST_TOOL}\\s+(?:\\S+\\s+)?coverage\\b`),
    ],
    gamedBy: 'trivial tests that execute code and assert nothing',
    alternative: 'escaped (production) bugs per month, e.g. 12 → 4',
    patch: ESCAPED_BUGS,
  },
  {
    id: 'deploy-frequency',
    label: 'deploy or release count',
    patterns: [
      /\b(?:deploy\w*|releas\w*|ship\w*|push\w*)\s+(?:\S+\s+){0,5}?(?:(?:more|as)\s+(?:often|frequently)|frequency|cadence|per (?:day|week|month|sprint)|times (?:a|per|each) (?:day|week|month|sprint)|daily|every day|multiple times|every (?:\d+ )?(?:days?|weeks?|sprints?|fortnight|other week|monday|tuesday|wednesday|thursday|friday|weekday))\b/,
      new RegExp(
        `\\b${N}(?:production\\s+)?(?:deploy(?:ment)?s|releases)\\b(?!\\s+(?:fail|lead|time|rollback))`,
      ),
      /\b(?:deploy(?:ment)?s|releases)\s+per\s+(?:day|week|month|sprint|engineer|team)\b/,
      /\b(?:content\s+)?(?:drops|updates|launches|releases|patches|live events)\s+per\s+(?:season|month|quarter|sprint|week|year)\b/,
      /\b(?:more|less) frequent\s+(?:\S+\s+)?(?:deploy(?:ment)?s|releases|shipping)\b/,
      /\b(?:deploy(?:ment)?|release)\s+count\b/,
      // "Increase the number of donor-app deploys": a count of deploys, whatever is deployed.
      /\b(?:number|count|volume) of\s+(?:[a-z0-9-]+\s+){0,2}?(?:production\s+)?(?:deploy(?:ment)?s|releases)\b/,
      /\b(?:daily|weekly|monthly)\s+(?:production\s+)?(?:deploy(?:ment)?s|releases)\b/,
      // "Deployments of the booking app from 2 to 10 a month": the count named as the measure.
      /^(?:(?:production|live)\s+)?(?:deploy(?:ment)?s|releases)\s+(?:of|to)\s/,
      // "Increase deploys of the ordering app from 2 to 10 a week", a metric of "deploys": the
      // count raised as the object of the verb or named alone, whatever is deployed (a share of
      // releases or deploys, "the share of deploys behind a feature flag", is no count).
      /^(?!.*(?:%|\b(?:share|proportion|percentage|fraction|rate) of\b))(?:increase|raise|grow|double|triple|boost|lift|step up)\s+(?:the\s+|our\s+)?(?:[a-z0-9-]+\s+){0,2}?(?:production\s+|live\s+)?(?:deploy(?:ment)?s|releases)\b/,
      /^(?:(?:production|live)\s+)?deploy(?:ment)?s$/,
    ],
    unless:
      /\b(?:fail\w*|lead time|time (?:from|to)|rollbacks?|roll-backs?|reverts?|reverted|hotfix(?:es)?|duration|bugs?|defects?|incidents?|errors?|regressions?|outages?|downtime|crash\w*)\b|\bper \d[\d.,]*\s*k?\s*(?:deploy|release)/,
    gamedBy: 'splitting releases into meaningless pieces',
    alternative: 'time from merge to production, e.g. 48 h → 4 h (with change failure rate)',
    patch: {
      title: 'Cut time from merge to production',
      metric: 'merge-to-production time',
      unit: 'hours',
      direction: 'decrease',
    },
  },
  {
    id: 'tech-debt',
    label: 'tech-debt backlog',
    patterns: [
      /\btech(?:nical)?[- ]debt\s+(?:backlog|tickets?|items?|issues?|stories|count|points|story points|jira)\b/,
      /\b(?:number of|count of|%|percent)\s+(?:\S+\s+){0,3}?tech(?:nical)?[- ]debt\b/,
      /^(?:reduce|cut|pay down|pay off|lower|decrease|eliminate|burn down|halve|clear|close|resolve|tackle|address)\s+(?:the\s+|our\s+)?tech(?:nical)?[- ]debt\b/,
    ],
    gamedBy: 'closing or reclassifying tickets',
    alternative: 'build time, e.g. 25 min → 8 min, or change failure rate',
    patch: {
      title: 'Cut CI build time',
      metric: 'build time',
      unit: 'minutes',
      direction: 'decrease',
    },
  },
  {
    id: 'lint',
    label: 'lint errors or warnings',
    patterns: [
      /\bcode smells?\b/,
      /\b(?:sonar\w*|static[ -]analysis|sast)\s+(?:\S+\s+)?(?:issues?|findings?|smells?|violations?|warnings?)\b/,
      // "Cut Revit warnings to 200 per model": a tool's warnings counted per artefact.
      /\b(?:warnings|audit (?:errors|warnings))\s+(?:(?:to|under|below)\s+\S+\s+)?per\s+(?:\S+\s+)?(?:model|drawing|file|project|build|sheet|set|package)\b/,
      /\b(?:[a-z]*lint(?:ing|er)?|shellcheck|detekt|spotbugs|findbugs|pmd|phpstan|psalm|credo|rubocop|sonar\w*|static[ -]analysis|compiler|typescript|tsc|mypy|checkstyle|stylelint|flake8|ruff|clippy|golangci(?:-lint)?|phpcs|code style|style)\s+(?:errors?|warnings?|issues?|violations?|findings?|suppressions?)\b/,
    ],
    gamedBy: 'suppressions and rule changes',
    alternative: 'escaped bugs per month or incident count',
    patch: ESCAPED_BUGS,
  },
  {
    id: 'velocity',
    label: 'story points or velocity',
    patterns: [
      /\bsprint (?:commitments?|goals?|completion)\b/,
      // "Planned stories completed each sprint": the say/do ratio by another name.
      /\b(?:planned|committed)\s+(?:stories|tasks|tickets|issues|work items|backlog items|points|work)\s+(?:completed|delivered|done|closed)\b/,
      // "Complete 90% of planned tasks each sprint": the same ratio, verb first.
      /\b(?:complete|deliver|finish|close|hit)\s+(?:\d[\d,.]*%?\s+(?:of\s+)?|all\s+(?:of\s+)?)?(?:the\s+|our\s+)?(?:planned|committed)\s+(?:sprint\s+)?(?:stories|tasks|tickets|issues|work items|backlog items|points|work)\b/,
      /\b(?:say[- ]do|commitment) (?:ratio|rate)\b/,
      /\bstory[- ]points?\b/,
      // ("Peak particle velocity at the monitoring point", "3.1 mm/s": a physical speed.)
      /(?<!\b(?:particle|vibration|ground|flow|wind|water|air|gas|impact|settling|terminal|blade|tip|exit|muzzle|fluid|stream|current)\s)\bvelocity\b(?![^.;]{0,60}?\b(?:mm|cm|m|km)\s*(?:\/|per\s)\s*s(?:ec)?\b)/,
      /\bsprint points\b/,
      /\bpoints (?:delivered|completed|per sprint)\b/,
    ],
    gamedBy: 'inflating estimates',
    alternative: 'lead time from first commit to production, e.g. 14 days → 3 days',
    patch: LEAD_TIME,
  },
  {
    id: 'tickets',
    label: 'tickets or issues closed',
    patterns: [
      // ("repair work orders closed each week": work orders are tickets by another name.)
      /\b(?:jira\s+)?(?:tickets?|issues?|tasks?|cards?|backlog items?|work items?|work[- ]orders?)\s+(?:closed|resolved|completed|done|burned down|cleared)\b/,
      // ("Close 90% of maintenance work orders within 7 days": work orders and repair jobs are
      // tickets by another name, counted closed even as a share within a window.)
      /\b(?:close|resolve|complete|clear|burn down|triage|finish)\s+(?:\d[\d,.]*%?\s+(?:of\s+)?(?:the\s+|our\s+)?|all\s+|more\s+)?(?:\S+\s+){0,2}?(?:jira\s+)?(?:tickets|issues|cards|backlog items|work items|work[- ]orders|escalations|(?:repair|maintenance|service) jobs)\b/,
      /\b(?:ticket|issue|jira|product|sprint)\s+backlog\b/,
      /\b(?:open|number of(?: open)?)\s+(?:\S+\s+)?(?:tickets|issues|bugs)\b(?!\s+per)/,
      /\b(?:bugs|tickets|issues)\s+in\s+(?:jira|the backlog|our backlog)\b/,
      /\bbug\s+backlog\b/,
      // "Resolved Sentry issues per week", "closed Zendesk tickets a month".
      // ("CSAT on resolved tickets" measures how the closing went.)
      /(?<!\b(?:on|for|of|in|from|with|after|per)\s)\b(?:closed|resolved|completed|cleared|triaged)\s+(?:[a-z0-9-]+\s+)?(?:tickets|issues|cards|work items)\b/,
      // ("Ticket queue abandonment": people queuing to buy tickets, not tickets worked.)
      /\b(?:ticket|issue|jira|helpdesk|help desk|service[- ]desk)\s+(?:queue(?!\s+(?:abandonment|wait|waiting|times?|position|length|drop-?offs?))|backlog|count)\b/,
      // ("Reduce the open alert backlog": up to two words may name what the backlog holds.)
      // ("Reduce ingest backlog for surface observations": data waiting to be processed is a
      // queue of the system's work, not tickets.)
      /^(?:reduce|cut|shrink|halve|clear|burn down|empty)\s+(?:the\s+|our\s+)?(?!(?:\S+\s+){0,1}(?:ingest|ingestion|processing|data|message|event|replication|indexing|upload|sync|job|batch|queue)\s)(?:\S+\s+){0,2}?backlog\b/,
      // "the open integrity work-order backlog": work orders are tickets by another name.
      /\b(?:open\s+(?:\S+\s+){0,2}?work[- ]orders?|work[- ]orders?\s+(?:backlog|queue))\b/,
      // "Clear 600 stale alarms from the SCADA alarm list": a count of items taken off a list.
      /^(?:clear|close|purge|remove|delete|archive|clean up|tidy)\s+(?:«\d+»|\d[\d,.]*k?)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\s+(?:from|off|out of)\s+(?:the\s+|our\s+)?(?:\S+\s+){0,3}?(?:list|queue|backlog|register|board|inbox|log)\b/,
    ],
    // "Halve the backlog of 8,400 undecided claims", "the backlog, which stands at 1,900 cases": a
    // queue of what the service decides is how long people wait, an outcome, not tickets.
    // "Share of access issues resolved by self-service": issues people solve themselves through a
    // channel is how well the channel works, not tickets the team closes.
    // "Issues resolved by venue hosts without an IT call": a share solved without calling for help.
    // "Shrink the photo backlog from 120 lots to 180 lots": a backlog counted in the business's
    // own things (lots, pieces) is how far behind the real work is, not tickets closed.
    unless:
      /\b(?:resolved|solved|fixed|sorted|handled|closed)\s+(?:[a-z-]+\s+){0,4}?without\s+(?:an?\s+|the\s+|any\s+)?(?:[a-z-]+\s+)?(?:call|calls|callback|ticket|visit|escalation)\b|\b(?:resolved|solved|answered|handled|closed|contained) (?:by|through|via|in|with(?:out)?) (?:the |an? |our )?(?:self-service|self-serve|help ?cent(?:re|er)|chatbot|bot|virtual agent|agent|knowledge base|faqs?|portal|app|ivr)\b|\bper (?:\d|user|customer|request|account|order|transaction)|\bcustomer-reported\b|\bescaped\b|\b(?:backlog|queue|pile)(?: of|,? which (?:stands|sits|is) at| at| stands at| sits at)? (?:about |around |over |some )?(?:[\d,.]+\s*k?\s+)?(?:[a-z-]+\s+){0,2}?(?:claims|cases|applications|cases|orders|refunds|appeals|referrals|returns|payments|invoices|permits|letters|parcels|shipments|complaints|patients|appointments|submissions|assessments|licen[cs]es|renewals|visas|passports|requests|enquiries|inquiries|prescriptions|benefits|bookings|deliveries)\b|\bbacklog\b.*?\bfrom\s+[\d,.]+\s+(?!(?:tickets?|issues?|bugs?|alerts?|items?|stories|cards?|tasks?|points?|findings?|warnings?|requests?|prs?|jobs?)\b)([a-z-]+)\s+to\s+[\d,.]+\s+\1\b/,
    gamedBy: 'closing, splitting or reclassifying tickets',
    alternative: 'lead time from first commit to production, e.g. 14 days → 3 days',
    patch: LEAD_TIME,
  },
  {
    id: 'bugs-closed',
    label: 'bugs closed',
    patterns: [
      /\b(?:bugs?|defects?)\s+(?:closed|fixed|resolved|squashed|burned down)\b/,
      /\b(?:fix|close|resolve|squash)\s+(?:\d[\d,]*\s+|all\s+|more\s+|every\s+|each\s+)?(?:\S+\s+)?(?:bugs?|defects?)\b/,
    ],
    unless: /\bescaped\b|\bproduction bugs per\b/,
    gamedBy: 'closing easy or duplicate bugs, or reclassifying them',
    alternative: 'escaped (production) bugs per month, e.g. 12 → 4',
    patch: ESCAPED_BUGS,
  },
  {
    id: 'loc',
    label: 'lines of code',
    patterns: [
      /\blines of code\b/,
      /\b(?:s?loc)\b/,
      // "Delete lines of legacy Fortran", "lines of legacy code": code volume in any language.
      /\blines of (?:[\w+#-]+\s+){0,2}?code\b/,
      /^(?:delete|remove|cut|write|add|retire)\s+(?:«\d+»\s+|\d[\d,.]*k?\s+)?lines of\b/,
      // "Lines of Rust in the proxy from 40k to 120k": lines of a language counted.
      /\blines of (?:legacy\s+|new\s+)?(?:rust|go|golang|python|java|typescript|javascript|kotlin|swift|scala|ruby|php|c\+\+|c#|cobol|fortran|perl|elixir|haskell|dart|objective-c|terraform|sql)\b/,
    ],
    gamedBy: 'verbose code or deleting code for show',
    alternative: 'lead time or change failure rate',
    patch: LEAD_TIME,
  },
  {
    id: 'prs',
    label: 'pull requests or commits',
    patterns: [
      new RegExp(
        `\\b${N}(?:merged\\s+|new\\s+|opened\\s+)?(?:[a-z]+-[a-z-]+\\s+)?(?:pull requests|prs|merge requests|mrs|commits)\\b`,
      ),
      // "Commits to the firmware repo up to 600/month": the count named first, then where to.
      // ("Refactor commits to the sensor hub": a kind of commit named first.)
      /^(?:(?:raise|increase|grow|double|boost|lift)\s+(?:the\s+)?)?(?:(?:refactor(?:ing)?|bug-?fix|feature|test|docs?|clean-?up)\s+)?(?:pull requests|prs|merge requests|mrs|commits)\s+(?:to|into|on|in|per|a|each)\s/,
      /\b(?:pr|pull request|merge request|mr|commit)s?\s+(?:throughput|count|volume)\b/,
      /\b(?:pull requests|prs|merge requests|mrs|commits)\s+(?:merged|opened|per (?:engineer|developer|dev|day|week|sprint|month|quarter|release))\b/,
      // "Raise merged PRs from 30 to 80 a month": the count named by its adjective first.
      /\b(?:merged|opened|raised|submitted)\s+(?:pull requests|prs|merge requests|mrs)\b/,
    ],
    unless:
      /\b(?:time|age|size|lead|cycle|review time|turnaround|wait|without (?:any |a )?reviews?|unreviewed|reverted|rolled back|failing)\b/,
    gamedBy: 'splitting work into many tiny changes',
    alternative: 'lead time from first commit to production, with change failure rate',
    patch: LEAD_TIME,
  },
  {
    id: 'code-housekeeping',
    label: 'code housekeeping counts',
    patterns: [
      // "Cut the count of TODO comments": markers counted, which go by deleting the marker.
      /\b(?:todo|fixme|hack|xxx)s?\s+(?:comments?|markers?|notes?|tags?)\b/,
      /\b(?:number|count) of\s+(?:todo|fixme|hack|xxx)s\b/,
      // "Lower the number of open Dependabot PRs": a queue that empties by closing unmerged.
      /\bopen\s+(?:[a-z0-9-]+\s+){0,2}?(?:pull requests|prs|merge requests|mrs)\b/,
    ],
    // ("Open PRs waiting more than 2 days for review": how long a change waits is lead time.)
    unless: /(?<![\w-])(?:time|age|aged|older|wait\w*|lead|cycle|days?|hours?|weeks?)\b/,
    gamedBy: 'deleting the markers or closing pull requests without doing the work',
    alternative: 'days a known-vulnerable dependency stays in production, or escaped bugs',
    patch: ESCAPED_BUGS,
  },
];
