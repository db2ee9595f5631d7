import { escapeHtml as e } from '../html';
import type { WorkshopSummary } from './model';

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** A compact page: the hand-out fits one A4 sheet for a typical workshop. */
const CSS = `
@page { size: A4; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0; font: 10.5pt/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #17202e; }
main { max-width: 820px; margin: 0 auto; padding: 24px; }
@media print { main { padding: 0; } }
h1 { font-size: 18pt; margin: 0 0 4px; }
h2 { font-size: 12pt; margin: 14px 0 4px; border-bottom: 1px solid #dde2ea; padding-bottom: 2px; }
h3 { font-size: 10.5pt; margin: 8px 0 2px; }
p, ul { margin: 2px 0; }
ul { padding-left: 18px; }
.meta { color: #55617a; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 24px; }
table { border-collapse: collapse; width: 100%; margin: 2px 0 6px; }
th, td { text-align: left; padding: 2px 6px; border-bottom: 1px solid #eef1f5; vertical-align: top; }
th { font-size: 9pt; color: #55617a; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; height: 8px; background: #2359c4; border-radius: 2px; vertical-align: middle; }
.agreed { font-weight: 700; }
.wide { color: #8a5a00; }
.muted { color: #55617a; }
footer { margin-top: 12px; color: #55617a; font-size: 9pt; }
`;

function list(items: readonly string[], empty: string): string {
  if (items.length === 0) return `<p class="muted">${empty}</p>`;
  return `<ul>${items.map((t) => `<li>${e(t)}</li>`).join('')}</ul>`;
}

function chosen(s: WorkshopSummary): string {
  if (s.chosen.length === 0) return '<p class="muted">Nothing was chosen in this workshop.</p>';
  const items = s.chosen.map((c) => {
    const origin =
      c.origin.length > 0
        ? `<div class="meta">From the cards: ${c.origin.map((t) => `“${e(t)}”`).join('; ')}</div>`
        : '';
    const krs =
      c.keyResults.length > 0
        ? `<ul>${c.keyResults.map((kr) => `<li>${e(kr.title)}${kr.owner.trim() ? ` <span class="meta">· owner ${e(kr.owner)}</span>` : ''}</li>`).join('')}</ul>`
        : '';
    return `<li><strong>${e(c.kindLabel)}: ${e(c.title)}</strong>${origin}${krs}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

function votes(s: WorkshopSummary): string {
  const out: string[] = [];
  for (const vote of s.dotVotes) {
    out.push(`<h3>${e(vote.title)}</h3>`);
    if (!vote.isRevealed) {
      out.push(`<p class="muted">${vote.ballots} ballots cast; the results were not revealed.</p>`);
      continue;
    }
    const top = Math.max(1, ...vote.rows.map((r) => r.dots));
    const rows = vote.rows.map(
      (r) =>
        `<tr><td class="num">${r.rank}</td><td>${e(r.title)}</td><td><span class="bar" style="width:${Math.round((r.dots / top) * 120)}px"></span></td><td class="num">${r.dots}</td><td class="num">${r.voters}</td></tr>`,
    );
    out.push(
      `<p class="meta">${vote.ballots} people, ${vote.dotsEach} dots each.</p><table><thead><tr><th class="num">Rank</th><th>Idea</th><th></th><th class="num">Dots</th><th class="num">People</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
  }
  for (const c of s.confidence) {
    const spread =
      c.spread === null
        ? ''
        : ` · spread <span class="${c.isWide ? 'wide' : ''}">${c.spread} points</span>`;
    out.push(
      `<h3>Confidence: ${e(c.keyResultTitle)}</h3><p>${c.votes.map((v) => `${e(v.name)} ${v.value}%`).join(' · ')}</p><p class="meta">Median ${c.median ?? '–'}%${spread}</p><p class="agreed">${c.agreed === null ? 'No value agreed yet.' : `Agreed starting confidence: ${c.agreed}%`}</p>`,
    );
  }
  return out.length > 0 ? out.join('') : '<p class="muted">No votes were taken.</p>';
}

/**
 * The workshop hand-out as one self-contained HTML page (also what is printed to PDF): inline
 * styles, a strict Content-Security-Policy, no scripts, no external resources, all user text
 * escaped.
 */
export function workshopSummaryToHtml(s: WorkshopSummary): string {
  const owners =
    s.owners.length === 0
      ? '<p class="muted">No owners recorded.</p>'
      : `<table><thead><tr><th>What</th><th>Owner</th></tr></thead><tbody>${s.owners
          .map((o) => `<tr><td>${e(o.what)}</td><td>${o.owner.trim() ? e(o.owner) : '–'}</td></tr>`)
          .join('')}</tbody></table>`;
  const agenda = s.agenda
    .map(
      (i) =>
        `<tr><td>${e(i.title)}</td><td class="num">${i.planned}</td><td class="num">${i.actual}</td><td>${i.status}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Quarterdeck">
<title>${e(s.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${e(s.title)}</h1>
<p class="meta">${e(s.teamName)} · ${e(s.quarter)} · ${e(s.kindLabel)} · ${e(s.dateText)} · ${e(s.durationText)}</p>
<p class="meta">Attendees (${s.attendees.length}): ${s.attendees.length > 0 ? s.attendees.map(e).join(', ') : '–'}</p>
<h2>Decisions</h2>${list(s.decisions, 'No decisions recorded.')}
<h2>Chosen objectives and key results</h2>${chosen(s)}
<h2>Votes</h2>${votes(s)}
<div class="columns"><section><h2>Open questions</h2>${list(s.openQuestions, 'None.')}</section>
<section><h2>Who owns what</h2>${owners}</section></div>
<h2>Agenda as held</h2>
<table><thead><tr><th>Item</th><th class="num">Planned</th><th class="num">Actual</th><th>Status</th></tr></thead><tbody>${agenda}</tbody></table>
<footer>Generated by Quarterdeck on ${e(s.generatedOn)}.</footer>
</main>
</body>
</html>
`;
}
