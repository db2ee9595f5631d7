import { chartToSvg } from '../charts/svg';
import { REVIEW_CSS } from './htmlStyle';
import { chip, e, row, table, text } from './htmlParts';
import { cover, scorecard, summary } from './htmlSummary';
import { SECTION_TITLES, valueWord } from './outline';
import type { KeyResultSection, ObjectiveSection, ReviewDocument } from './types';

export { escapeHtml } from './htmlParts';

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const SVG_NS = ' xmlns="http://www.w3.org/2000/svg"';

/** Text as a CSS string: quotes and backslashes escaped, no line breaks, no `</style>`. */
export function cssString(value: string): string {
  const escaped = value
    // eslint-disable-next-line no-control-regex -- a line break would end the CSS string
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[\\"]/g, '\\$&')
    .replace(/</g, '\\3c ');
  return `"${escaped}"`;
}

function facts(kr: KeyResultSection, doc: ReviewDocument): string {
  const list: [string, string][] = [
    ['Baseline → target', kr.isMilestone ? 'Milestone' : e(kr.baselineToTarget)],
  ];
  if (doc.kind !== 'plan') {
    list.push([valueWord(doc.kind), e(kr.finalValueText)]);
    if (kr.progressText) list.push(['Progress', e(kr.progressText)]);
    if (kr.lastConfidence !== null) list.push(['Last confidence', e(kr.lastConfidenceText)]);
  }
  list.push(['Owner', text(kr.owner)]);
  if (kr.lineage) list.push(['Lineage', e(kr.lineage.text)]);
  if (kr.isCarriedForward) list.push(['Next quarter', 'Carried forward']);
  return `<dl class="facts">${list.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('')}</dl>`;
}

function changes(kr: KeyResultSection): string {
  if (kr.notableCheckIns.length === 0) return '';
  const items = kr.notableCheckIns.map((c) => {
    const said = [
      c.changed.trim() ? e(c.changed.trim()) : '',
      c.blockers.trim() ? `<span class="blocker">Blocked: ${e(c.blockers.trim())}</span>` : '',
      c.isCorrection ? '<span class="muted">(a correction)</span>' : '',
    ].filter(Boolean);
    return `<li><span class="when">${e(c.dateText)} · ${e(c.valueText)} · ${c.confidence}%</span> <span class="text">${said.join(' ')}</span></li>`;
  });
  return `<div class="changes"><h4>What changed</h4><ul>${items.join('')}</ul></div>`;
}

function retro(kr: KeyResultSection): string {
  if (!kr.retro) return '';
  const answers = (
    [
      ['What worked', kr.retro.worked],
      ['What did not work', kr.retro.didNotWork],
      ['What we learned', kr.retro.learned],
    ] as const
  ).filter(([, v]) => v.trim() !== '');
  if (answers.length === 0) return '';
  return `<div class="retro">${answers
    .map(([k, v]) => `<div><h5>${k}</h5><p class="text">${e(v.trim())}</p></div>`)
    .join('')}</div>`;
}

function keyResult(kr: KeyResultSection, doc: ReviewDocument): string {
  const score =
    doc.kind === 'plan'
      ? ''
      : `<div class="kr-score"><span class="score">${e(kr.scoreText)}</span> ${chip(kr.tone, kr.verdict)}</div>`;
  const metric = `${text(kr.metric, 'No metric')}${kr.measuredBy.trim() ? ` · measured by ${e(kr.measuredBy.trim())}` : ''}`;
  const parts = [
    `<div class="kr-head"><div><h3><span class="ref">${e(kr.ref)}</span> ${e(kr.title)}</h3><p class="muted">${metric}</p></div>${score}</div>`,
  ];
  if (kr.isOverridden) {
    parts.push(
      `<p class="override"><strong>Score overridden</strong> from a computed ${e(kr.computedScoreText)}: <span class="text">${text(kr.overrideReason, 'no reason given')}</span></p>`,
    );
  }
  // Inline SVG in HTML needs no namespace; leaving it out keeps every URL out of the file.
  const chart = kr.chart
    ? `<div class="chart">${chartToSvg(kr.chart, { idPrefix: `kr-${kr.ref.replace('.', '-')}` }).replace(SVG_NS, '')}</div>`
    : '';
  parts.push(`<div class="kr-main${chart ? '' : ' no-chart'}">${chart}${facts(kr, doc)}</div>`);
  parts.push(changes(kr), retro(kr));
  return `<article class="kr">${parts.filter(Boolean).join('\n')}</article>`;
}

function objective(o: ObjectiveSection, doc: ReviewDocument): string {
  const meta = [e(o.expectation)];
  if (o.parentTitle) meta.push(`aligned to ${e(o.parentTitle)}`);
  const score =
    doc.kind === 'plan'
      ? ''
      : `<div class="kr-score"><span class="score">${e(o.scoreText)}</span> ${chip(o.tone, o.verdict)}</div>`;
  const krs = o.keyResults.map((kr) => keyResult(kr, doc));
  return `<section class="objective">
<div class="objective-head"><div><h2>${o.number}. ${e(o.title)}</h2><p class="objective-meta">${meta.join(' · ')}</p>
${o.description.trim() ? `<p class="text description">${e(o.description.trim())}</p>` : ''}</div>${score}</div>
${krs.length > 0 ? krs.join('\n') : '<p class="muted">No key results.</p>'}
</section>`;
}

function list(items: string[], empty: string): string {
  return items.length === 0
    ? `<p class="muted">${empty}</p>`
    : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

function closing(doc: ReviewDocument): string {
  const out: string[] = [];
  const r = doc.cycleRetro;
  if (r) {
    out.push(`<section class="closing"><h2>${SECTION_TITLES.retro}</h2><div class="closing-grid">
<div><h3>Badly calibrated</h3>${list(
      r.calibration.map((c) => `${e(c.keyResultTitle)}: <strong>${e(c.verdictLabel)}</strong>`),
      'None marked.',
    )}</div>
<div><h3>Objectives that mattered less than we thought</h3>${list(r.objectivesMatteredLess.map(e), 'None.')}</div>
<div><h3>Working assumptions that were wrong</h3><p class="text">${text(r.wrongAssumptions, 'None recorded.')}</p></div>
${r.notes.trim() ? `<div><h3>Notes</h3><p class="text">${e(r.notes.trim())}</p></div>` : ''}
</div></section>`);
  } else if (doc.kind === 'review') {
    out.push(
      `<section class="closing"><h2>${SECTION_TITLES.retro}</h2><p class="muted">The cycle retrospective has not been held.</p></section>`,
    );
  }
  if (doc.dependencies.length > 0) {
    const deps = doc.dependencies.map((d) =>
      row(
        [
          e(d.team),
          e(d.need),
          text(d.forTitle, 'Whole quarter'),
          e(d.byDateText),
          e(d.outcomeLabel),
        ],
        [
          null,
          null,
          null,
          'nowrap',
          d.outcome === 'failed' || d.outcome === 'at-risk' ? 'bad' : null,
        ],
      ),
    );
    out.push(
      `<section class="closing"><h2>${SECTION_TITLES.dependencies}</h2>${table(['Team', 'Need', 'For', 'By', 'Status'], deps)}</section>`,
    );
  }
  if (doc.carryForward.length > 0) {
    const carried = doc.carryForward.map((c) =>
      row([e(c.title), e(c.objectiveTitle), e(c.lastValueText)], [null, null, 'num']),
    );
    out.push(
      `<section class="closing"><h2>${SECTION_TITLES.carryForward}</h2>${table(['Key result', 'Objective', 'Last value (next baseline)'], carried, [2])}</section>`,
    );
  }
  return out.join('\n');
}

/** Time spent on the cycle against the budget, by phase, with the records behind it. */
function effortSection(doc: ReviewDocument): string {
  const { effort } = doc;
  if (effort.records.length === 0) {
    return doc.kind === 'review'
      ? `<section class="closing"><h2>Effort</h2><p class="muted">${e(effort.message)}</p></section>`
      : '';
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

function appendix(doc: ReviewDocument): string {
  const krs = doc.objectives.flatMap((o) => o.keyResults).filter((kr) => kr.checkIns.length > 0);
  if (krs.length === 0) return '';
  const logs = krs.map((kr) => {
    const rows = kr.checkIns.map((c) => {
      const notes = [
        c.changed.trim() ? e(c.changed.trim()) : '',
        c.blockers.trim() ? `<span class="blocker">Blocked: ${e(c.blockers.trim())}</span>` : '',
        c.isCorrection ? '<span class="muted">(corrected)</span>' : '',
      ].filter(Boolean);
      return row(
        [
          e(c.dateText),
          e(c.valueText),
          `${c.confidence}%`,
          `<span class="text">${notes.join(' ')}</span>`,
        ],
        ['nowrap', 'num', 'num', null],
      );
    });
    return `<div class="log"><h4><span class="ref">${e(kr.ref)}</span> ${e(kr.title)}</h4>${table(['Date', 'Value', 'Conf.', 'Notes'], rows, [1, 2], 'log-table')}</div>`;
  });
  return `<section class="appendix"><h2>${SECTION_TITLES.appendix}</h2><div class="logs">${logs.join('\n')}</div></section>`;
}

/** The objectives, each with its key results; nothing at all when there are none. */
function details(doc: ReviewDocument): string {
  if (doc.objectives.length === 0) return '';
  return `<div class="details">
${doc.objectives.map((o) => objective(o, doc)).join('\n')}
</div>`;
}

/**
 * The quarterly review as one self-contained HTML5 file: conclusions first (summary on page one,
 * then the scorecard), the details per objective and key result, the closing sections and the
 * check-in log as an appendix. Inline stylesheet with print rules (A4, page numbers in the body
 * font, a key result never split across pages), inline SVG charts, a strict
 * Content-Security-Policy, no scripts and no external resources. All user text is escaped.
 */
export function toHtml(doc: ReviewDocument): string {
  const title = `${doc.cover.teamName}: ${doc.title}`;
  // The running footer names the document on every printed page.
  const css = REVIEW_CSS.replace(
    '"__RUNNING__"',
    cssString(`${doc.cover.teamName} · ${doc.title}`),
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Quarterdeck">
<title>${e(title)}</title>
<style>${css}</style>
</head>
<body>
<main>
${cover(doc)}
${summary(doc)}
${scorecard(doc)}
${details(doc)}
${closing(doc)}
${effortSection(doc)}
${appendix(doc)}
<footer>Generated by Quarterdeck on ${e(doc.cover.generatedOn)}.</footer>
</main>
</body>
</html>
`;
}
