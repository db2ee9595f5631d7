import {
  CHANGE_FAILURE,
  EXTERNAL_DEVELOPERS,
  LEAD_TIME,
  type GameableFamily,
} from './gameableShared';

// A count in front of a noun, as the normalised text writes it: "12 ", "40k ", "95% of ", "all ".
const COUNT =
  '(?:\\d[\\d,.]*(?![a-jl-z])\\s*(?:k\\s+|%\\s+(?:of\\s+)?(?:the\\s+|our\\s+)?)?|all\\s+(?:the\\s+|our\\s+)?|more\\s+)';
// A count of new things, not a share of what exists: "Publish 100% of internal APIs in the
// portal" lists what is there (a rollout), "Document 100% of dbt models" still writes new docs.
// ("Deliver 00Z model products": digits run into letters name a code, a run or a model.)
const NEW_COUNT = '(?:\\d[\\d,.]*(?![a-jl-z])\\s*(?:k\\s+)?(?![\\d,.%])|more\\s+)';
// Things people build that can be counted without anyone using them.
const ARTEFACT =
  '(?:dashboards?|reports?|(?:ml\\s+|machine[- ]learning\\s+|prediction\\s+|churn\\s+\\S+\\s+)?models?|landing pages?|web ?pages?|pages?|articles?|help(?:-centre| center)? articles?|endpoints?|apis?|(?:ui\\s+)?components?|playbooks?|runbooks?|datasets?|adrs?|rfcs?|design docs?|docs?|guides?|templates?|notebooks?|scripts?|videos?|tutorials?|blog posts?|microservices?|libraries|packages|plugins?|widgets?|charts?|panels?|visuali[sz]ations?|metrics?|queries|pipelines?|etl jobs?|jobs?|screens?|prototypes?|mock-?ups?|specs?|user stories|stories|epics?)';
const PRODUCE =
  '(?:build|create|produce|write|develop|train|author|design|make|define|document|prototype|draft)';
const DISTRIBUTE =
  '(?:ship|publish|deploy|launch|add|deliver|release|stand up|spin up|set up|put out)';
const MADE =
  '(?:built|created|generated|shipped|produced|published|written|deployed|launched|added|developed|delivered|trained|authored|designed|released|updated|made|defined|documented|prototyped|drafted)';

// Verbs of doing or making; with a count of things after them, the KR counts activity.
const ACT =
  '(?:carry out|undertake|approve|moderate|process|issue|source|acknowledge|digiti[sz]e|catalogue|catalog|transcribe|answer|reply to|respond to|build|create|write|produce|publish|launch|ship|develop|design|author|send|run|hold|conduct|host|fix|close|resolve|remove|delete|clean up|commit|merge|review|file|log|draft|record|post|generate|perform|execute|deliver|release|add|complete|finish|do|index|tag|label|annotate|translate|locali[sz]e|import|rotate|patch|scan|test|audit|tune|triage|enrich|update|rewrite|clean|categori[sz]e|classify|moderate|certify|approve|automate|remediate|script|optimi[sz]e|photograph|film|shoot|illustrate|instrument)';
// Verbs of taking part in events: fairs, shows and talks a team goes to are counted as they are
// held, whatever they bring in ("Attend 12 craft fairs", "Speak at 8 parish meetings").
const ATTEND = '(?:attend|exhibit at|speak at|present at|appear at|trade at|perform at)';
// A verb of doing with its particle: "write up", "draw up", "send out" do what the verb does.
const ACT_OR_ATTEND = `(?:${ACT}(?:\\s+(?:up|out))?|${ATTEND})`;
// The people a team serves, never its workers: what they complete is an outcome.
const SERVED =
  '(?:customers|users|clients|members|patients|students|learners|applicants|visitors|players|guests|shoppers|buyers|subscribers|citizens|residents|passengers|travell?ers|readers|viewers|listeners|fans|donors|tenants|candidates|parents|families|consumers|people|riders|diners|callers|claimants|borrowers|investors|savers|pupils|employers|this|it|that|was|is|has|as)';
