import { chartToSvg } from '../charts/svg';
import type { Band } from '../domain/scoring/bands';
import { stripControl } from './sanitize';
import { REVIEW_CSS } from './htmlStyle';
import type { KeyResultSection, ObjectiveSection, ReviewDocument } from './types';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside HTML text and quoted attribute values. */
export function escapeHtml(text: string): string {
  return stripControl(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const SVG_NS = ' xmlns="http://www.w3.org/2000/svg"';

const e = escapeHtml;

function chip(band: Band | null, label: string): string {
  return `<span class="chip ${band ?? 'unscored'}">${e(label)}</span>`;
}

function text(value: string, fallback = '–'): string {
  return value.trim() === '' ? `<span class="muted">${fallback}</span>` : e(value.trim());
}

function row(cells: string[], classes: (string | null)[] = []): string {
  const tds = cells.map((c, i) => {
    const cls = classes[i];
    return cls ? `<td class="${cls}">${c}</td>` : `<td>${c}</td>`;
  });
  return `<tr>${tds.join('')}</tr>`;
}

function table(header: string[], rows: string[], numeric: number[] = [], cls = ''): string {
  const ths = header.map((h, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${h}</th>`);
  const attr = cls ? ` class="${cls}"` : '';
  return `<table${attr}><thead><tr>${ths.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function cover(doc: ReviewDocument): string {
  const c = doc.cover;
  const facts: [string, string][] = [
    ['Team', `${e(c.teamName)} · ${e(c.teamFunction)}`],
    ['Quarter', `${e(c.quarter)}, ${e(c.dateRange)}`],
  ];
  if (c.businessNeed.trim()) facts.push(['Business need', text(c.businessNeed)]);
  if (c.engineeringLever.trim()) facts.push(['Engineering lever', text(c.engineeringLever)]);
  facts.push(['Generated', e(c.generatedOn)]);
  return `<header class="cover"><div class="eyebrow">Quarterly review · ${e(c.quarter)}</div>
<h1>${e(c.teamName)}</h1>
<dl>${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></header>`;
}

function summary(doc: ReviewDocument): string {
  const s = doc.summary;
  const rows = s.objectives.map((o, i) =>
    row(
      [
        `${i + 1}. ${e(o.title)}`,
        e(o.expectation),
        `<span class="score">${e(o.scoreText)}</span>`,
        chip(o.band, o.bandLabel),
      ],
      [null, null, 'num', null],
    ),
  );
  const distribution = s.distribution
    .filter((d) => d.band !== 'unscored' || d.count > 0)
    .map(
      (d) =>
        `<li><div><span class="count">${d.count}</span> ${chip(d.band === 'unscored' ? null : d.band, d.range)}</div><p>${e(d.meaning)}</p></li>`,
    );
  return `<section class="summary"><h2>Summary</h2>
${table(['Objective', 'Expectation', 'Score', 'Band'], rows, [2], 'summary-table')}
<h4>Key results by band (${s.keyResultCount})</h4><ul class="distribution">${distribution.join('')}</ul></section>`;
}

function keyResult(kr: KeyResultSection, chartId: string): string {
  const facts: [string, string][] = [
    ['Baseline → target', e(kr.baselineToTarget)],
    ['Direction', e(kr.directionLabel)],
    ['Final value', e(kr.finalValueText)],
    ['Owner', text(kr.owner)],
  ];
  const parts = [
    `<div class="kr-head"><div><h3>${e(kr.title)}</h3><p class="muted">${text(kr.metric, 'No metric')}${kr.measuredBy.trim() ? ` · measured by ${e(kr.measuredBy.trim())}` : ''}</p></div>
<div class="kr-score"><div class="score">${e(kr.scoreText)}</div>${chip(kr.band, kr.bandLabel)}</div></div>`,
  ];
  if (kr.isOverridden) {
    parts.push(
      `<p class="override"><strong>Score overridden</strong> (computed ${e(kr.computedScoreText)}): <span class="text">${text(kr.overrideReason, 'no reason given')}</span></p>`,
    );
  }
  // Inline SVG in HTML needs no namespace; leaving it out keeps every URL out of the file.
  const svg = chartToSvg(kr.chart, { idPrefix: chartId }).replace(SVG_NS, '');
  const factList = facts.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('');
  parts.push(
    `<div class="kr-main"><dl class="facts">${factList}</dl><div class="chart">${svg}</div></div>`,
  );
  if (kr.checkIns.length === 0) parts.push('<p class="muted">No check-ins recorded.</p>');
  else {
    const rows = kr.checkIns.map((c) =>
      row(
        [
          e(c.dateText) + (c.isCorrection ? ' <span class="muted">(corrected)</span>' : ''),
          e(c.valueText),
          `${c.confidence}%`,
          `<span class="text">${text(c.changed)}</span>`,
          `<span class="text">${text(c.blockers)}</span>`,
        ],
        ['nowrap', 'num', 'num', null, null],
      ),
    );
    parts.push(table(['Date', 'Value', 'Confidence', 'What changed', 'Blockers'], rows, [1, 2]));
  }
  if (kr.retro) {
    const answers: [string, string][] = [
      ['What worked', kr.retro.worked],
      ['What did not work', kr.retro.didNotWork],
      ['What we learned', kr.retro.learned],
    ];
    parts.push(
      `<h4>Retrospective · ${kr.retro.carryForward ? 'carried forward' : 'not carried forward'}</h4><div class="retro">${answers
        .map(([k, v]) => `<div><h5>${k}</h5><p class="text">${text(v)}</p></div>`)
        .join('')}</div>`,
    );
  }
  return `<article class="kr">${parts.join('\n')}</article>`;
}

function objective(o: ObjectiveSection): string {
  const meta = [e(o.expectation)];
  if (o.parentTitle) meta.push(`aligned to ${e(o.parentTitle)}`);
  const krs = o.keyResults.map((kr, i) => keyResult(kr, `o${o.number}-kr${i + 1}`));
  return `<section class="objective">
<div class="objective-head"><h2>${o.number}. ${e(o.title)}</h2><div class="kr-score"><span class="score">${e(o.scoreText)}</span> ${chip(o.band, o.bandLabel)}</div></div>
<p class="objective-meta">${meta.join(' · ')}</p>
${o.description.trim() ? `<p class="text">${e(o.description.trim())}</p>` : ''}
${krs.length > 0 ? krs.join('\n') : '<p class="muted">No key results.</p>'}
</section>`;
}

function list(items: string[], empty: string): string {
  return items.length === 0
    ? `<p class="muted">${empty}</p>`
    : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

function closing(doc: ReviewDocument): string {
  const r = doc.cycleRetro;
  const retro = r
    ? `<h3>Calibration</h3>${list(
        r.calibration.map((c) => `${e(c.keyResultTitle)}: <strong>${e(c.verdictLabel)}</strong>`),
        'No key results were marked badly calibrated.',
      )}
<h3>Objectives that mattered less than we thought</h3>${list(r.objectivesMatteredLess.map(e), 'None.')}
<h3>Working assumptions that were wrong</h3><p class="text">${text(r.wrongAssumptions, 'None recorded.')}</p>
<h3>Notes</h3><p class="text">${text(r.notes, 'None.')}</p>`
    : '<p class="muted">The cycle retrospective has not been held.</p>';
  const deps = doc.dependencies.map((d) =>
    row(
      [e(d.team), e(d.need), text(d.forTitle, 'Whole quarter'), e(d.byDateText), e(d.statusLabel)],
      [null, null, null, 'nowrap', 'nowrap'],
    ),
  );
  const carried = doc.carryForward.map((c) =>
    row([e(c.title), e(c.objectiveTitle), e(c.lastValueText)], [null, null, 'num']),
  );
  return `<section class="closing after-objectives"><h2>Cycle retrospective</h2>${retro}</section>
<section class="closing"><h2>Dependencies</h2>${
    deps.length === 0
      ? '<p class="muted">No dependencies recorded.</p>'
      : table(['Team', 'Need', 'For', 'By', 'Status'], deps)
  }</section>
<section class="closing"><h2>Carry forward</h2>${
    carried.length === 0
      ? '<p class="muted">Nothing is carried forward.</p>'
      : table(['Key result', 'Objective', 'Last value (next baseline)'], carried, [2])
  }</section>
${effortSection(doc)}`;
}

/** Time spent on the cycle against the budget, by phase, with the records behind it. */
function effortSection(doc: ReviewDocument): string {
  const { effort } = doc;
  if (effort.records.length === 0) {
    return `<section class="closing"><h2>Effort</h2><p class="muted">${e(effort.message)}</p></section>`;
  }
  const phases = effort.phases.map((p) =>
    row([e(p.label), e(p.hoursText), String(p.records)], [null, 'num', 'num']),
  );
  const records = effort.records.map((r) =>
    row(
      [
        e(r.dateText),
        e(r.label),
        e(r.phaseLabel),
        String(r.minutes),
        String(r.attendees),
        e(r.hoursText),
      ],
      ['nowrap', null, null, 'num', 'num', 'num'],
    ),
  );
  return `<section class="closing"><h2>Effort</h2><p>${e(effort.message)}</p>
${table(['Phase', 'Person-hours', 'Records'], phases, [1, 2])}
${table(['Date', 'What', 'Phase', 'Minutes', 'People', 'Person-hours'], records, [3, 4, 5])}</section>`;
}

/**
 * The quarterly review as one self-contained HTML5 file: inline stylesheet with print rules
 * (A4, page numbers, a key result never split across pages), inline SVG charts, a strict
 * Content-Security-Policy, no scripts and no external resources. All user text is escaped.
 */
export function toHtml(doc: ReviewDocument): string {
  const title = `${doc.cover.teamName}: ${doc.cover.quarter} quarterly review`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Quarterdeck">
<title>${e(title)}</title>
<style>${REVIEW_CSS}</style>
</head>
<body>
<main>
${cover(doc)}
${summary(doc)}
${doc.objectives.map(objective).join('\n')}
${closing(doc)}
<footer>Generated by Quarterdeck on ${e(doc.cover.generatedOn)}.</footer>
</main>
</body>
</html>
`;
}
