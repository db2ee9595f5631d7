import type { Tone } from '../domain/scoring/judgement';
import { chip, e, row, table, text } from './htmlParts';
import {
  hasNoObjectives,
  noObjectivesText,
  OVERRIDE_NOTE,
  type ScorecardColumn,
  SECTION_TITLES,
  scorecardCells,
  scorecardColumns,
  summaryBlocks,
  summaryFigures,
} from './outline';
import type { ReviewDocument } from './types';

/** The cover: what, whose, when; small, so the summary shares page one. */
export function cover(doc: ReviewDocument): string {
  const c = doc.cover;
  const facts: [string, string][] = [];
  if (c.businessNeed.trim()) facts.push(['Business need', text(c.businessNeed)]);
  if (c.engineeringLever.trim()) facts.push(['Engineering lever', text(c.engineeringLever)]);
  const eyebrow = doc.title.replace(`${c.quarter} `, '');
  return `<header class="cover"><div class="eyebrow">${e(eyebrow)} · ${e(c.quarter)}</div>
<h1>${e(c.teamName)}</h1>
<p class="cover-meta">${e(c.teamFunction)} · ${e(c.dateRange)} · generated ${e(c.generatedOn)}</p>
${facts.length > 0 ? `<dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>` : ''}</header>`;
}

function figures(doc: ReviewDocument): string {
  const s = doc.executive;
  const cards: string[] = [];
  if (doc.kind !== 'plan') {
    cards.push(
      `<div class="figure overall"><span class="big">${e(s.overallScoreText)}</span><span>Overall score</span></div>`,
    );
    for (const v of s.verdicts) {
      const tone: Tone = v.missed > 0 ? 'bad' : v.scored > 0 ? 'good' : 'info';
      cards.push(`<div class="figure ${tone}"><span class="lead">${e(v.text)}</span></div>`);
    }
  } else {
    for (const f of summaryFigures(doc))
      cards.push(`<div class="figure"><span class="lead">${e(f)}</span></div>`);
  }
  return `<div class="figures">${cards.join('')}</div>`;
}

function distribution(doc: ReviewDocument): string {
  const bands = doc.executive.distribution;
  if (bands.length === 0) return '';
  const items = bands.map(
    (d) =>
      `<li><strong>${d.count}</strong> ${e(d.label.toLowerCase())} <span class="muted">${e(d.range)}</span></li>`,
  );
  return `<ul class="bands"><li class="muted">Key results by band:</li>${items.join('')}</ul>`;
}

/** Page one: headline, figures, and the named misses, overrides, risks and asks. */
export function summary(doc: ReviewDocument): string {
  const s = doc.executive;
  if (hasNoObjectives(doc)) {
    const said = s.headline ? `<p class="headline text">${e(s.headline)}</p>\n` : '';
    return `<section class="summary"><h2>${SECTION_TITLES.summary}</h2>
${said}<p class="text">${e(noObjectivesText(doc.cover.quarter))}</p></section>`;
  }
  const headline =
    doc.kind === 'plan'
      ? ''
      : s.headline
        ? `<p class="headline text">${e(s.headline)}</p>`
        : '<p class="headline muted">No headline yet: the team writes it in the cycle retrospective.</p>';
  const blocks = summaryBlocks(doc).map(
    (b) =>
      `<div class="block ${b.tone}"><h3>${e(b.title)}</h3><ul>${b.items.map((i) => `<li class="text">${e(i)}</li>`).join('')}</ul></div>`,
  );
  return `<section class="summary"><h2>${SECTION_TITLES.summary}</h2>
${headline}
${figures(doc)}
${distribution(doc)}
${blocks.length > 0 ? `<div class="blocks">${blocks.join('')}</div>` : ''}</section>`;
}

/** How wide each scorecard column is, relative to the others: the key result's title gets most. */
const COLUMN_WEIGHTS: Record<ScorecardColumn['key'], number> = {
  ref: 4,
  title: 26,
  owner: 10,
  range: 14,
  final: 10,
  score: 7,
  verdict: 16,
  confidence: 7,
  lineage: 9,
};

/** One table of every key result, grouped under its objective; fits a page for 13 key results. */
export function scorecard(doc: ReviewDocument): string {
  // The summary has said there are no objectives: no table of nothing under a heading.
  if (hasNoObjectives(doc)) return '';
  const columns = scorecardColumns(doc.kind);
  const numeric = columns.flatMap((c, i) => (c.isNumeric ? [i] : []));
  const classes = columns.map((c) =>
    c.isNumeric ? 'num' : c.key === 'ref' || c.key === 'verdict' ? 'nowrap' : null,
  );
  const rows = doc.objectives.flatMap((o) => {
    const scored =
      doc.kind === 'plan'
        ? ''
        : `<span class="group-score">${e(o.scoreText)} ${chip(o.tone, o.verdict)}</span>`;
    const head = `<tr class="group"><td colspan="${columns.length}"><span class="group-title">${o.number}. ${e(o.title)}</span> <span class="muted">${e(o.kindLabel)}</span>${scored}</td></tr>`;
    const krs = o.keyResults.map((kr) => {
      const cells = scorecardCells(kr);
      return row(
        columns.map((c) => (c.key === 'verdict' ? chip(kr.tone, cells.verdict) : e(cells[c.key]))),
        classes,
      );
    });
    return [head, ...krs];
  });
  const weights = columns.map((c) => COLUMN_WEIGHTS[c.key]);
  const sum = weights.reduce((a, b) => a + b, 0);
  const colgroup = `<colgroup>${weights.map((w) => `<col style="width: ${((w / sum) * 100).toFixed(1)}%">`).join('')}</colgroup>`;
  const hasOverride = doc.objectives.some((o) => o.keyResults.some((kr) => kr.isOverridden));
  const title = doc.kind === 'plan' ? SECTION_TITLES.plan : SECTION_TITLES.scorecard;
  // A review's scorecard stays on one page; a plan's may follow its short summary on page one.
  const whole = doc.kind === 'plan' ? '' : ' whole';
  return `<section class="scorecard${whole}"><h2>${title}</h2>
${table(
  columns.map((c) => c.label),
  rows,
  numeric,
  'scorecard-table',
).replace('<thead>', `${colgroup}<thead>`)}
${hasOverride ? `<p class="note muted">${e(OVERRIDE_NOTE)}</p>` : ''}</section>`;
}