// Counted things that are not activity: people, places, units of time, money.
// (Lines of code are code volume, their own family: "Remove 40,000 lines of legacy code".)
const NOT_ACTIVITY =
  '(?:lines|markets|regions|countries|customers|clients|merchants|partners|sellers|users|engineers|people|staff|hires|developers|teams|squads|stores|sites|locations|languages|currencies|minutes|hours|days|weeks|months|seconds|times|points|percent|dollars|pounds|euros)';

// Verbs of winning, keeping or serving people or places: what they count is reach, not things made.
const ACQUIRE =
  '(?:win|sign|gain|attract|acquire|recruit|hire|welcome|enrol|enroll|onboard|convert|get|land|open|bring|register|retain|keep|serve|see|reach|grow|lose|book|sell|list|stock|source|buy)';

/** Activity counts in disguise: code volume, review comments, artefacts built, items closed. */
export const WORK_FAMILIES: readonly GameableFamily[] = [
  {
    id: 'activity-count',
    label: 'a count of things done',
    upOnly: true,
    patterns: [
      // "Run 10 failover rehearsals", "Write 30 new detection rules", "Fix 1000 vulnerabilities",
      // "Publish at least 40 new GIS layers", and with the workers named as the subject,
      // "Moderators approve 10k forum posts" (items put through by people, counted).
      // ("Scouts complete 600 trap counts a week", "Engineers complete 1,200 visits a month": the
      // workers as the subject; "Customers complete 500 purchases" are not workers.)
      // Any verb of doing follows the workers ("Tutors write 500 critiques", "Surveyors produce
      // 250 field sketches"), not only verbs of putting items through.
      new RegExp(
        `^(?:(?:our\\s+)?(?!${SERVED}\\b)[a-z-]+s\\s+(?=(?:handle|${ACT_OR_ATTEND})\\b))?${ACT_OR_ATTEND}\\s+(?:(?:at least|over|more than|another|a further)\\s+)?(?:\\d[\\d,.]*\\s*(?:(?:k|m|million|bn|billion|thousand)\\s+)?|more\\s+)(?:new\\s+|more\\s+|additional\\s+|extra\\s+)?(?:[a-z0-9-]+\\s+){0,3}?(?!${NOT_ACTIVITY}\\b)[a-z-]{3,}s\\b`,
      ),
      // "Designers produce 50 new button designs a month", "Draw 400 new glyphs per month": new
      // things made at a rate, whatever the verb of making and with the workers as the subject or
      // not, are the same count of things done; people won or welcomed ("Sign 40 new members a
      // month") and things that are not activity (stores, markets) are not.
      new RegExp(
        `^(?:(?:our\\s+)?(?!${SERVED}\\b)[a-z-]+s\\s+)?(?!${ACQUIRE}\\b)[a-z-]+\\s+(?:(?:at least|over|more than|another|a further)\\s+)?\\d[\\d,.]*\\s*(?:k\\s+)?new\\s+(?:[a-z0-9-]+\\s+){0,3}?(?!${NOT_ACTIVITY}\\b|${SERVED}\\b)[a-z-]{3,}s\\s+(?:a|an|per|each|every)\\s+(?:day|week|month|quarter|year|sprint|season|term)\\b`,
      ),
      // "Detection rules written per analyst per month": output per head or per period.
      // "Inspections recorded per site per week", "damage photos captured per return": records
      // made per place or per job are the same count of things done (failures recorded are not).
      /(?<![a-z0-9-])(?!(?:incidents|failures|errors|defects|complaints|accidents|injuries|faults|crashes|outages|breaches|near-misses|claims|disputes|returns|cancellations)\b)[a-z0-9-]+s\s+(?:written|created|built|produced|published|authored|shipped|added|closed|resolved|fixed|merged|reviewed|completed|delivered|launched|released|deployed|sent|answered|handled|logged|held|run|recorded|attended|hosted|given|remediated|patched|triaged|automated|captured|uploaded|filed|taken)\s+per\s+(?:\S+\s+)?(?:analyst|engineer|developer|dev|person|head|member|agent|designer|writer|inspector|technician|site|store|depot|branch|job|return|vehicle|hire|visit|shift|week|month|sprint|day|quarter)\b/,
      // "Push notifications sent per visitor", "SMS reminders sent per booking": messages we send,
      // per person or per visit, raised by sending more whatever they change.
      /\b(?:notifications|reminders|emails|nudges|texts|sms(?:es)?|push(?:es)?|prompts)\s+(?:sent|pushed|fired|delivered|triggered)\s+per\s+(?:\S+\s+)?(?:visitor|user|customer|guest|booking|member|session|visit|player|donor|patient|order|account)\b/,
      // "Issue the 9,000 PCNs a month stipulated in the contract": a quota per period, however
      // it is set ("Deliver the 12 lots Orion ordered" is a known set, work to do).
      new RegExp(
        `^${ACT}\\s+the\\s+\\d[\\d,.]*\\s*(?:k\\s+)?(?:[a-z0-9-]+\\s+){0,3}?(?!${NOT_ACTIVITY}\\b)[a-z-]{3,}s\\s+(?:a|an|per|each|every)\\s+(?:day|week|month|quarter|year|shift)\\b`,
      ),
      // "Field observations logged in the observation app", "sensor alerts acknowledged on the
      // monitoring console": records made in one of our systems, counted.
      /(?<![a-z0-9-])(?!(?:incidents|failures|errors|defects|complaints|accidents|injuries|faults|crashes|outages|breaches|near-misses|claims|disputes|returns|cancellations|users|customers|patients|applications|bookings|orders|payments|sales|requests|enquiries|inquiries|transactions|purchases|registrations|renewals|sign-ups|prescriptions|journeys|tasks)\b)[a-z0-9-]+s\s+(?:logged|recorded|filed|posted|submitted|acknowledged|completed|entered|raised)\s+(?:in|on|into|through|via|using)\s+(?:the|our)\s+(?:[a-z0-9-]+\s+){0,3}?(?:app|system|tool|portal|console|platform|dashboard)\b/,
      // "Double open-day social media posts from 40 to 80": posts we publish, counted.
      /\b(?:social(?: media)?|twitter|x|linkedin|instagram|tiktok|facebook|youtube)\s+(?:posts|stories|reels|videos|tweets|updates)\b/,
      // "Write SDKs for 5 more languages", "Tune relevance for 200 top queries".
      new RegExp(
        `^(?:${ACT}|optimi[sz]e|improve|refactor|document|instrument)\\s+(?:[a-z0-9-]+\\s+){1,3}?(?:for|on|across|to)\\s+(?:the\\s+)?(?:top\\s+)?\\d[\\d,.]*\\s*k?\\s+(?:more\\s+|new\\s+|top\\s+|additional\\s+)?(?:[a-z-]+\\s+){0,2}?(?!(?:minutes|hours|days|weeks|months|seconds|times|percent)\\b)[a-z-]{3,}s\\b`,
      ),
      // "Publish four more snowpack explainer posts a month": a count of things made, in words.
      new RegExp(
        `^${ACT}\\s+(?:at least\\s+|another\\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\\s+(?:more\\s+|new\\s+|additional\\s+|extra\\s+)?(?:[a-z0-9-]+\\s+){0,3}?(?!${NOT_ACTIVITY}\\b)[a-z-]{3,}s\\b`,
      ),
      // "Increase the number of detection rules deployed", "Double the inspection images captured
      // per blade": things we make, counted up, whatever they are counted per.
      /^(?:increase|raise|grow|double|triple|boost|lift)\s+(?!.*\b(?:share|proportion|percentage|fraction|rate|ratio)\s+of\b)(?:the\s+)?(?:(?:number|count|volume)\s+of\s+)?(?:[a-z0-9-]+\s+){0,3}?(?!(?:users|customers|members|patients|visitors|people|staff)\b)[a-z-]{3,}s\s+(?:deployed|written|created|built|produced|published|authored|captured|taken|uploaded|shipped|released)\b(?!\s+(?:on time|within|without))/,
      // "Send 2x more emails", "Commit 50% more code".
      new RegExp(
        `^${ACT}\\s+\\d[\\d,.]*\\s*(?:%|x|times)\\s+(?:more|as many)\\s+(?!often|frequently)[a-z-]+`,
      ),
    ],
    unless:
      /\b(?:within|under|below|less than|in under|without|with (?:zero|no|0|an? error|fewer|under))\b|\d\s*%\s+of\b|\b(?:first|every|each|per)\s+(?:week|month|day|release|sprint)\b.*\b(?:error|incident|failure|crash)/,
    gamedBy: 'doing more of the activity without anything improving',
    alternative: 'the result the activity is meant to produce, measured from where it is today',
    // Any trade's activity: the rewrite asks for its result, which the person then names.
    patch: {
      title: 'Raise the result this activity is meant to produce',
      metric: 'result of the activity',
      direction: 'increase',
    },
  },
  {
    id: 'code-volume',
    label: 'volume of code added or removed',
    patterns: [
      /\b(?:lines|loc|sloc)\b(?:\s+of\s+(?:\S+\s+)?code)?\s+(?:added|removed|deleted|written|cut|changed|migrated|rewritten|shipped|refactored|restructured|cleaned up)\b/,
      /\b(?:delete|remove|add|write|cut|eliminate|drop|rewrite|migrate|ship|refactor|restructure|clean up)\s+(?:\S+\s+){0,2}?\d[\d.,]*\s*k?\s+(?:\S+\s+)?lines\b/,
      /\b(?:net\s+)?code\s+(?:deleted|removed|added|written)\b|\bcode churn\b|\bchurned lines\b/,
      /^(?:shrink|reduce|cut|trim|halve|slim|remove|delete)\s+(?:\d[\d.,]*%\s+of\s+)?(?:the\s+|our\s+)?(?:\S+\s+){0,3}?(?:codebase|code base|code size|lines of code)\b/,
      /\bsize of (?:the |our )?(?:\S+\s+)?(?:codebase|code base)\b/,
    ],
    // ("74% of lines shipped complete", "order lines shipped in full": a share of lines meeting a
    // standard is a fill rate of orders, not code; code lines are counted, not shared out.)
    unless:
      /\blines changed per\b|\b(?:pr|pull request|change) size\b|(?:%|«\d+»|\b(?:percent|share|proportion))\s+of\s+(?:(?:the|our|all)\s+)?(?:order\s+)?lines\b|\blines\s+(?:\S+\s+)?(?:complete|in full|on time)\b/,
    gamedBy: 'verbose code, or deleting code for show',
    alternative: 'lead time or change failure rate in the code you are changing',
    patch: LEAD_TIME,
  },
  {
    id: 'review-comments',
    label: 'review comments or approvals',
    patterns: [
      /\breview comments?\b/,
      /\bcomments?\s+(?:left\s+)?(?:per|on each|on every|on)\s+(?:pr|pull request|merge request|mr|review|change)s?\b/,
      /\b(?:approvals?|reviewers?)\s+per\s+(?:pr|pull request|merge request|mr|change)\b/,
      /\b(?:code\s+)?reviews?\s+(?:done|completed|performed|given|left)\s+per\b|\breviews? per (?:engineer|developer|dev|person|week)\b/,
    ],
    unless: /\breview (?:time|wait|turnaround|latency)\b|\btime to (?:first )?review\b/,
    gamedBy: 'leaving comments or approvals that change nothing',
    alternative: 'escaped bugs or change failure rate for reviewed changes',
    patch: CHANGE_FAILURE,
  },
  {
    id: 'artefacts',
    label: 'artefacts built',
    upOnly: true,
    patterns: [
      // ("Raise the number of alerts configured on the calc pipeline": alerts set up, counted.)
      /\b(?:alerts?|alert rules?|monitors?)\s+(?:configured|set up|created|built|added|written)\b/,
      new RegExp(
        `\\b(?:${PRODUCE}\\s+${COUNT}|${DISTRIBUTE}\\s+${NEW_COUNT})(?:new\\s+|more\\s+|additional\\s+|fresh\\s+)?(?:\\S+\\s+){0,3}?${ARTEFACT}\\b`,
      ),
      new RegExp(
        `^(?:the\\s+)?(?:number of\\s+|count of\\s+|# of\\s+)?(?:new\\s+)?(?:\\S+\\s+){0,2}?${ARTEFACT}(?<=s)\\s+(?:\\S+\\s+)?${MADE}\\b`,
      ),
      new RegExp(
        `\\b(?:number|count) of (?:new\\s+|live\\s+)?(?:\\S+\\s+){0,2}?${ARTEFACT}\\b(?!\\s+(?:per|that|with|where|failing|breaching|older|stale|erroring))`,
      ),
      new RegExp(
        `\\b${ARTEFACT}\\s+(?:[a-z-]+\\s+)?(?:in|on)\\s+(?:the\\s+)?(?:\\S+\\s+){0,2}?(?:registry|catalog(?:ue)?|library|portal|wiki|marketplace|workspace)\\b`,
      ),
      /\b(?:catalog(?:ue)?|registry|wiki|confluence|knowledge[- ]base|portal)\s+(?:entries|pages|articles|items|records|components)\b/,
      // "ML models in production from 4 to 12": what was built, counted where it runs.
      new RegExp(
        `^(?:the\\s+)?(?:number of\\s+)?(?:[a-z0-9-]+\\s+){0,2}?(?:ml\\s+|machine[- ]learning\\s+|prediction\\s+|ai\\s+)?(?:models|dashboards|reports|notebooks|pipelines)\\s+(?:live\\s+)?(?:in|into|on)\\s+(?:production|prod)\\b(?=\\s*(?:$|[:,(]|from\\b|\\d))`,
      ),
      new RegExp(
        `\\b(?:${PRODUCE}|${DISTRIBUTE})\\s+(?:an?|one)\\s+(?:\\S+\\s+){0,2}?${ARTEFACT}\\s+(?:for|per|in)\\s+(?:every|each|all)\\b`,
      ),
      // "Go from 4 to 16 Looker dashboards", "Take the farm from 3 Grafana dashboards to 20": how
      // many were built, said as a move between two counts.
      /\bfrom\s+\d[\d,]*\s+(?:to\s+\d[\d,]*\s+)?(?:[a-z-]+\s+){0,2}?(?:dashboards|reports|notebooks|runbooks|playbooks|models)\b(?:\s+to\s+\d)?/,
    ],
    unless:
      /\b(?:page (?:load|views?|weight|speed|size)|pageviews?|on-call pages?|pages? (?:per|a|each) (?:engineer|shift|week|month|night)|pager|out-of-hours pages|stale|staleness|freshness|fresh data|older than|errors?(?!-)|failing|failures?(?!-)|latency|accuracy|precision|recall|auc|uptime|load time|crash|reports? per|reported by|bug reports?|user reports?|cheating reports?|api calls?|queries per|response time|p\d\d|migrated|moved|ported|switched|upgraded|converted|onboarded|decommissioned|retired|automatically|manually|by hand|without manual|(?:answered|resolved|solved|handled|settled) (?:in|through|via|by|on|with(?:out)?)|(?:inside|within) (?:the |an? )?\d+\s?[a-z-]*\s?(?:window|sla|deadline|limit))\b/,
    // ("Reports delivered inside the 24h window": a share on time, not reports written.)
    // ("failure-prediction models" are models, not failures; "queries resolved in the portal"
    // is a share answered by self-service, not queries written.)
    gamedBy: 'building things nobody uses',
    alternative:
      'what the artefacts are for: the decisions, questions or incidents they change, e.g. data requests answered without an analyst',
    patch: {
      title: 'Raise the share of data questions answered without an analyst',
      metric: 'self-serve answer rate',
      unit: '%',
      direction: 'increase',
    },
  },
  {
    id: 'items-closed',
    label: 'action items or alerts closed',
    patterns: [
      /\b(?:action items?|corrective actions?|follow-?ups?|follow-?up actions?|(?:post-?mortem|post-incident|incident|retro|retrospective|audit|review) (?:actions?|items?|tasks?|tickets?)|remediation (?:actions?|items?|tasks?|tickets?))\b.*\b(?:closed|completed|resolved|done|closure|completion|close|complete|resolve|finished|on time)\b/,
      /\b(?:completion|closure|close|resolution) rate (?:of|for) (?:\S+\s+){0,2}?(?:action items?|follow-?ups?|actions|findings|alerts)\b/,
      /\b(?:close|complete|resolve|finish|clear|burn down)\s+(?:\S+\s+){0,4}?(?:action items?|corrective actions?|follow-?ups?|follow-?up actions?|post-?mortem (?:actions?|items?))\b/,
      /\b(?:alerts?|findings?|(?:dependabot|snyk|renovate|security|vulnerability|sonar\w*|audit|scanner)\s+(?:alerts?|findings?|tickets?|issues?|prs?))\s+(?:[a-z]+\s+(?:and|or)\s+)?(?:closed|resolved|cleared|fixed|triaged|dismissed|burned down|merged|silenced|muted|suppressed|deleted|removed)\b/,
      // "Get open alerts in the SIEM queue below 200": a queue emptied by closing, whatever the fix.
      /\b(?:open|unacknowledged|unacked|unresolved|untriaged|outstanding|pending)\s+(?:[a-z-]+\s+)?(?:alerts|findings|detections)\s+(?:in|on)\s+(?:the\s+|our\s+)?(?:\S+\s+){0,3}?(?:queue|backlog|inbox|console)\b/,
      // "Cut open Sentry alerts in the billing service", "open Datadog warnings": a tool's open
      // alerts or warnings counted down, however they are closed.
      /\b(?:open|unacknowledged|unacked|unresolved|untriaged|outstanding)\s+(?:[a-z0-9-]+\s+)?(?:alerts|warnings)\s+(?:in|on|across|from)\s+(?:the\s+|our\s+)/,
      new RegExp(
        `\\b(?:close|resolve|clear|fix|triage|acknowledge|ack|dismiss|burn down|merge|silence|mute|suppress)\\s+(?:and\\s+\\S+\\s+)?${COUNT}?(?:\\S+\\s+){0,3}?(?:alerts|alarms|warnings|findings|vulnerability tickets|security tickets|dependabot prs)\\b`,
      ), // "Close 95% of Jira tickets within 5 days", "QA tickets resolved within the sprint": tickets
      // in the team's own tracker closed, however fast, can be closed without the work being done
      // (a service desk's tickets are people waiting, a service level).
      /\b(?:close|resolve|clear|complete)\s+(?:«\d+»\s+(?:of\s+)?|\d+\s*%\s+of\s+|all\s+)?(?:the\s+|our\s+)?(?:jira|linear|youtrack|qa|internal|engineering|dev)\s+(?:tickets|issues)\b|\b(?:jira|linear|youtrack|qa|internal|engineering|dev)\s+(?:tickets|issues)\s+(?:closed|resolved|cleared|completed)\b/,
      // "Close 95% of sorter maintenance tickets within 48h", "90% of PLC alarms closed within 15
      // minutes", "95% of change requests closed within the sprint": whatever the tracker, a share
      // CLOSED in time is met by closing; resolving or answering them is the service level above.
      /\bclose\s+(?:«\d+»\s+(?:of\s+)?|\d+\s*%\s+of\s+|all\s+)(?:the\s+|our\s+)?(?:[a-z0-9-]+\s+){0,3}?(?:tickets|change requests|alarms)\b|\b(?:tickets|change requests|alarms)\s+closed\s+within\b/,
    ],
    unless:
      /\b(?:that need no action|actionable|noise|false positives?|time to (?:resolve|close|fix)|age|older than|mean time|mttr|median time)\b/,
    gamedBy: 'closing items without fixing what raised them',
    alternative: 'repeat incidents with the same cause, or the age of open critical findings',
    patch: {
      title: 'Reduce repeat incidents with the same root cause',
      metric: 'repeat incidents',
      unit: 'count/quarter',
      direction: 'decrease',
    },
  },
  {
    id: 'vanity',
    label: 'a vanity count',
    patterns: [
      /\b(?:github|repo|repository)\s+stars\b|\bstars on github\b|\b(?:social(?: media)?|twitter|linkedin|instagram|tiktok|youtube)\s+(?:followers|likes|shares|mentions|impressions)\b|\b(?:followers|likes|retweets|impressions)\b/,
    ],
    // "Ad-insertion failures per million impressions": impressions are the denominator of a rate.
    unless:
      /\bper (?:user|session|visit)\b|\b(?:shares|likes|followers|mentions)\s+(?:that|which)\s+(?:lead|led|convert|result|turn)|\bper\s+(?:\S+\s+)?(?:impressions|views|plays|likes)\b/,
    gamedBy: 'campaigns, giveaways or bought attention that change nothing for users',
    alternative: 'what the attention is for: active users, retention or sign-ups that convert',
    patch: {
      title: 'Raise the share of new sign-ups still active after 30 days',
      metric: '30-day retention',
      unit: '%',
      direction: 'increase',
    },
  },
  {
    id: 'threats-blocked',
    label: 'a count of attacks or requests blocked',
    patterns: [
      // "Block 10 million bot requests a month", "attacks stopped at the edge from 2k to 5k": a
      // count of what a filter caught grows with the attacks, or with a looser filter.
      /\b(?:block|stop|catch|deflect|filter|reject|quarantine)\s+(?:another\s+|a further\s+)?\d[\d,.]*\s*(?:k|m|million|bn|billion)?\s+(?:more\s+)?(?:[a-z-]+\s+){0,2}?(?:requests|attacks|threats|bots|attempts|emails|spam|messages|malware|intrusions)\b|\b(?:number|count|#) of\s+(?:[a-z-]+\s+){0,2}?(?:requests|attacks|threats|bots|attempts|emails|messages|intrusions)\s+(?:blocked|stopped|caught|deflected|filtered|rejected|quarantined)\b/,
    ],
    gamedBy:
      'a looser filter, or simply more attacks: the count grows whether or not anyone is safer',
    alternative: 'what gets through: successful attacks, account takeovers or fraud losses',
    patch: {
      title: 'Cut account takeovers from automated attacks',
      metric: 'account takeovers',
      unit: 'count/month',
      direction: 'decrease',
    },
  },
  {
    id: 'throughput',
    label: 'ticket or story throughput',
    patterns: [
      /\b(?:jira|ticket|story|issue|task|card|work item)s?\s+throughput\b/,
      /\bthroughput of (?:jira\s+)?(?:tickets|stories|issues|tasks|cards|prs|pull requests)\b/,
      /\bsay[-/ ]do\b/,
    ],
    // ("Peak sustained ticket throughput in load test 18k/s": a system's load of tickets sold,
    // per second, not work items closed.)
    unless: /\b(?:per second|per sec|\/s|tps|load test|peak|sustained)\b|«\d+»\s*\/s\b/,
    gamedBy: 'splitting work into smaller tickets',
    alternative: 'lead time from first commit to production, e.g. 14 days → 3 days',
    patch: LEAD_TIME,
  },
  {
    id: 'engineer-satisfaction',
    label: 'engineer satisfaction score',
    patterns: [
      /\b(?:satisfaction|happiness|sentiment|morale|nps|survey score|engagement)\s+(?:among|of|from|for|with)\s+(?:our\s+|the\s+|internal\s+)?(?:\S+\s+)?(?:engineers|developers|devs|staff|employees|team members)\b/,
    ],
    unless: EXTERNAL_DEVELOPERS,
    gamedBy: 'dropping unpopular duties such as on-call instead of fixing their causes',
    alternative: 'lead time, MTTR or incident load per engineer',
    patch: {
      title: 'Cut off-hours pages per on-call engineer',
      metric: 'pages per engineer',
      unit: 'count/month',
      direction: 'decrease',
    },
  },
];
